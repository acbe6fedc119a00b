/**
 * The domain registry. Each domain is one folder under app/domains and one line in DOMAINS below. From this list:
 * - the message catalogue and its key type (here),
 * - the navigation (here),
 * - the change history's entity types (here),
 * - the route config (app/routes.ts, from each domain's routes.ts),
 * - the OpenAPI document (openapi.server.ts, from each domain's api/openapi.ts),
 * - the Drizzle schema (drizzle.config.ts, from each domain's db.ts).
 * This module is client-safe: the manifests hold data only.
 */
import type { DomainManifest, MessagePart, NavigationItem } from "../kit/domain";
import { installCatalogue, type Lang } from "../kit/i18n";
import { common } from "../kit/messages";
import { can, type Role } from "../kit/permissions";
import { apiDomain } from "./api/domain";
import { benefitsDomain } from "./benefits/domain";
import { dashboardDomain } from "./dashboard/domain";
import { demoDomain } from "./demo/domain";
import { historyDomain } from "./history/domain";
import { importDomain } from "./import/domain";
import { measuresDomain } from "./measures/domain";
import { planDomain } from "./plan/domain";
import { publicDomain } from "./public/domain";
import { reportDomain } from "./report/domain";
import { reportingDomain } from "./reporting/domain";
import { tenancyDomain } from "./tenancy/domain";

export const DOMAINS = [
  tenancyDomain,
  historyDomain,
  planDomain,
  measuresDomain,
  benefitsDomain,
  reportingDomain,
  reportDomain,
  publicDomain,
  importDomain,
  dashboardDomain,
  demoDomain,
  apiDomain,
] as const;

type Domain = (typeof DOMAINS)[number];
type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
type CatalogueOf<D> = D extends { messages: readonly (infer P)[] } ? (P extends { nb: infer M } ? M : never) : never;
/** Every bokmål message of every domain and the kit: its keys are the MessageKey type. */
export type CatalogueMessages = typeof common.nb & UnionToIntersection<CatalogueOf<Domain>>;

declare module "~/kit/i18n" {
  interface Register {
    catalogue: CatalogueMessages;
  }
}

const manifests: readonly DomainManifest[] = DOMAINS;
const parts: readonly MessagePart[] = [common, ...manifests.flatMap((d) => d.messages)];

export const catalogue: Record<Lang, Record<string, string>> = {
  nb: Object.assign({}, ...parts.map((p) => p.nb)),
  nn: Object.assign({}, ...parts.map((p) => p.nn)),
};
installCatalogue(catalogue);

/** The change history's entity types, as written by the domains. */
export type EntityType = Domain extends infer D ? (D extends { entityTypes: readonly (infer E)[] } ? E : never) : never;

const NAVIGATION: readonly NavigationItem[] = manifests.flatMap((d) => d.navigation ?? []).sort((a, b) => a.order - b.order);

/** The main menu for a role, in order. */
export function listNavigation({ role }: { role: Role }): NavigationItem[] {
  return NAVIGATION.filter((item) => !item.capability || can(role, item.capability));
}
