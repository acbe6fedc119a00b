import type { Actor } from "./context";
import type { Principal } from "./permissions";

/**
 * How a domain takes part in the tenancy route walk (tests/db/tenancy-routes.test.ts): every route of the config is
 * called with ids that belong to another municipality and must answer 404 and show nothing of it. Each domain that
 * owns entities named in route parameters exports `tenancyWalk` from its `tenancy-walk.ts`; the walk finds them by
 * convention and runs them in registry order, so later domains can build on what earlier ones created.
 */
export interface TenancyWalkContext {
  /** The other municipality, whose data must never leak. */
  municipality: { id: string; code: string };
  principal: Principal;
  actor: Actor;
  /** A title that must never appear in an answer to the signed-in municipality. */
  secret: string;
  /** What the domains before this one created, by name. */
  seeded: Readonly<Record<string, string>>;
}

export interface TenancyWalk {
  /** Creates this domain's entities in the other municipality; returns their ids (or parameter values) by name. */
  seed: (context: TenancyWalkContext) => Promise<Record<string, string>>;
  /** The path segment before ":id" (as in "measures/:id") → the seeded name whose id fills it. */
  segments?: Readonly<Record<string, string>>;
  /** Any other route parameter → the seeded name whose value fills it. */
  params?: Readonly<Record<string, string>>;
}
