import type { Capability } from "./permissions";

/** A link in the main navigation, contributed by a domain. */
export interface NavigationItem {
  to: string;
  /** A message key of the catalogue. */
  labelKey: string;
  /** Position in the menu; lower comes first. */
  order: number;
  /** Who sees the link: the roles with this capability; everyone when left out. */
  capability?: Capability;
}

/** One part of the message catalogue: nynorsk has exactly the bokmål keys (see defineMessages). */
export interface MessagePart {
  nb: Record<string, string>;
  nn: Record<string, string>;
}

/**
 * What a domain tells the registry (app/domains/index.ts). Everything here is client-safe data; the server parts
 * (routes.ts, api/openapi.ts, db.ts) are found by convention in the domain's folder.
 */
export interface DomainManifest {
  name: string;
  messages: readonly MessagePart[];
  navigation?: readonly NavigationItem[];
  /** The entity types this domain writes to the change history. */
  entityTypes?: readonly string[];
}

export function defineDomain<const D extends DomainManifest>(manifest: D): D {
  return manifest;
}
