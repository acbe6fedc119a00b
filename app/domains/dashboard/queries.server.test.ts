import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { goal, strategy } from "~/domains/plan/index.server";
import { measure, measureCost, measureGoal } from "~/domains/measures/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { listSectors } from "~/domains/tenancy/index.server";
import {
  countGoals,
  getGoalsWithoutMeasures,
  getPlannedCostByYearAndFunding,
  getSectorStatusCounts,
  getStatusCounts,
  getUserOrientedShare,
} from "./queries.server";

useTestDatabase();

type MeasureRow = typeof measure.$inferInsert;
type CostRow = Omit<typeof measureCost.$inferInsert, "measureId" | "municipalityId">;

async function addMeasure(
  municipalityId: string,
  values: Omit<MeasureRow, "municipalityId">,
  { goals = [], costs = [] }: { goals?: string[]; costs?: CostRow[] } = {},
) {
  const [row] = await db()
    .insert(measure)
    .values({ ...values, municipalityId })
    .returning({ id: measure.id });
  for (const goalId of goals) await db().insert(measureGoal).values({ measureId: row.id, goalId, municipalityId });
  for (const [i, cost] of costs.entries())
    await db()
      .insert(measureCost)
      .values({ ...cost, measureId: row.id, municipalityId, sortOrder: i });
  return row.id;
}

const cost = (
  amountNok: number | null,
  year: number | null,
  fundingSource: CostRow["fundingSource"],
  recurrence: CostRow["recurrence"] = "one_off",
): CostRow => ({
  amountNok,
  year,
  fundingSource,
  recurrence,
  costType: "investment",
});

/**
 * Municipality A (hand-computed expectations below):
 *   M1 HO in_progress  user-oriented  goal 1.1  costs 2025 dig 100 000, 2025 own 50 000 (annual), 2026 dig unknown
 *   M2 HO completed                   goal 3    costs 2026 dig 200 000, 2026 dig 30 000
 *   M3 TF idea         user-oriented            costs (no year) unknown-source 10 000
 *   M4 –  planned      user-oriented            costs 2027 external 25 000
 *   M5 HO dropped      user-oriented  goal 1.2  costs 2025 dig 999 999            (excluded from cost/share/goals)
 *   M6 TF merged → M3                 goal 2    costs 2025 own 777                 (excluded from cost/share/goals)
 * Goals: 1 (parent of 1.1 and 1.2), 1.1, 1.2, 2, 3 (in strategy S1), 10 (in older strategy S0).
 * Sector "Oppvekst" has no measures.
 */
let a: { id: string; ho: string; tf: string; o: string; goals: Record<string, string> };
let b: { id: string };
let empty: { id: string };

