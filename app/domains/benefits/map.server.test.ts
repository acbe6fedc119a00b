import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { benefit, benefitGoal, indicator, measurement, municipalityValuation } from "~/domains/benefits/db";
import { goal, strategy } from "~/domains/plan/index.server";
import { measure, measureGoal } from "~/domains/measures/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { getBenefitMapForGoal, getBenefitMapForMeasure } from "./map.server";
import { getMeasureProfileYears, listMeasureBenefitFigures } from "./measure-figures.server";
import { getMeasureBenefitsView } from "./measure-page.server";

useTestDatabase();

/*
 * Municipality A (default valuation: 700 NOK/h, 1695 h per FTE):
 *   Goals 1, 1.2, 1.10 (strategy 2023–2027), 2.
 *   M1 "TF01": linked to goal 1.
 *     B1 freed capacity, 350 h/year, serves 1.10 and 1.2; valuation indicator (hours, lower is better, baseline 900,
 *        target 550): 2025-06-30 820, 2025-12-31 760, 2026-06-30 700 (watch) → 57 %, 200 h, 140 000 kr, 0,12 FTE.
 *        A second indicator (percent) is ignored for the achievement.
 *     B2 quality, disbenefit, no amounts, serves goal 2; only a non-valuation indicator (higher is better,
 *        baseline 55, target 90, latest 79 → 69 %).
 *   M2 "TF02": not linked to goal 1.2, but its benefit B3 serves 1.2. B3: cost reduction 200 000 kr/year, one-off,
 *        valuation indicator (nok, lower is better, baseline 260 000, target 60 000, latest 300 000 → −20 %,
 *        realised −40 000 kr).
 *   M3 "TF03": linked to goal 1.2, no benefits.
 *   M4 "TF04": no goals, no benefits.
 * Municipality B: a measure and benefit linked to its own goal; never shows up for A.
 */
let a: string;
let b: string;
const ids: Record<string, string> = {};

async function insertMeasure(municipalityId: string, code: string) {
  const [row] = await db()
    .insert(measure)
    .values({ municipalityId, code, title: `Tiltak ${code}` })
    .returning();
  return row.id;
}

async function insertBenefit(municipalityId: string, measureId: string, values: Partial<typeof benefit.$inferInsert> & { title: string }) {
  const [row] = await db()
    .insert(benefit)
    .values({ municipalityId, measureId, type: "freed_capacity", ...values })
    .returning();
  return row.id;
}

async function insertIndicator(
  municipalityId: string,
  benefitId: string,
  values: Partial<typeof indicator.$inferInsert>,
  rows: Array<[string, number, "on_track" | "watch" | null]>,
) {
  const [row] = await db()
    .insert(indicator)
    .values({ municipalityId, benefitId, name: "Indikator", unit: "hours", direction: "lower_is_better", ...values })
    .returning();
  for (const [measuredOn, value, assessment] of rows) {
    await db().insert(measurement).values({ municipalityId, indicatorId: row.id, measuredOn, value, assessment });
  }
}

