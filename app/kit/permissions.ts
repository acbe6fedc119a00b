import { AppError } from "./errors";

export const ROLES = ["admin", "coordinator", "contributor", "reader"] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  role: Role;
  userId: string | null;
  /** Sectors a coordinator is limited to; empty means all. */
  sectorIds: string[];
}

export interface MeasureAccessInfo {
  sectorId: string | null;
  responsibleUserId: string | null;
}

/** What a role may do. The record rules below (sectors, ownership, statuses) are built on these. */
export type Capability =
  /**
   * Read the plan, measures, benefits and status updates (pages, exports, the JSON API) and download the council
   * report: leaders read it before the council meeting, and it holds no personal data beyond the names of measures,
   * sectors and drop reasons (no responsible persons, no internal comments, no drafts).
   */
  | "plan.read"
  /** Create, edit and delete strategies and goals. */
  | "plan.edit"
  /** Create measures as ideas and proposals. */
  | "measures.propose"
  /** Prioritise and plan measures: priority, plan year, and every status (not only ideas and proposals). */
  | "measures.plan"
  /** Edit the measures one is responsible for, and report their status. */
  | "measures.edit"
  /** Edit the measures of one's sectors (every sector when the membership names none). */
  | "measures.edit.sector"
  /** Edit every measure, whatever its sector or responsible. */
  | "measures.edit.any"
  /** Create and edit benefits, indicators and measurements of the measures one may edit. */
  | "benefits.edit"
  /** See reporting rounds, their completeness, comparisons and snapshots. */
  | "reporting.view"
  /** Open, remind and close reporting rounds. */
  | "reporting.manage"
  /** Upload, review and commit plan imports. */
  | "import.use"
  /** Add, change and remove the municipality's members. */
  | "admin.users"
  /** The municipality's settings: language, sectors, API tokens, valuation and the public plan. */
  | "admin.settings";

export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  admin: [
    "plan.read",
    "plan.edit",
    "measures.propose",
    "measures.plan",
    "measures.edit",
    "measures.edit.sector",
    "measures.edit.any",
    "benefits.edit",
    "reporting.view",
    "reporting.manage",
    "import.use",
    "admin.users",
    "admin.settings",
  ],
  coordinator: [
    "plan.read",
    "plan.edit",
    "measures.propose",
    "measures.plan",
    "measures.edit",
    "measures.edit.sector",
    "benefits.edit",
    "reporting.view",
    "import.use",
  ],
  contributor: ["plan.read", "measures.propose", "measures.edit", "benefits.edit"],
  reader: ["plan.read"],
};

export function can(who: Principal | Role, capability: Capability): boolean {
  const role = typeof who === "string" ? who : who.role;
  return ROLE_CAPABILITIES[role].includes(capability);
}

/** For mutations: throws forbidden unless the principal has the capability. */
export function assertCan(p: Principal, capability: Capability): void {
  if (!can(p, capability)) throw new AppError("forbidden");
}

/** The roles that have a capability (for queries over memberships). */
export function rolesWith(capability: Capability): Role[] {
  return ROLES.filter((role) => can(role, capability));
}

/** Whether a membership of this role can be limited to sectors (a coordinator's); other roles keep no sectors. */
export function isSectorScoped(role: Role): boolean {
  return can(role, "measures.edit.sector") && !can(role, "measures.edit.any");
}

/** The sectors a principal's measure rights are limited to; null when not limited. */
export function sectorLimitOf(p: Principal): string[] | null {
  return can(p, "measures.edit.any") || p.sectorIds.length === 0 ? null : p.sectorIds;
}

/** A principal who may edit only the measures they are responsible for (a contributor). */
export function editsOwnMeasuresOnly(p: Principal): boolean {
  return can(p, "measures.edit") && !can(p, "measures.edit.sector");
}

/** The broadest edit capability decides: any measure, else the sectors' measures, else one's own. */
export function canEditMeasure(p: Principal, measure: MeasureAccessInfo): boolean {
  if (can(p, "measures.edit.any")) return true;
  if (can(p, "measures.edit.sector")) {
    const limit = sectorLimitOf(p);
    return limit === null || (measure.sectorId !== null && limit.includes(measure.sectorId));
  }
  return can(p, "measures.edit") && p.userId !== null && measure.responsibleUserId === p.userId;
}

/** Benefits, their indicators and measurements may be edited by whoever may edit the parent measure; readers read only. */
export function canEditBenefit(p: Principal, parentMeasure: MeasureAccessInfo): boolean {
  return can(p, "benefits.edit") && canEditMeasure(p, parentMeasure);
}

/** Contributors may only create ideas and proposals; coordinators only in their sectors. */
export function canCreateMeasureWith(p: Principal, input: { sectorId: string | null; status: string }): boolean {
  if (!can(p, "measures.propose")) return false;
  if (!can(p, "measures.plan")) return input.status === "idea" || input.status === "proposed";
  const limit = sectorLimitOf(p);
  return limit === null || (input.sectorId !== null && limit.includes(input.sectorId));
}

/** Status updates are written and published by whoever may edit the measure (a contributor for their own measures). */
export function canReportStatus(p: Principal, measure: MeasureAccessInfo): boolean {
  return canEditMeasure(p, measure);
}
