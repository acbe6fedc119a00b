import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { benefit, benefitGoal, indicator, measurement, municipalityValuation } from "~/domains/benefits/db";
import { goal, strategy } from "~/domains/plan/index.server";
import { measure } from "~/domains/measures/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { listSectors } from "~/domains/tenancy/index.server";
import { currentYearInNorway, getBenefitPortfolio, getCurrentStrategy, getDashboardBenefits, strategyRange } from "./portfolio.server";
import { getBenefitSummary } from "./summary.server";

useTestDatabase();

/*
 * Hand-computed dataset, municipality A (hourly cost 500 NOK, 1000 hours per FTE), period 2025–2026.
 * Strategy S 2024–2027 with goals 1, 1.1 and 2; an older strategy S0 2019–2022 with goal 1.
 *
 *  B1  measure M1 (sector Helse), freed_capacity, annual 100 h, 2025–2026, alternative use set, goals 1 AND 1.1.
 *      Valuation indicator (hours, lower, baseline 1000): 2025-06-01: 940 → realised 60 h in 2025.
 *      Planned 100 h × 2 years = 200 h = 100 000 NOK = 0.2 FTE; realised 60 h = 30 000 NOK = 0.06 FTE.
 *  B2  M2 (sector Oppvekst), cost_reduction, annual 20 000 NOK, from 2026-01-01 (open end), goal 2 and (wrongly)
 *      a goal of municipality B. Valuation indicator (nok, lower, baseline 100 000): 2026-03-01: 95 000 → 5 000 NOK.
 *  B3  M3 (no sector), quality, one-off 10 h on 2025-05-01, no goal: 10 h = 5 000 NOK = 0.01 FTE.
 *  B4  M1, DISBENEFIT, annual 40 h in 2025, goal 1. Indicator (hours, lower, baseline 100): 2025-09-01: 120 → −20 h.
 *  B5  M1, freed_capacity, annual 1000 h 2020–2023, goal 2 of S0 … outside the period: not counted anywhere.
 *  Municipality B: a 1000 h/year benefit linked to its own goal "1"; never in A's figures.
 */
let a: { id: string };
let b: { id: string };
let helse: { id: string; name: string };
let oppvekst: { id: string; name: string };
const goals: Record<string, string> = {};
let s: { id: string };

async function addStrategy(municipalityId: string, title: string, periodFrom: number, periodTo: number) {
  const [row] = await db().insert(strategy).values({ municipalityId, title, periodFrom, periodTo }).returning();
  return row;
}

async function addGoal(municipalityId: string, strategyId: string, number: string, title: string) {
  const [row] = await db().insert(goal).values({ municipalityId, strategyId, number, title }).returning();
  return row.id;
}

async function addMeasure(municipalityId: string, code: string, sectorId: string | null) {
  const [row] = await db()
    .insert(measure)
    .values({ municipalityId, code, title: `Tiltak ${code}`, sectorId })
    .returning();
  return row.id;
}

async function addBenefit(municipalityId: string, measureId: string, goalIds: string[], values: Partial<typeof benefit.$inferInsert>) {
  const [row] = await db()
    .insert(benefit)
    .values({ municipalityId, measureId, title: "Nytte", type: "freed_capacity", ...values })
    .returning();
  for (const goalId of goalIds) await db().insert(benefitGoal).values({ benefitId: row.id, goalId, municipalityId });
  return row.id;
}

async function addIndicator(municipalityId: string, benefitId: string, values: Partial<typeof indicator.$inferInsert>, measurements: Array<[string, number]>) {
  const [row] = await db()
    .insert(indicator)
    .values({ municipalityId, benefitId, name: "Indikator", unit: "hours", direction: "lower_is_better", isValuationIndicator: true, ...values })
    .returning();
  for (const [measuredOn, value] of measurements) await db().insert(measurement).values({ municipalityId, indicatorId: row.id, measuredOn, value });
}

