import { describe, expect, it } from "vitest";
import {
  can,
  canCreateMeasureWith,
  canEditBenefit,
  canEditMeasure,
  type Capability,
  editsOwnMeasuresOnly,
  isSectorScoped,
  type Principal,
  ROLE_CAPABILITIES,
  ROLES,
  rolesWith,
  sectorLimitOf,
} from "./permissions";

type Mark = "x" | "-";

/** The matrix, one capability a row: a change to ROLE_CAPABILITIES must change this table. */
const MATRIX: Record<Capability, [admin: Mark, coordinator: Mark, contributor: Mark, reader: Mark]> = {
  //                       admin coord contr reader
  "plan.read": ["x", "x", "x", "x"],
  "plan.edit": ["x", "x", "-", "-"],
  "measures.propose": ["x", "x", "x", "-"],
  "measures.plan": ["x", "x", "-", "-"],
  "measures.edit": ["x", "x", "x", "-"],
  "measures.edit.sector": ["x", "x", "-", "-"],
  "measures.edit.any": ["x", "-", "-", "-"],
  "benefits.edit": ["x", "x", "x", "-"],
  "reporting.view": ["x", "x", "-", "-"],
  "reporting.manage": ["x", "-", "-", "-"],
  "import.use": ["x", "x", "-", "-"],
  "admin.users": ["x", "-", "-", "-"],
  "admin.settings": ["x", "-", "-", "-"],
};

const SECTOR = "00000000-0000-4000-8000-000000000001";
const OTHER_SECTOR = "00000000-0000-4000-8000-000000000002";
const admin: Principal = { role: "admin", userId: "u-admin", sectorIds: [] };
const coordinator: Principal = { role: "coordinator", userId: "u-coordinator", sectorIds: [] };
const sectorCoordinator: Principal = { role: "coordinator", userId: "u-sector", sectorIds: [SECTOR] };
const contributor: Principal = { role: "contributor", userId: "u-contributor", sectorIds: [] };
const reader: Principal = { role: "reader", userId: "u-reader", sectorIds: [] };

describe("the role → capability matrix", () => {
  it("gives every role exactly the capabilities of the table", () => {
    const capabilities = Object.keys(MATRIX) as Capability[];
    for (const [column, role] of ROLES.entries()) {
      expect([...ROLE_CAPABILITIES[role]].sort(), role).toEqual(capabilities.filter((c) => MATRIX[c][column] === "x").sort());
      for (const capability of capabilities) expect(can(role, capability), `${role} ${capability}`).toBe(MATRIX[capability][column] === "x");
    }
  });

  it("answers for a principal as for its role, and lists the roles with a capability", () => {
    expect(can(sectorCoordinator, "plan.edit")).toBe(true);
    expect(can(reader, "plan.edit")).toBe(false);
    expect(rolesWith("admin.users")).toEqual(["admin"]);
    expect(rolesWith("measures.edit")).toEqual(["admin", "coordinator", "contributor"]);
    expect(ROLES.filter(isSectorScoped)).toEqual(["coordinator"]);
  });
});

describe("the record rules", () => {
  const inSector = { sectorId: SECTOR, responsibleUserId: null };
  const elsewhere = { sectorId: OTHER_SECTOR, responsibleUserId: "u-sector" };
  const noSector = { sectorId: null, responsibleUserId: null };
  const contributors = { sectorId: OTHER_SECTOR, responsibleUserId: "u-contributor" };

  it("edits measures: admins all, coordinators their sectors (all when none), contributors their own, readers none", () => {
    for (const m of [inSector, elsewhere, noSector, contributors]) {
      expect(canEditMeasure(admin, m)).toBe(true);
      expect(canEditMeasure(coordinator, m)).toBe(true);
      expect(canEditMeasure(reader, { ...m, responsibleUserId: "u-reader" })).toBe(false);
    }
    expect([inSector, elsewhere, noSector].map((m) => canEditMeasure(sectorCoordinator, m))).toEqual([true, false, false]);
    expect([inSector, elsewhere, noSector, contributors].map((m) => canEditMeasure(contributor, m))).toEqual([false, false, false, true]);
    expect(canEditMeasure({ ...contributor, userId: null }, { sectorId: null, responsibleUserId: null })).toBe(false);
    expect(canEditBenefit(contributor, contributors)).toBe(true);
    expect(canEditBenefit(reader, contributors)).toBe(false);
  });

  it("creates measures: contributors ideas and proposals only, sector coordinators in their sectors, readers nothing", () => {
    expect(canCreateMeasureWith(contributor, { sectorId: null, status: "proposed" })).toBe(true);
    expect(canCreateMeasureWith(contributor, { sectorId: null, status: "planned" })).toBe(false);
    expect(canCreateMeasureWith(sectorCoordinator, { sectorId: SECTOR, status: "planned" })).toBe(true);
    expect(canCreateMeasureWith(sectorCoordinator, { sectorId: null, status: "idea" })).toBe(false);
    expect(canCreateMeasureWith(coordinator, { sectorId: null, status: "planned" })).toBe(true);
    expect(canCreateMeasureWith(admin, { sectorId: OTHER_SECTOR, status: "merged" })).toBe(true);
    expect(canCreateMeasureWith(reader, { sectorId: null, status: "idea" })).toBe(false);
  });

  it("limits to sectors only where the role has a sector scope, and knows who edits only their own measures", () => {
    expect(sectorLimitOf(sectorCoordinator)).toEqual([SECTOR]);
    expect([admin, coordinator, contributor, reader, { ...admin, sectorIds: [SECTOR] }].map(sectorLimitOf)).toEqual([null, null, null, null, null]);
    expect([admin, coordinator, contributor, reader].map(editsOwnMeasuresOnly)).toEqual([false, false, true, false]);
  });
});