beforeAll(async () => {
  a = (await createMunicipality({ code: "4801", name: "Kommune A" })).id;
  b = (await createMunicipality({ code: "4802", name: "Kommune B" })).id;
  const [s] = await db().insert(strategy).values({ municipalityId: a, title: "Strategi", periodFrom: 2023, periodTo: 2027 }).returning();
  for (const number of ["1", "1.2", "1.10", "2"]) {
    const [g] = await db()
      .insert(goal)
      .values({ municipalityId: a, strategyId: s.id, number, title: `Mål ${number}` })
      .returning();
    ids[`g${number}`] = g.id;
  }
  ids.m1 = await insertMeasure(a, "TF01");
  ids.m2 = await insertMeasure(a, "TF02");
  ids.m3 = await insertMeasure(a, "TF03");
  ids.m4 = await insertMeasure(a, "TF04");
  await db()
    .insert(measureGoal)
    .values([
      { municipalityId: a, measureId: ids.m1, goalId: ids.g1 },
      { municipalityId: a, measureId: ids.m3, goalId: ids["g1.2"] },
    ]);

  ids.b1 = await insertBenefit(a, ids.m1, {
    title: "Mindre manuell registrering",
    beneficiaries: ["employees"],
    status: "realising",
    plannedHoursPerYear: 350,
    periodFrom: "2025-01-01",
    periodTo: "2027-12-31",
    alternativeUse: "Veiledning",
  });
  await insertIndicator(a, ids.b1, { name: "Timer per år", isValuationIndicator: true, baselineValue: 900, targetValue: 550 }, [
    ["2025-06-30", 820, "on_track"],
    ["2026-06-30", 700, "watch"],
    ["2025-12-31", 760, "on_track"],
  ]);
  await insertIndicator(a, ids.b1, { name: "Andel", unit: "percent", direction: "higher_is_better", baselineValue: 0, targetValue: 10 }, [
    ["2026-09-30", 10, null],
  ]);
  ids.b2 = await insertBenefit(a, ids.m1, { title: "Mer støy", type: "quality", disbenefit: true, beneficiaries: ["citizens", "employees"] });
  await insertIndicator(a, ids.b2, { name: "Andel besvart", unit: "percent", direction: "higher_is_better", baselineValue: 55, targetValue: 90 }, [
    ["2025-03-31", 58, "watch"],
    ["2026-03-31", 79, "on_track"],
  ]);
  ids.b3 = await insertBenefit(a, ids.m2, {
    title: "Lavere avlesningskostnader",
    type: "cost_reduction",
    recurrence: "one_off",
    plannedNokPerYear: 200000,
    periodFrom: "2027-01-01",
  });
  await insertIndicator(a, ids.b3, { name: "Kostnad", unit: "nok", isValuationIndicator: true, baselineValue: 260000, targetValue: 60000 }, [
    ["2027-12-31", 300000, null],
  ]);
  await db()
    .insert(benefitGoal)
    .values([
      { municipalityId: a, benefitId: ids.b1, goalId: ids["g1.10"] },
      { municipalityId: a, benefitId: ids.b1, goalId: ids["g1.2"] },
      { municipalityId: a, benefitId: ids.b2, goalId: ids.g2 },
      { municipalityId: a, benefitId: ids.b3, goalId: ids["g1.2"] },
    ]);

  const [sb] = await db().insert(strategy).values({ municipalityId: b, title: "Strategi B", periodFrom: 2020, periodTo: 2030 }).returning();
  const [gb] = await db().insert(goal).values({ municipalityId: b, strategyId: sb.id, number: "1", title: "Mål B" }).returning();
  ids.gb = gb.id;
  ids.mb = await insertMeasure(b, "TF01");
  await db().insert(measureGoal).values({ municipalityId: b, measureId: ids.mb, goalId: gb.id });
  const bb = await insertBenefit(b, ids.mb, { title: "B sin gevinst", plannedHoursPerYear: 1000 });
  await db().insert(benefitGoal).values({ municipalityId: b, benefitId: bb, goalId: gb.id });
});