beforeAll(async () => {
  a = await createMunicipality({
    code: "4801",
    name: "Kommune A",
    sectors: [
      { name: "Helse", codePrefix: "HO" },
      { name: "Oppvekst", codePrefix: "O" },
    ],
  });
  [helse, oppvekst] = await listSectors({ municipalityId: a.id });
  await db().insert(municipalityValuation).values({ municipalityId: a.id, hourlyCostNok: 500, hoursPerFte: 1000 });

  s = await addStrategy(a.id, "Strategi 2024–2027", 2024, 2027);
  const s0 = await addStrategy(a.id, "Strategi 2019–2022", 2019, 2022);
  goals["1"] = await addGoal(a.id, s.id, "1", "Gode tjenester");
  goals["1.1"] = await addGoal(a.id, s.id, "1.1", "Digitale skjema");
  goals["2"] = await addGoal(a.id, s.id, "2", "Effektiv drift");
  goals.old = await addGoal(a.id, s0.id, "2", "Gammelt mål");

  b = await createMunicipality({ code: "4802", name: "Kommune B", sectors: [{ name: "B-sektor", codePrefix: "BS" }] });
  const bStrategy = await addStrategy(b.id, "B-strategi", 2024, 2027);
  const bGoal = await addGoal(b.id, bStrategy.id, "1", "B-mål");
  const [bSector] = await listSectors({ municipalityId: b.id });
  const bm = await addMeasure(b.id, "BS1", bSector.id);
  const bb = await addBenefit(b.id, bm, [bGoal], { recurrence: "annual", plannedHoursPerYear: 1000, periodFrom: "2020-01-01", alternativeUse: "y" });
  await addIndicator(b.id, bb, { baselineValue: 5000 }, [["2025-06-01", 3000]]);

  const m1 = await addMeasure(a.id, "HO1", helse.id);
  const m2 = await addMeasure(a.id, "O1", oppvekst.id);
  const m3 = await addMeasure(a.id, "X1", null);
  const b1 = await addBenefit(a.id, m1, [goals["1"], goals["1.1"]], {
    recurrence: "annual",
    plannedHoursPerYear: 100,
    periodFrom: "2025-01-01",
    periodTo: "2026-12-31",
    alternativeUse: "Mer tid til brukerne",
  });
  await addIndicator(a.id, b1, { baselineValue: 1000 }, [["2025-06-01", 940]]);
  const b2 = await addBenefit(a.id, m2, [goals["2"]], { type: "cost_reduction", recurrence: "annual", plannedNokPerYear: 20000, periodFrom: "2026-01-01" });
  await addIndicator(a.id, b2, { unit: "nok", baselineValue: 100000 }, [["2026-03-01", 95000]]);
  await addBenefit(a.id, m3, [], { type: "quality", recurrence: "one_off", plannedHoursPerYear: 10, periodFrom: "2025-05-01" });
  const b4 = await addBenefit(a.id, m1, [goals["1"]], {
    disbenefit: true,
    type: "benefit_for_others",
    recurrence: "annual",
    plannedHoursPerYear: 40,
    periodFrom: "2025-01-01",
    periodTo: "2025-12-31",
  });
  await addIndicator(a.id, b4, { baselineValue: 100 }, [["2025-09-01", 120]]);
  await addBenefit(a.id, m1, [goals.old], {
    recurrence: "annual",
    plannedHoursPerYear: 1000,
    periodFrom: "2020-01-01",
    periodTo: "2023-12-31",
    alternativeUse: "z",
  });
});

const zero = { plannedNok: 0, realisedNok: 0, plannedHours: 0, realisedHours: 0, plannedFte: 0, realisedFte: 0 };
const b1Amounts = { plannedHours: 200, plannedNok: 100000, plannedFte: 0.2, realisedHours: 60, realisedNok: 30000, realisedFte: 0.06 };

