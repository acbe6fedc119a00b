import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { benefit } from "~/domains/benefits/index.server";
import { measure, measureCost } from "~/domains/measures/index.server";
import { municipality, sector } from "~/domains/tenancy/index.server";
import { statusUpdate } from "~/domains/reporting/index.server";
import { strategy } from "~/domains/plan/index.server";
import type { Principal } from "~/kit/permissions";
import { closeRound, openRound } from "~/domains/reporting/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";
import { assembleRoundReport, assembleYearReport } from "./assemble.server";

useTestDatabase();

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };
const actor = { userId: null, label: "test" };

/**
 * Strategy 2025–2027; Helse: HO1 in progress with a red status, HO2 planned but due in 2025, HO3 an idea;
 * Oppvekst: O1 completed in 2026, O2 dropped in 2026; no sector: X1 completed in 2025.
 */
async function setupReportData(code: string) {
  const m = await createMunicipality({
    code,
    name: `Kommune ${code}`,
    sectors: [
      { name: "Helse", codePrefix: "HO" },
      { name: "Oppvekst", codePrefix: "O" },
    ],
  });
  const sectors = await db().select().from(sector).where(eq(sector.municipalityId, m.id));
  const ho = sectors.find((s) => s.codePrefix === "HO")!.id;
  const o = sectors.find((s) => s.codePrefix === "O")!.id;
  await db().insert(strategy).values({ municipalityId: m.id, title: "Digitaliseringsstrategi", periodFrom: 2025, periodTo: 2027 });
  const changed = new Date("2026-02-01T10:00:00Z");
  const rows = await db()
    .insert(measure)
    .values([
      { municipalityId: m.id, code: "HO1", title: "Velferdsteknologi", sectorId: ho, status: "in_progress", endYear: 2027, statusChangedAt: changed },
      { municipalityId: m.id, code: "HO2", title: "Digitalt tilsyn", sectorId: ho, status: "planned", endYear: 2025, statusChangedAt: changed },
      { municipalityId: m.id, code: "HO3", title: "Idé om roboter", sectorId: ho, status: "idea", statusChangedAt: changed },
      { municipalityId: m.id, code: "O1", title: "Læringsbrett", sectorId: o, status: "completed", completedOn: "2026-03-01", statusChangedAt: changed },
      {
        municipalityId: m.id,
        code: "O2",
        title: "Ny skoleportal",
        sectorId: o,
        status: "dropped",
        dropReason: "Erstattet av nasjonal løsning",
        statusChangedAt: changed,
      },
      {
        municipalityId: m.id,
        code: "X1",
        title: "Felles e-post",
        status: "completed",
        completedOn: "2025-05-01",
        statusChangedAt: new Date("2025-05-01T10:00:00Z"),
      },
    ])
    .returning();
  const ids = Object.fromEntries(rows.map((r) => [r.code, r.id])) as Record<string, string>;
  const cost = { municipalityId: m.id, recurrence: "one_off", costType: "investment" } as const;
  await db()
    .insert(measureCost)
    .values([
      { ...cost, measureId: ids.HO1, amountNok: 100_000, usedNok: 60_000, year: 2026, fundingSource: "own_budget" },
      { ...cost, measureId: ids.HO1, amountNok: 50_000, usedNok: 55_000, year: 2025, fundingSource: "digitalisation_funds" },
      { ...cost, measureId: ids.HO1, amountNok: null, usedNok: 7_000, year: 2026, fundingSource: "unknown" },
      { ...cost, measureId: ids.HO2, amountNok: 30_000, usedNok: 5_000, year: 2027, fundingSource: "own_budget" },
      { ...cost, measureId: ids.HO2, amountNok: 8_000, usedNok: 8_000, year: 2030, fundingSource: "own_budget" },
      { ...cost, measureId: ids.O1, amountNok: 40_000, year: 2026, fundingSource: "external_grant" },
      { ...cost, measureId: ids.O2, amountNok: 99_999, usedNok: 11_111, year: 2026, fundingSource: "own_budget" },
    ]);
  await db()
    .insert(statusUpdate)
    .values({ municipalityId: m.id, measureId: ids.HO1, periodLabel: "Januar 2026", overall: "red", publishedAt: new Date("2026-01-10T10:00:00Z") });
  await db().insert(benefit).values({
    municipalityId: m.id,
    measureId: ids.HO1,
    title: "Spart tid",
    type: "cost_reduction",
    recurrence: "annual",
    periodFrom: "2026-01-01",
    plannedNokPerYear: 10_000,
  });
  return { m, ids };
}

