import type { Lang } from "./i18n";
import type { Principal, Role } from "./permissions";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

export interface MunicipalitySummary {
  id: string;
  code: string;
  name: string;
  language: Lang;
}

export interface AppContext {
  user: SessionUser | null;
  municipality: MunicipalitySummary;
  principal: Principal;
  memberships: Array<{ code: string; name: string; role: Role }>;
  lang: Lang;
  /** Label for the change history when the actor is an API token. */
  actorLabel: string | null;
}

/** Who made a change, for the history. */
export interface Actor {
  userId: string | null;
  /** Shown instead of a user: an API token name, "demo", "imported from <file>" … */
  label: string | null;
}

/** The history's actor for a request: the signed-in user, or the API token's label. */
export function actorOf(context: Pick<AppContext, "user" | "actorLabel">): Actor {
  return { userId: context.user?.id ?? null, label: context.actorLabel };
}