describe("getBenefitPortfolio", () => {
  it("sums a period in total, by sector and by type as computed by hand", async () => {
    const p = await getBenefitPortfolio({ municipalityId: a.id, fromYear: 2025, toYear: 2026 });
    expect(p).toMatchObject({ fromYear: 2025, toYear: 2026, hourlyCostNok: 500, hoursPerFte: 1000 });
    // B1 200 h + B3 10 h = 210 h = 105 000 NOK, + B2 20 000 NOK = 125 000 NOK; 210 / 1000 = 0.21 FTE.
    // Realised: B1 60 h = 30 000 NOK + B2 5 000 NOK = 35 000 NOK; 0.06 FTE.
    expect(p.total).toEqual({
      benefitCount: 3,
      plannedHours: 210,
      plannedNok: 125000,
      plannedFte: 0.21,
      realisedHours: 60,
      realisedNok: 35000,
      realisedFte: 0.06,
    });
    // B4 alone: 40 h = 20 000 NOK = 0.04 FTE planned; realised 100 − 120 = −20 h = −10 000 NOK = −0.02 FTE.
    expect(p.disbenefitTotal).toEqual({
      benefitCount: 1,
      plannedHours: 40,
      plannedNok: 20000,
      plannedFte: 0.04,
      realisedHours: -20,
      realisedNok: -10000,
      realisedFte: -0.02,
    });
    expect(p.bySector).toEqual([
      { sectorId: helse.id, sectorName: "Helse", benefitCount: 1, ...b1Amounts },
      { sectorId: oppvekst.id, sectorName: "Oppvekst", benefitCount: 1, ...zero, plannedNok: 20000, realisedNok: 5000 },
      { sectorId: null, sectorName: null, benefitCount: 1, ...zero, plannedHours: 10, plannedNok: 5000, plannedFte: 0.01 },
    ]);
    expect(p.byType).toEqual([
      { type: "cost_reduction", benefitCount: 1, ...zero, plannedNok: 20000, realisedNok: 5000 },
      { type: "freed_capacity", benefitCount: 1, ...b1Amounts },
      { type: "quality", benefitCount: 1, ...zero, plannedHours: 10, plannedNok: 5000, plannedFte: 0.01 },
    ]);
    // Per year the same as the summary's totals.
    const summary = await getBenefitSummary({ municipalityId: a.id, fromYear: 2025, toYear: 2026 });
    expect(p.years).toEqual(summary.totals);
    expect(p.disbenefitYears).toEqual(summary.disbenefits);
  });

  it("counts a benefit fully for each of its goals and has a row for benefits without a goal", async () => {
    const p = await getBenefitPortfolio({ municipalityId: a.id, fromYear: 2025, toYear: 2026 });
    expect(p.byGoal).toEqual([
      // B1 counts fully for both 1 and 1.1; the disbenefit B4 (goal 1) is left out.
      { goalId: goals["1"], number: "1", title: "Gode tjenester", strategyTitle: "Strategi 2024–2027", benefitCount: 1, ...b1Amounts },
      { goalId: goals["1.1"], number: "1.1", title: "Digitale skjema", strategyTitle: "Strategi 2024–2027", benefitCount: 1, ...b1Amounts },
      // B2; its link to municipality B's goal is ignored. B5 (old goal 2) is outside the period.
      {
        goalId: goals["2"],
        number: "2",
        title: "Effektiv drift",
        strategyTitle: "Strategi 2024–2027",
        benefitCount: 1,
        ...zero,
        plannedNok: 20000,
        realisedNok: 5000,
      },
      { goalId: null, number: null, title: null, strategyTitle: null, benefitCount: 1, ...zero, plannedHours: 10, plannedNok: 5000, plannedFte: 0.01 },
    ]);
    // The goal rows add up to more than the total (B1 counted twice): 100 000 × 2 + 20 000 + 5 000 = 225 000 > 125 000.
    expect(p.byGoal.reduce((sum, g) => sum + g.plannedNok, 0)).toBe(225000);
    expect(p.total.plannedNok).toBe(125000);
  });

  it("limits the figures to the period", async () => {
    const p = await getBenefitPortfolio({ municipalityId: a.id, fromYear: 2025, toYear: 2025 });
    // 2025: B1 100 h (realised 60 h), B3 10 h; B2 starts in 2026.
    expect(p.byGoal.map((g) => [g.number, g.plannedNok, g.realisedNok])).toEqual([
      ["1", 50000, 30000],
      ["1.1", 50000, 30000],
      [null, 5000, 0],
    ]);
    expect(p.total).toMatchObject({ plannedHours: 110, plannedNok: 55000, realisedNok: 30000 });

    const old = await getBenefitPortfolio({ municipalityId: a.id, fromYear: 2020, toYear: 2020 });
    // B5 alone: 1000 h = 500 000 NOK, counted for the old strategy's goal 2.
    expect(old.byGoal).toEqual([
      {
        goalId: goals.old,
        number: "2",
        title: "Gammelt mål",
        strategyTitle: "Strategi 2019–2022",
        benefitCount: 1,
        ...zero,
        plannedHours: 1000,
        plannedNok: 500000,
        plannedFte: 1,
      },
    ]);
  });

  it("never includes another municipality's benefits, goals or sectors", async () => {
    const p = await getBenefitPortfolio({ municipalityId: a.id, fromYear: 2020, toYear: 2030 });
    expect(p.byGoal.map((g) => g.title)).not.toContain("B-mål");
    expect(p.bySector.map((r) => r.sectorName)).not.toContain("B-sektor");
    const ofB = await getBenefitPortfolio({ municipalityId: b.id, fromYear: 2025, toYear: 2025 });
    // B's benefit: 1000 h at the default 700 NOK; realised 5000 − 3000 = 2000 h. (The database refuses a link from A's B2 to B's goal.)
    expect(ofB.byGoal).toEqual([
      {
        goalId: expect.any(String),
        number: "1",
        title: "B-mål",
        strategyTitle: "B-strategi",
        benefitCount: 1,
        plannedHours: 1000,
        plannedNok: 700000,
        plannedFte: 0.59,
        realisedHours: 2000,
        realisedNok: 1400000,
        realisedFte: 1.18,
      },
    ]);
    expect(ofB.total.benefitCount).toBe(1);
  });

  it("has zero totals and no rows for a period without benefits", async () => {
    const p = await getBenefitPortfolio({ municipalityId: a.id, fromYear: 2030, toYear: 2030 });
    expect(p.total).toEqual({ benefitCount: 1, ...zero, plannedNok: 20000 }); // B2 is open-ended
    const empty = await getBenefitPortfolio({ municipalityId: a.id, fromYear: 2010, toYear: 2011 });
    expect(empty.total).toEqual({ benefitCount: 0, ...zero });
    expect(empty.disbenefitTotal).toEqual({ benefitCount: 0, ...zero });
    expect([empty.bySector, empty.byGoal, empty.byType]).toEqual([[], [], []]);
    expect(empty.years).toEqual([
      { year: 2010, ...zero },
      { year: 2011, ...zero },
    ]);
  });

  it("rejects invalid ranges", async () => {
    await expect(getBenefitPortfolio({ municipalityId: a.id, fromYear: 2026, toYear: 2025 })).rejects.toThrow(RangeError);
    await expect(getBenefitPortfolio({ municipalityId: a.id, fromYear: 2000, toYear: 2030 })).rejects.toThrow(RangeError);
  });
});