describe("assembling the council report", () => {
  it("a year report counts the live portfolio, lists the year's completed and dropped measures and those needing a decision", async () => {
    const { m } = await setupReportData("5101");
    const r = await assembleYearReport({ municipalityId: m.id, year: 2026 });
    expect(r).toMatchObject({ lang: "nb", municipalityName: "Kommune 5101", source: "live", year: 2026, period: { fromYear: 2025, toYear: 2027 } });
    expect(r.strategy).toEqual({ title: "Digitaliseringsstrategi", periodFrom: 2025, periodTo: 2027 });
    expect(r.summary).toEqual({
      measures: 6,
      active: 3,
      inProgress: 1,
      completed: 2,
      dropped: 1,
      red: 1,
      needDecision: 3,
      plannedFundsPeriodNok: 220_000,
      // 60 000 + 55 000 + 7 000 + 5 000: the 2030 line is outside the period, dropped O2 is left out.
      usedFundsPeriodNok: 127_000,
      benefitsPlannedNok: 20_000,
      benefitsRealisedNok: 0,
    });
    expect(r.byStatus.filter((s) => s.count > 0)).toEqual([
      { status: "idea", count: 1 },
      { status: "planned", count: 1 },
      { status: "in_progress", count: 1 },
      { status: "completed", count: 2 },
      { status: "dropped", count: 1 },
    ]);
    expect(r.bySector).toEqual([
      { sectorName: "Helse", total: 3, active: 3, completed: 0, dropped: 0 },
      { sectorName: "Oppvekst", total: 2, active: 0, completed: 1, dropped: 1 },
      { sectorName: null, total: 1, active: 0, completed: 1, dropped: 0 },
    ]);
    expect(r.completed).toEqual([{ code: "O1", title: "Læringsbrett", sectorName: "Oppvekst", completedOn: "2026-03-01" }]);
    expect(r.dropped).toEqual([{ code: "O2", title: "Ny skoleportal", sectorName: "Oppvekst", reason: "Erstattet av nasjonal løsning" }]);
    expect(r.funding).toEqual([
      { fundingSource: "digitalisation_funds", yearNok: 0, yearUsedNok: 0, periodNok: 50_000, periodUsedNok: 55_000, unknownLines: 0 },
      { fundingSource: "own_budget", yearNok: 100_000, yearUsedNok: 60_000, periodNok: 130_000, periodUsedNok: 65_000, unknownLines: 0 },
      { fundingSource: "external_grant", yearNok: 40_000, yearUsedNok: 0, periodNok: 40_000, periodUsedNok: 0, unknownLines: 0 },
      { fundingSource: "unknown", yearNok: 0, yearUsedNok: 7_000, periodNok: 0, periodUsedNok: 7_000, unknownLines: 1 },
    ]);
    expect(r.benefits.map((b) => [b.year, b.plannedNok, b.realisedNok])).toEqual([
      [2025, 0, 0],
      [2026, 10_000, 0],
      [2027, 10_000, 0],
    ]);
    expect(r.decisions.map((d) => [d.code, d.status, d.overall, d.reasons])).toEqual([
      ["HO1", "in_progress", "red", ["red_status"]],
      ["HO2", "planned", null, ["overdue"]],
      ["HO3", "idea", null, ["awaiting_priority"]],
    ]);
  });

  it("a closed round reports its snapshot, not later changes, and lists every completed and dropped measure", async () => {
    const { m, ids } = await setupReportData("5102");
    const { id } = await openRound({ municipalityId: m.id, principal: admin, actor, input: { title: "Status pr. januar 2026", deadline: "2026-01-31" } });
    await closeRound({ municipalityId: m.id, id, version: 1, principal: admin, actor, now: new Date("2026-02-05T10:00:00Z") });
    await db().update(measure).set({ status: "dropped", dropReason: "Senere endring" }).where(eq(measure.id, ids.HO3));
    await db().update(municipality).set({ language: "nn" }).where(eq(municipality.id, m.id));

    const r = await assembleRoundReport({ municipalityId: m.id, roundId: id });
    expect(r).toMatchObject({ lang: "nn", source: "snapshot", year: 2026, scope: { kind: "round", title: "Status pr. januar 2026", state: "closed" } });
    expect(r.summary).toMatchObject({ measures: 6, active: 3, completed: 2, dropped: 1, needDecision: 3 });
    expect(r.completed.map((c) => c.code)).toEqual(["O1", "X1"]);
    expect(r.dropped.map((c) => c.code)).toEqual(["O2"]);
    expect(r.decisions.map((d) => d.code)).toEqual(["HO1", "HO2", "HO3"]);

    const live = await openRound({ municipalityId: m.id, principal: admin, actor, input: { title: "Status pr. juni 2026", deadline: "2026-06-30" } });
    const open = await assembleRoundReport({ municipalityId: m.id, roundId: live.id });
    expect(open).toMatchObject({ source: "live", summary: { dropped: 2, active: 2 } });
    expect(open.dropped.map((d) => [d.code, d.reason])).toEqual([
      ["HO3", "Senere endring"],
      ["O2", "Erstattet av nasjonal løsning"],
    ]);
  });

  it("sums used funds of its own municipality only", async () => {
    const { m } = await setupReportData("5105");
    const other = await setupReportData("5106");
    const [extra] = await db().insert(measure).values({ municipalityId: other.m.id, code: "Z1", title: "Annen kommune", status: "planned" }).returning();
    await db().insert(measureCost).values({
      municipalityId: other.m.id,
      measureId: extra.id,
      amountNok: 1_000_000,
      usedNok: 900_000,
      year: 2026,
      recurrence: "one_off",
      costType: "investment",
      fundingSource: "own_budget",
    });
    const r = await assembleYearReport({ municipalityId: m.id, year: 2026 });
    expect(r.summary).toMatchObject({ plannedFundsPeriodNok: 220_000, usedFundsPeriodNok: 127_000 });
    expect(r.funding.find((f) => f.fundingSource === "own_budget")).toEqual({
      fundingSource: "own_budget",
      yearNok: 100_000,
      yearUsedNok: 60_000,
      periodNok: 130_000,
      periodUsedNok: 65_000,
      unknownLines: 0,
    });
    const theirs = await assembleYearReport({ municipalityId: other.m.id, year: 2026 });
    expect(theirs.funding.find((f) => f.fundingSource === "own_budget")).toMatchObject({ yearNok: 1_100_000, yearUsedNok: 960_000 });
  });

  it("another municipality's round is not found, and an impossible year is refused", async () => {
    const a = await setupReportData("5103");
    const b = await createMunicipality({ code: "5104", name: "Kommune 5104", sectors: [] });
    const { id } = await openRound({ municipalityId: a.m.id, principal: admin, actor, input: { title: "A-runde", deadline: "2026-01-31" } });
    await expect(assembleRoundReport({ municipalityId: b.id, roundId: id })).rejects.toBeInstanceOf(AppError);
    await expect(assembleYearReport({ municipalityId: b.id, year: 1800 })).rejects.toMatchObject({ code: "not_found" });
    const empty = await assembleYearReport({ municipalityId: b.id, year: 2026 });
    expect(empty).toMatchObject({
      strategy: null,
      period: { fromYear: 2026, toYear: 2026 },
      summary: { measures: 0, needDecision: 0 },
      funding: [],
      completed: [],
      decisions: [],
    });
  });
});