beforeAll(async () => {
  const ma = await createMunicipality({
    code: "4701",
    name: "Kommune A",
    sectors: [
      { name: "Helse og omsorg", codePrefix: "HO" },
      { name: "Tverrfaglig", codePrefix: "TF" },
      { name: "Oppvekst", codePrefix: "O" },
    ],
  });
  const sectorsA = await listSectors({ municipalityId: ma.id });
  const byPrefix = Object.fromEntries(sectorsA.map((s) => [s.codePrefix, s.id]));
  const [s1] = await db()
    .insert(strategy)
    .values({ municipalityId: ma.id, title: "Digitaliseringsstrategi 2024–2027", periodFrom: 2024, periodTo: 2027 })
    .returning();
  const [s0] = await db().insert(strategy).values({ municipalityId: ma.id, title: "Gammel strategi", periodFrom: 2019, periodTo: 2022 }).returning();
  const goals: Record<string, string> = {};
  for (const [number, parent, strategyId] of [
    ["1", null, s1.id],
    ["1.1", "1", s1.id],
    ["1.2", "1", s1.id],
    ["2", null, s1.id],
    ["3", null, s1.id],
    ["10", null, s0.id],
  ] as const) {
    const [g] = await db()
      .insert(goal)
      .values({ municipalityId: ma.id, strategyId, parentId: parent ? goals[parent] : null, number, title: `Mål ${number}` })
      .returning();
    goals[number] = g.id;
  }
  a = { id: ma.id, ho: byPrefix.HO, tf: byPrefix.TF, o: byPrefix.O, goals };

  await addMeasure(
    a.id,
    { code: "HO1", title: "M1", sectorId: a.ho, status: "in_progress", userOriented: true },
    {
      goals: [goals["1.1"]],
      costs: [cost(100_000, 2025, "digitalisation_funds"), cost(50_000, 2025, "own_budget", "annual"), cost(null, 2026, "digitalisation_funds")],
    },
  );
  await addMeasure(
    a.id,
    { code: "HO2", title: "M2", sectorId: a.ho, status: "completed", completedOn: "2025-06-30" },
    { goals: [goals["3"]], costs: [cost(200_000, 2026, "digitalisation_funds"), cost(30_000, 2026, "digitalisation_funds")] },
  );
  const m3 = await addMeasure(
    a.id,
    { code: "TF1", title: "M3", sectorId: a.tf, status: "idea", userOriented: true },
    { costs: [cost(10_000, null, "unknown")] },
  );
  await addMeasure(a.id, { code: "4", title: "M4", sectorId: null, status: "planned", userOriented: true }, { costs: [cost(25_000, 2027, "external_grant")] });
  await addMeasure(
    a.id,
    { code: "HO3", title: "M5", sectorId: a.ho, status: "dropped", dropReason: "Erstattet", userOriented: true },
    { goals: [goals["1.2"]], costs: [cost(999_999, 2025, "digitalisation_funds")] },
  );
  await addMeasure(
    a.id,
    { code: "TF2", title: "M6", sectorId: a.tf, status: "merged", mergedIntoId: m3 },
    { goals: [goals["2"]], costs: [cost(777, 2025, "own_budget")] },
  );

  // Municipality B: data that must not leak into A's numbers (same sector names, same years and sources).
  const mb = await createMunicipality({ code: "4702", name: "Kommune B", sectors: [{ name: "Helse og omsorg", codePrefix: "HO" }] });
  const [hoB] = await listSectors({ municipalityId: mb.id });
  const [sB] = await db().insert(strategy).values({ municipalityId: mb.id, title: "Strategi B", periodFrom: 2024, periodTo: 2027 }).returning();
  const [gB] = await db().insert(goal).values({ municipalityId: mb.id, strategyId: sB.id, number: "1", title: "Mål B" }).returning();
  await db().insert(goal).values({ municipalityId: mb.id, strategyId: sB.id, number: "2", title: "Mål B uten tiltak" });
  for (let i = 1; i <= 3; i++) {
    await addMeasure(
      mb.id,
      { code: `HO${i}`, title: `B${i}`, sectorId: hoB.id, status: "in_progress", userOriented: false },
      { goals: [gB.id], costs: [cost(5_000_000, 2025, "digitalisation_funds"), cost(null, 2026, "digitalisation_funds")] },
    );
  }
  await addMeasure(mb.id, { code: "9", title: "B uten sektor", status: "idea" }, { costs: [cost(1, null, "unknown")] });
  b = { id: mb.id };

  const mc = await createMunicipality({ code: "4703", name: "Tom kommune" });
  empty = { id: mc.id };
});