describe("current strategy", () => {
  it("is the strategy whose period includes the year, the latest starting one when several do", async () => {
    expect(await getCurrentStrategy({ municipalityId: a.id, year: 2025 })).toMatchObject({ id: s.id, periodFrom: 2024, periodTo: 2027 });
    expect(await getCurrentStrategy({ municipalityId: a.id, year: 2023 })).toBeNull();
    expect(await getCurrentStrategy({ municipalityId: b.id, year: 2019 })).toBeNull();
    const [overlap] = await db().insert(strategy).values({ municipalityId: a.id, title: "Ny strategi", periodFrom: 2027, periodTo: 2030 }).returning();
    expect((await getCurrentStrategy({ municipalityId: a.id, year: 2027 }))?.id).toBe(overlap.id);
    expect((await getCurrentStrategy({ municipalityId: a.id, year: 2026 }))?.id).toBe(s.id);
  });

  it("gives a strategy range of at most 30 years", () => {
    expect(strategyRange({ periodFrom: 2024, periodTo: 2027 })).toEqual({ fromYear: 2024, toYear: 2027 });
    expect(strategyRange({ periodFrom: 2000, periodTo: 2100 })).toEqual({ fromYear: 2000, toYear: 2029 });
  });

  it("knows the year in Norway around New Year", () => {
    expect(currentYearInNorway(new Date("2025-12-31T23:30:00Z"))).toBe(2026);
    expect(currentYearInNorway(new Date("2025-12-31T22:30:00Z"))).toBe(2025);
  });
});

describe("getDashboardBenefits", () => {
  it("shows the current year and the strategy period, or the current year ± 2 without a strategy", async () => {
    const withStrategy = await getDashboardBenefits({ municipalityId: a.id, lang: "nb", currentYear: 2025 });
    expect(withStrategy).toMatchObject({ currentYear: 2025, fromYear: 2024, toYear: 2027 });
    // 2025: B1 100 h = 50 000 NOK (realised 60 h = 30 000 NOK) + B3 10 h = 5 000 NOK.
    expect(withStrategy.current).toEqual({
      year: 2025,
      plannedHours: 110,
      plannedNok: 55000,
      plannedFte: 0.11,
      realisedHours: 60,
      realisedNok: 30000,
      realisedFte: 0.06,
    });
    expect(withStrategy.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(withStrategy.chart.title).toBe("Planlagt og realisert gevinst i kroner per år");
    expect(withStrategy.chart.svg).toContain("<svg");

    const without = await getDashboardBenefits({ municipalityId: a.id, lang: "nn", currentYear: 2023 });
    expect(without).toMatchObject({ fromYear: 2021, toYear: 2025 });
    expect(without.current).toMatchObject({ year: 2023, plannedHours: 1000, plannedNok: 500000 });
    expect(without.chart.title).toBe("Planlagd og realisert gevinst i kroner per år");
  });
});