describe("getBenefitMapForMeasure", () => {
  it("gives the measure, its benefits and the goals they serve, goals by number", async () => {
    const map = await getBenefitMapForMeasure({ municipalityId: a, measureId: ids.m1 });
    expect(map.measures).toEqual([{ id: ids.m1, code: "TF01", title: "Tiltak TF01", status: "idea", sectorId: null, responsibleUserId: null }]);
    expect(map.benefits.map((x) => [x.title, x.disbenefit, x.goalIds])).toEqual([
      ["Mindre manuell registrering", false, [ids["g1.2"], ids["g1.10"]]],
      ["Mer støy", true, [ids.g2]],
    ]);
    expect(map.goals.map((g) => g.number)).toEqual(["1.2", "1.10", "2"]);
  });

  it("a measure without benefits has an empty map with the measure", async () => {
    const map = await getBenefitMapForMeasure({ municipalityId: a, measureId: ids.m4 });
    expect(map).toEqual({ measures: [expect.objectContaining({ code: "TF04" })], benefits: [], goals: [] });
  });

  it("another municipality's measure, or a malformed id, is not found", async () => {
    await expect(getBenefitMapForMeasure({ municipalityId: a, measureId: ids.mb })).rejects.toMatchObject({ code: "not_found" });
    await expect(getBenefitMapForMeasure({ municipalityId: b, measureId: ids.m1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(getBenefitMapForMeasure({ municipalityId: a, measureId: "x" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("getBenefitMapForGoal", () => {
  it("includes measures linked to the goal and measures whose benefits serve it, with all their benefits", async () => {
    const map = await getBenefitMapForGoal({ municipalityId: a, goalId: ids["g1.2"] });
    expect(map.measures.map((m) => m.code)).toEqual(["TF01", "TF02", "TF03"]);
    expect(map.benefits.map((x) => [x.measureId, x.title])).toEqual([
      [ids.m1, "Mindre manuell registrering"],
      [ids.m1, "Mer støy"],
      [ids.m2, "Lavere avlesningskostnader"],
    ]);
    expect(map.goals.map((g) => g.number)).toEqual(["1.2", "1.10", "2"]);
  });

  it("a goal that only has a linked measure without benefits has measures but no benefits", async () => {
    const map = await getBenefitMapForGoal({ municipalityId: a, goalId: ids.g1 });
    expect(map.measures.map((m) => m.code)).toEqual(["TF01"]);
    expect(map.benefits).toHaveLength(2);
  });

  it("stays inside the municipality", async () => {
    const mapB = await getBenefitMapForGoal({ municipalityId: b, goalId: ids.gb });
    expect(mapB.measures.map((m) => m.id)).toEqual([ids.mb]);
    expect(mapB.benefits.map((x) => x.title)).toEqual(["B sin gevinst"]);
    expect(mapB.goals.map((g) => g.id)).toEqual([ids.gb]);
    await expect(getBenefitMapForGoal({ municipalityId: a, goalId: ids.gb })).rejects.toMatchObject({ code: "not_found" });
    await expect(getBenefitMapForGoal({ municipalityId: b, goalId: ids.g1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(getBenefitMapForGoal({ municipalityId: a, goalId: "nope" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("cannot get a link stored with another municipality's id", async () => {
    // A link row in B pointing at A's goal is refused by the database (composite foreign key), so A's map stays A's.
    await expect(db().insert(measureGoal).values({ municipalityId: b, measureId: ids.mb, goalId: ids.g2 })).rejects.toThrow();
    const map = await getBenefitMapForGoal({ municipalityId: a, goalId: ids.g2 });
    expect(map.measures.map((m) => m.id)).toEqual([ids.m1]);
  });
});

describe("listMeasureBenefitFigures", () => {
  it("values planned hours with the default settings and takes the valuation indicator's latest measurement", async () => {
    const [b1, b2] = await listMeasureBenefitFigures({ municipalityId: a, measureId: ids.m1 });
    // 350 h × 700 kr = 245 000 kr; 350 / 1695 = 0,206… → 0,21 FTE.
    expect(b1).toMatchObject({
      title: "Mindre manuell registrering",
      beneficiaries: ["employees"],
      disbenefit: false,
      recurrence: "annual",
      planned: { hours: 350, nok: 245000, fte: 0.21 },
      indicator: { name: "Timer per år", isValuation: true, latest: { measuredOn: "2026-06-30", value: 700, assessment: "watch" } },
      // Lower is better: 900 − 700 = 200 h; 200 × 700 = 140 000 kr; 200 / 1695 = 0,118 → 0,12 FTE.
      realised: { measuredOn: "2026-06-30", hours: 200, nok: 140000, fte: 0.12 },
      realisedCounts: true,
    });
    // (700 − 900) / (550 − 900) = 0,571…
    expect(b1.indicator?.latest?.achievement.raw).toBeCloseTo(200 / 350, 10);
    expect(b1.indicator?.latest?.achievement.status).toBe("ok");

    // No valuation indicator: the first indicator gives the achievement, nothing is realised.
    expect(b2).toMatchObject({
      title: "Mer støy",
      disbenefit: true,
      planned: { hours: null, nok: null, fte: null },
      indicator: { name: "Andel besvart", isValuation: false, latest: { measuredOn: "2026-03-31", value: 79, assessment: "on_track" } },
      realised: null,
    });
    expect(b2.indicator?.latest?.achievement.raw).toBeCloseTo(24 / 35, 10);
  });

  it("uses the municipality's own valuation and a nok indicator's change as realised NOK (negative when worse)", async () => {
    const [b3] = await listMeasureBenefitFigures({ municipalityId: a, measureId: ids.m2 });
    expect(b3).toMatchObject({
      recurrence: "one_off",
      planned: { hours: null, nok: 200000, fte: null },
      realised: { hours: null, nok: -40000, fte: null },
      realisedCounts: true,
    });
    // (300 000 − 260 000) / (60 000 − 260 000) = −0,2: the indicator moved the wrong way.
    expect(b3.indicator?.latest?.achievement.raw).toBeCloseTo(-0.2, 10);
  });

  it("values hours with the municipality's settings when saved", async () => {
    const [c] = await createMunicipalityWithValuation();
    expect(c.planned).toEqual({ hours: 350, nok: 249330, fte: 0.23 });
  });

  it("freed capacity without an alternative use is shown but does not count as realised", async () => {
    const m = await insertMeasure(a, "TF09");
    const id = await insertBenefit(a, m, { title: "Uten alternativ bruk", plannedHoursPerYear: 10 });
    await insertIndicator(a, id, { isValuationIndicator: true, baselineValue: 100, targetValue: 50 }, [["2026-01-01", 90, null]]);
    const [row] = await listMeasureBenefitFigures({ municipalityId: a, measureId: m });
    expect(row.realised).toMatchObject({ hours: 10, nok: 7000 });
    expect(row.realisedCounts).toBe(false);
  });

  it("another municipality's measure is not found; a measure without benefits gives none", async () => {
    await expect(listMeasureBenefitFigures({ municipalityId: a, measureId: ids.mb })).rejects.toMatchObject({ code: "not_found" });
    expect(await listMeasureBenefitFigures({ municipalityId: a, measureId: ids.m4 })).toEqual([]);
  });
});

/** A municipality with 712.37 kr/h and 1500 h per FTE and one 350 h benefit: 249 329,5 → 249 330 kr, 0,233 → 0,23. */
async function createMunicipalityWithValuation() {
  const c = (await createMunicipality({ code: "4803", name: "Kommune C" })).id;
  await db().insert(municipalityValuation).values({ municipalityId: c, hourlyCostNok: 712.37, hoursPerFte: 1500 });
  const m = await insertMeasure(c, "TF01");
  await insertBenefit(c, m, { title: "Timer", plannedHoursPerYear: 350 });
  return listMeasureBenefitFigures({ municipalityId: c, measureId: m });
}

describe("getMeasureProfileYears", () => {
  it("uses the strategy period that contains the current year", async () => {
    expect(await getMeasureProfileYears({ municipalityId: a, measureId: ids.m1, currentYear: 2026 })).toEqual({
      fromYear: 2023,
      toYear: 2027,
      source: "strategy",
    });
  });

  it("falls back to the span of the measure's benefit periods, then to the current year ± 2", async () => {
    expect(await getMeasureProfileYears({ municipalityId: a, measureId: ids.m1, currentYear: 2031 })).toEqual({
      fromYear: 2025,
      toYear: 2027,
      source: "benefits",
    });
    // B3 is one-off with only a start date: 2027–2027.
    expect(await getMeasureProfileYears({ municipalityId: a, measureId: ids.m2, currentYear: 2031 })).toEqual({
      fromYear: 2027,
      toYear: 2027,
      source: "benefits",
    });
    expect(await getMeasureProfileYears({ municipalityId: a, measureId: ids.m4, currentYear: 2031 })).toEqual({
      fromYear: 2029,
      toYear: 2033,
      source: "default",
    });
  });

  it("does not use another municipality's strategy", async () => {
    // B's strategy covers 2020–2030; A has none covering 2029 and M4 has no benefits.
    expect(await getMeasureProfileYears({ municipalityId: a, measureId: ids.m4, currentYear: 2029 })).toMatchObject({ source: "default" });
    await expect(getMeasureProfileYears({ municipalityId: b, measureId: ids.m1, currentYear: 2026 })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("getMeasureBenefitsView", () => {
  it("gives display-ready figures and the yearly profile of the strategy period from the SQL summary", async () => {
    const view = await getMeasureBenefitsView({ municipalityId: a, measureId: ids.m1, lang: "nb", currentYear: 2026 });
    expect(view.valuation).toEqual({ hourlyCostNok: 700, hoursPerFte: 1695 });
    expect(view.benefits[0].indicator).toEqual({
      name: "Timer per år",
      isValuation: true,
      latest: { measuredOn: "2026-06-30", assessment: "watch", status: "ok", percent: "57\u00a0%" },
    });
    expect(view.profile).toMatchObject({ fromYear: 2023, toYear: 2027, yearsSource: "strategy" });
    // Planned 350 h = 245 000 kr a year in 2025–2027; realised: latest in 2025 is 760 (140 h = 98 000 kr), in 2026
    // 700 (200 h = 140 000 kr). The disbenefit is not counted.
    expect(view.profile.rows.map((r) => [r.year, r.plannedNok, r.realisedNok, r.plannedHours, r.realisedHours, r.plannedFte, r.realisedFte])).toEqual([
      [2023, 0, 0, 0, 0, 0, 0],
      [2024, 0, 0, 0, 0, 0, 0],
      [2025, 245000, 98000, 350, 140, 0.21, 0.08],
      [2026, 245000, 140000, 350, 200, 0.21, 0.12],
      [2027, 245000, 0, 350, 0, 0.21, 0],
    ]);
    // 1050 h / 1695 = 0,619 → 0,62; 340 h / 1695 = 0,2006 → 0,2.
    expect(view.profile.totals).toEqual({
      plannedNok: 735000,
      realisedNok: 238000,
      plannedHours: 1050,
      realisedHours: 340,
      plannedFte: 0.62,
      realisedFte: 0.2,
    });
    expect(view.profile.chart.svg).toContain("<svg");
  });
});
