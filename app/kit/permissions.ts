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

export function canManageMunicipality(p: Principal): boolean {
  return p.role === "admin";
}

export function canEditPlan(p: Principal): boolean {
  return p.role === "admin" || p.role === "coordinator";
}

export function canProposeMeasure(p: Principal): boolean {
  return p.role !== "reader";
}

export function canEditMeasure(p: Principal, measure: MeasureAccessInfo): boolean {
  switch (p.role) {
    case "admin":
      return true;
    case "coordinator":
      return p.sectorIds.length === 0 || (measure.sectorId !== null && p.sectorIds.includes(measure.sectorId));
    case "contributor":
      return p.userId !== null && measure.responsibleUserId === p.userId;
    case "reader":
      return false;
  }
}

/** Benefits, their indicators and measurements may be edited by whoever may edit the parent measure; readers read only. */
export function canEditBenefit(p: Principal, parentMeasure: MeasureAccessInfo): boolean {
  return canEditMeasure(p, parentMeasure);
}

/** Contributors may only create ideas and proposals; coordinators only in their sectors. */
export function canCreateMeasureWith(p: Principal, input: { sectorId: string | null; status: string }): boolean {
  if (p.role === "reader") return false;
  if (p.role === "contributor") return input.status === "idea" || input.status === "proposed";
  if (p.role === "coordinator" && p.sectorIds.length > 0) return input.sectorId !== null && p.sectorIds.includes(input.sectorId);
  return true;
}

/** Reporting rounds: admins open, remind and close them; coordinators follow them. */
export function canManageReporting(p: Principal): boolean {
  return p.role === "admin";
}

export function canViewReporting(p: Principal): boolean {
  return p.role === "admin" || p.role === "coordinator";
}

/** Status updates are written and published by whoever may edit the measure (a contributor for their own measures). */
export function canReportStatus(p: Principal, measure: MeasureAccessInfo): boolean {
  return canEditMeasure(p, measure);
}