describe("dashboard queries", () => {
  it("counts measures per status, with zeros, in flow order", async () => {
    expect(await getStatusCounts({ municipalityId: a.id })).toEqual([
      { status: "idea", count: 1 },
      { status: "proposed", count: 0 },
      { status: "prioritised", count: 0 },
      { status: "planned", count: 1 },
      { status: "in_progress", count: 1 },
      { status: "completed", count: 1 },
      { status: "dropped", count: 1 },
      { status: "merged", count: 1 },
    ]);
    const inB = await getStatusCounts({ municipalityId: b.id });
    expect(Object.fromEntries(inB.map((r) => [r.status, r.count]))).toMatchObject({ idea: 1, in_progress: 3, completed: 0 });
    const inEmpty = await getStatusCounts({ municipalityId: empty.id });
    expect(inEmpty).toHaveLength(8);
    expect(inEmpty.every((r) => r.count === 0)).toBe(true);
  });

  it("counts measures per sector and status, including empty sectors and measures without a sector", async () => {
    const zero = { idea: 0, proposed: 0, prioritised: 0, planned: 0, in_progress: 0, completed: 0, dropped: 0, merged: 0 };
    expect(await getSectorStatusCounts({ municipalityId: a.id })).toEqual([
      { sectorId: a.ho, sectorName: "Helse og omsorg", total: 3, counts: { ...zero, in_progress: 1, completed: 1, dropped: 1 } },
      { sectorId: a.tf, sectorName: "Tverrfaglig", total: 2, counts: { ...zero, idea: 1, merged: 1 } },
      { sectorId: a.o, sectorName: "Oppvekst", total: 0, counts: zero },
      { sectorId: null, sectorName: null, total: 1, counts: { ...zero, planned: 1 } },
    ]);
    const inB = await getSectorStatusCounts({ municipalityId: b.id });
    expect(inB.map((r) => [r.sectorName, r.total])).toEqual([
      ["Helse og omsorg", 3],
      [null, 1],
    ]);
    expect(await getSectorStatusCounts({ municipalityId: empty.id })).toEqual([]);
  });

  it("sums planned costs per year and funding source, counting unknown amounts separately", async () => {
    expect(await getPlannedCostByYearAndFunding({ municipalityId: a.id })).toEqual([
      { year: 2025, fundingSource: "digitalisation_funds", amountNok: 100_000, unknownCount: 0 },
      { year: 2025, fundingSource: "own_budget", amountNok: 50_000, unknownCount: 0 },
      { year: 2026, fundingSource: "digitalisation_funds", amountNok: 230_000, unknownCount: 1 },
      { year: 2027, fundingSource: "external_grant", amountNok: 25_000, unknownCount: 0 },
      { year: null, fundingSource: "unknown", amountNok: 10_000, unknownCount: 0 },
    ]);
    expect(await getPlannedCostByYearAndFunding({ municipalityId: a.id, fromYear: 2026 })).toEqual([
      { year: 2026, fundingSource: "digitalisation_funds", amountNok: 230_000, unknownCount: 1 },
      { year: 2027, fundingSource: "external_grant", amountNok: 25_000, unknownCount: 0 },
    ]);
    expect(await getPlannedCostByYearAndFunding({ municipalityId: a.id, fromYear: 2025, toYear: 2025 })).toEqual([
      { year: 2025, fundingSource: "digitalisation_funds", amountNok: 100_000, unknownCount: 0 },
      { year: 2025, fundingSource: "own_budget", amountNok: 50_000, unknownCount: 0 },
    ]);
    expect(await getPlannedCostByYearAndFunding({ municipalityId: b.id, toYear: 2025 })).toEqual([
      { year: 2025, fundingSource: "digitalisation_funds", amountNok: 15_000_000, unknownCount: 0 },
    ]);
    expect(await getPlannedCostByYearAndFunding({ municipalityId: empty.id })).toEqual([]);
  });

  it("computes the share of user-oriented measures among measures that are not dropped or merged", async () => {
    expect(await getUserOrientedShare({ municipalityId: a.id })).toEqual({ userOriented: 3, total: 4, share: 0.75 });
    expect(await getUserOrientedShare({ municipalityId: b.id })).toEqual({ userOriented: 0, total: 4, share: 0 });
    expect(await getUserOrientedShare({ municipalityId: empty.id })).toEqual({ userOriented: 0, total: 0, share: null });
  });

  it("lists goals without live measures; a main goal is covered by its sub-goals' measures", async () => {
    const rows = await getGoalsWithoutMeasures({ municipalityId: a.id });
    // 1 is covered through 1.1; 1.2 has only a dropped measure; 2 only a merged one; 10 none (older strategy last).
    expect(rows.map((r) => [r.number, r.strategyTitle])).toEqual([
      ["1.2", "Digitaliseringsstrategi 2024–2027"],
      ["2", "Digitaliseringsstrategi 2024–2027"],
      ["10", "Gammel strategi"],
    ]);
    expect(rows[0]).toEqual({
      id: a.goals["1.2"],
      number: "1.2",
      title: "Mål 1.2",
      strategyId: expect.any(String),
      strategyTitle: "Digitaliseringsstrategi 2024–2027",
    });
    expect((await getGoalsWithoutMeasures({ municipalityId: b.id })).map((r) => r.title)).toEqual(["Mål B uten tiltak"]);
    expect(await getGoalsWithoutMeasures({ municipalityId: empty.id })).toEqual([]);
    expect(await countGoals({ municipalityId: a.id })).toBe(6);
    expect(await countGoals({ municipalityId: b.id })).toBe(2);
    expect(await countGoals({ municipalityId: empty.id })).toBe(0);
  });

  it("orders goal numbers naturally (1.2 before 1.10)", async () => {
    const m = await createMunicipality({ code: "4704", name: "Kommune D" });
    const [s] = await db().insert(strategy).values({ municipalityId: m.id, title: "S", periodFrom: 2024, periodTo: 2025 }).returning();
    for (const number of ["1.10", "1.2", "A", "1"]) await db().insert(goal).values({ municipalityId: m.id, strategyId: s.id, number, title: number });
    expect((await getGoalsWithoutMeasures({ municipalityId: m.id })).map((r) => r.number)).toEqual(["1", "1.2", "1.10", "A"]);
  });
});
