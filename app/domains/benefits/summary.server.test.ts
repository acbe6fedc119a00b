import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { benefit, indicator, measurement, municipalityValuation } from "~/domains/benefits/db";
import { measure } from "~/domains/measures/index.server";
import { createApiToken, createMunicipality } from "~/domains/tenancy/index.server";
import { listSectors } from "~/domains/tenancy/index.server";
import { latestMeasurement } from "./achievement";
import { buildYearlyProfile, type ProfileBenefit } from "./profile";
import { getBenefitSummary } from "./summary.server";
import { DEFAULT_HOURLY_COST_NOK, DEFAULT_HOURS_PER_FTE } from "./valuation";
import * as summaryRoute from "~/domains/benefits/routes/api.v1.benefits.summary";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

/*
 * Hand-computed dataset, municipality A (hourly cost 712.37 NOK, 1500 hours per FTE), range 2024–2026.
 *
 *  B1  measure M1 (sector HO), freed_capacity, annual 350 h, 2024-01-01..2026-12-31, alternative use set.
 *      Valuation indicator (hours, lower_is_better, baseline 1000):
 *        2024-06-30: 900, 2024-12-15: 825.5 (latest in 2024 → 1000 − 825.5 = 174.5 h); 2025: none;
 *        2026-03-01: 700 (→ 300 h).
 *      A second, non-valuation indicator with a measurement is ignored.
 *  B2  M1 (HO), freed_capacity, annual 100 h, from 2025-01-01, open end, NO alternative use.
 *      Valuation indicator (hours, higher_is_better, baseline 0): 2025-05-01: 80 → realises 0 (no alternative use).
 *  B3  M2 (sector OK), cost_reduction, one_off 50 000.4 NOK, 2025-03-01..2026-12-31.
 *      Valuation indicator (nok, lower_is_better, baseline 200 000):
 *        2025-05-01: 170 000.25 (→ 29 999.75 NOK), 2026-02-01: 160 000 (→ 40 000 NOK, realised after the one-off year).
 *  B4  M3 (no sector), quality, annual 10 h, 2024-07-01..2024-12-31, status not_realised.
 *      Valuation indicator (hours, lower, baseline 50): 2024-10-01: 40 → realises 0 (not_realised).
 *  B5  M1 (HO), benefit_for_others, DISBENEFIT, annual 20 h, 2024-01-01..2024-12-31.
 *      Valuation indicator (hours, lower, baseline 100): 2024-11-01: 130 → −30 h.
 *  B6  M1 (HO), freed_capacity, annual 5 h, no period → no planned amount.
 *  Municipality B: a 1000 h/year benefit with measurements; must not leak into A.
 */
const COST = 712.37;
const PER_FTE = 1500;

let a: { id: string };
let b: { id: string };
let ho: { id: string; name: string };
let ok: { id: string; name: string };
let m1: string;

async function addMeasure(municipalityId: string, code: string, sectorId: string | null) {
  const [row] = await db()
    .insert(measure)
    .values({ municipalityId, code, title: `Tiltak ${code}`, sectorId })
    .returning();
  return row.id;
}

async function addBenefit(municipalityId: string, measureId: string, values: Partial<typeof benefit.$inferInsert>) {
  const [row] = await db()
    .insert(benefit)
    .values({ municipalityId, measureId, title: "Nytte", type: "freed_capacity", ...values })
    .returning();
  return row.id;
}

async function addIndicator(municipalityId: string, benefitId: string, values: Partial<typeof indicator.$inferInsert>, measurements: Array<[string, number]>) {
  const [row] = await db()
    .insert(indicator)
    .values({ municipalityId, benefitId, name: "Indikator", unit: "hours", direction: "lower_is_better", isValuationIndicator: true, ...values })
    .returning();
  for (const [measuredOn, value] of measurements) {
    await db().insert(measurement).values({ municipalityId, indicatorId: row.id, measuredOn, value });
  }
  return row.id;
}

beforeAll(async () => {
  a = await createMunicipality({
    code: "4701",
    name: "Kommune A",
    sectors: [
      { name: "Helse og omsorg", codePrefix: "HO" },
      { name: "Oppvekst", codePrefix: "OK" },
    ],
  });
  [ho, ok] = await listSectors({ municipalityId: a.id });
  await db().insert(municipalityValuation).values({ municipalityId: a.id, hourlyCostNok: COST, hoursPerFte: PER_FTE });
  m1 = await addMeasure(a.id, "HO1", ho.id);
  const m2 = await addMeasure(a.id, "OK1", ok.id);
  const m3 = await addMeasure(a.id, "X1", null);

  const b1 = await addBenefit(a.id, m1, {
    recurrence: "annual",
    plannedHoursPerYear: 350,
    periodFrom: "2024-01-01",
    periodTo: "2026-12-31",
    alternativeUse: "Mer tid til brukerne",
    status: "realising",
  });
  await addIndicator(a.id, b1, { baselineValue: 1000, targetValue: 650 }, [
    ["2024-06-30", 900],
    ["2024-12-15", 825.5],
    ["2026-03-01", 700],
  ]);
  await addIndicator(a.id, b1, { isValuationIndicator: false, baselineValue: 10, targetValue: 0 }, [["2024-05-01", 0]]);

  const b2 = await addBenefit(a.id, m1, { recurrence: "annual", plannedHoursPerYear: 100, periodFrom: "2025-01-01", status: "realising" });
  await addIndicator(a.id, b2, { direction: "higher_is_better", baselineValue: 0, targetValue: 100 }, [["2025-05-01", 80]]);

  const b3 = await addBenefit(a.id, m2, {
    type: "cost_reduction",
    recurrence: "one_off",
    plannedNokPerYear: 50000.4,
    periodFrom: "2025-03-01",
    periodTo: "2026-12-31",
  });
  await addIndicator(a.id, b3, { unit: "nok", baselineValue: 200000, targetValue: 150000 }, [
    ["2025-05-01", 170000.25],
    ["2026-02-01", 160000],
  ]);

  const b4 = await addBenefit(a.id, m3, {
    type: "quality",
    recurrence: "annual",
    plannedHoursPerYear: 10,
    periodFrom: "2024-07-01",
    periodTo: "2024-12-31",
    status: "not_realised",
    statusReason: "Avlyst",
  });
  await addIndicator(a.id, b4, { baselineValue: 50, targetValue: 30 }, [["2024-10-01", 40]]);

  const b5 = await addBenefit(a.id, m1, {
    type: "benefit_for_others",
    disbenefit: true,
    recurrence: "annual",
    plannedHoursPerYear: 20,
    periodFrom: "2024-01-01",
    periodTo: "2024-12-31",
  });
  await addIndicator(a.id, b5, { baselineValue: 100, targetValue: 80 }, [["2024-11-01", 130]]);

  await addBenefit(a.id, m1, { recurrence: "annual", plannedHoursPerYear: 5, alternativeUse: "x" });

  b = await createMunicipality({ code: "4702", name: "Kommune B", sectors: [{ name: "Helse og omsorg", codePrefix: "HO" }] });
  const [bSector] = await listSectors({ municipalityId: b.id });
  const bm = await addMeasure(b.id, "HO1", bSector.id);
  const bb = await addBenefit(b.id, bm, {
    recurrence: "annual",
    plannedHoursPerYear: 1000,
    periodFrom: "2020-01-01",
    alternativeUse: "y",
    plannedNokPerYear: 1,
  });
  await addIndicator(b.id, bb, { baselineValue: 5000, targetValue: 1000 }, [
    ["2024-06-01", 3000],
    ["2025-06-01", 2000],
  ]);
});

const zero = { plannedNok: 0, realisedNok: 0, plannedHours: 0, realisedHours: 0, plannedFte: 0, realisedFte: 0 };

describe("getBenefitSummary", () => {
  it("sums by year, sector and type as computed by hand", async () => {
    const summary = await getBenefitSummary({ municipalityId: a.id, fromYear: 2024, toYear: 2026 });
    expect(summary.hourlyCostNok).toBe(COST);
    expect(summary.hoursPerFte).toBe(PER_FTE);
    expect(summary.rows).toEqual([
      // 2024 HO freed_capacity = B1 (B2 starts 2025, B5 is a disbenefit, B6 has no period).
      //   planned 350 h; 350 × 712.37 = 249 329.5 → 249 330 (half away from zero); 350 / 1500 = 0.2333 → 0.23
      //   realised: latest 2024 measurement 825.5 → 1000 − 825.5 = 174.5 h (lower is better);
      //   174.5 × 712.37 = 124 308.565 → 124 309; 174.5 / 1500 = 0.11633 → 0.12
      {
        year: 2024,
        sectorId: ho.id,
        sectorName: ho.name,
        type: "freed_capacity",
        plannedHours: 350,
        plannedNok: 249330,
        plannedFte: 0.23,
        realisedHours: 174.5,
        realisedNok: 124309,
        realisedFte: 0.12,
      },
      // 2024 no sector, quality = B4: 10 h; 10 × 712.37 = 7 123.7 → 7 124; 10 / 1500 = 0.00667 → 0.01; not_realised → realised 0
      {
        year: 2024,
        sectorId: null,
        sectorName: null,
        type: "quality",
        plannedHours: 10,
        plannedNok: 7124,
        plannedFte: 0.01,
        realisedHours: 0,
        realisedNok: 0,
        realisedFte: 0,
      },
      // 2025 HO freed_capacity = B1 + B2: 450 h; 450 × 712.37 = 320 566.5 → 320 567 (rounded after summing); 450 / 1500 = 0.3
      //   realised: B1 has no measurement in 2025 (no carrying forward), B2 has no alternative use → 0
      {
        year: 2025,
        sectorId: ho.id,
        sectorName: ho.name,
        type: "freed_capacity",
        plannedHours: 450,
        plannedNok: 320567,
        plannedFte: 0.3,
        realisedHours: 0,
        realisedNok: 0,
        realisedFte: 0,
      },
      // 2025 OK cost_reduction = B3 one-off in its start year: 50 000.4 → 50 000 NOK, no hours;
      //   realised 200 000 − 170 000.25 = 29 999.75 → 30 000 NOK (a nok indicator gives no hours)
      {
        year: 2025,
        sectorId: ok.id,
        sectorName: ok.name,
        type: "cost_reduction",
        plannedHours: 0,
        plannedNok: 50000,
        plannedFte: 0,
        realisedHours: 0,
        realisedNok: 30000,
        realisedFte: 0,
      },
      // 2026 HO freed_capacity: planned as 2025; realised B1 1000 − 700 = 300 h; 300 × 712.37 = 213 711; 300 / 1500 = 0.2
      {
        year: 2026,
        sectorId: ho.id,
        sectorName: ho.name,
        type: "freed_capacity",
        plannedHours: 450,
        plannedNok: 320567,
        plannedFte: 0.3,
        realisedHours: 300,
        realisedNok: 213711,
        realisedFte: 0.2,
      },
      // 2026 OK cost_reduction: one-off is not planned again; realised 200 000 − 160 000 = 40 000 NOK
      {
        year: 2026,
        sectorId: ok.id,
        sectorName: ok.name,
        type: "cost_reduction",
        plannedHours: 0,
        plannedNok: 0,
        plannedFte: 0,
        realisedHours: 0,
        realisedNok: 40000,
        realisedFte: 0,
      },
    ]);
  });

  it("totals per year round the unrounded sums and leave out disbenefits", async () => {
    const summary = await getBenefitSummary({ municipalityId: a.id, fromYear: 2023, toYear: 2026 });
    expect(summary.totals).toEqual([
      // 2023: nothing planned or measured
      { year: 2023, ...zero },
      // 2024: B1 350 h + B4 10 h = 360 h; 360 × 712.37 = 256 453.2 → 256 453; 360 / 1500 = 0.24
      //   (sum of the rounded rows would be 249 330 + 7 124 = 256 454: rounding happens once)
      //   realised 174.5 h, 124 309 NOK, 0.12 FTE
      { year: 2024, plannedHours: 360, plannedNok: 256453, plannedFte: 0.24, realisedHours: 174.5, realisedNok: 124309, realisedFte: 0.12 },
      // 2025: 450 h → 320 566.5 NOK + B3 50 000.4 NOK = 370 566.9 → 370 567; realised 29 999.75 → 30 000
      { year: 2025, plannedHours: 450, plannedNok: 370567, plannedFte: 0.3, realisedHours: 0, realisedNok: 30000, realisedFte: 0 },
      // 2026: 450 h → 320 567 NOK; realised 300 h → 213 711 + 40 000 = 253 711 NOK
      { year: 2026, plannedHours: 450, plannedNok: 320567, plannedFte: 0.3, realisedHours: 300, realisedNok: 253711, realisedFte: 0.2 },
    ]);
    // Disbenefits separately: B5 in 2024 only. Planned 20 h; 20 × 712.37 = 14 247.4 → 14 247; 20 / 1500 = 0.0133 → 0.01.
    // Realised 100 − 130 = −30 h (worse); −30 × 712.37 = −21 371.1 → −21 371; −30 / 1500 = −0.02.
    expect(summary.disbenefits).toEqual([
      { year: 2023, ...zero },
      { year: 2024, plannedHours: 20, plannedNok: 14247, plannedFte: 0.01, realisedHours: -30, realisedNok: -21371, realisedFte: -0.02 },
      { year: 2025, ...zero },
      { year: 2026, ...zero },
    ]);
  });

  it("counts an open-ended annual benefit through toYear and ignores data outside the range", async () => {
    const summary = await getBenefitSummary({ municipalityId: a.id, fromYear: 2027, toYear: 2028 });
    // Only B2 (100 h from 2025, open end) is planned after 2026: 100 × 712.37 = 71 237; 100 / 1500 = 0.0667 → 0.07.
    expect(summary.rows).toEqual([
      {
        year: 2027,
        sectorId: ho.id,
        sectorName: ho.name,
        type: "freed_capacity",
        plannedHours: 100,
        plannedNok: 71237,
        plannedFte: 0.07,
        realisedHours: 0,
        realisedNok: 0,
        realisedFte: 0,
      },
      {
        year: 2028,
        sectorId: ho.id,
        sectorName: ho.name,
        type: "freed_capacity",
        plannedHours: 100,
        plannedNok: 71237,
        plannedFte: 0.07,
        realisedHours: 0,
        realisedNok: 0,
        realisedFte: 0,
      },
    ]);
  });

  it("does not leak another municipality's data and uses the default valuation without settings", async () => {
    const summary = await getBenefitSummary({ municipalityId: b.id, fromYear: 2024, toYear: 2025 });
    expect(summary.hourlyCostNok).toBe(DEFAULT_HOURLY_COST_NOK);
    expect(summary.hoursPerFte).toBe(DEFAULT_HOURS_PER_FTE);
    // B's benefit: planned 1000 h and an explicit 1 NOK per year (the explicit NOK wins over 1000 × 700);
    // 1000 / 1695 = 0.58997 → 0.59. Realised 5000 − 3000 = 2000 h (2024), 5000 − 2000 = 3000 h (2025), valued at 700 NOK.
    expect(summary.totals).toEqual([
      { year: 2024, plannedHours: 1000, plannedNok: 1, plannedFte: 0.59, realisedHours: 2000, realisedNok: 1400000, realisedFte: 1.18 },
      { year: 2025, plannedHours: 1000, plannedNok: 1, plannedFte: 0.59, realisedHours: 3000, realisedNok: 2100000, realisedFte: 1.77 },
    ]);
    expect(summary.rows.every((r) => r.sectorId !== ho.id && r.sectorId !== ok.id)).toBe(true);
    const ofA = await getBenefitSummary({ municipalityId: a.id, fromYear: 2024, toYear: 2025 });
    expect(ofA.totals.map((t) => t.plannedHours)).toEqual([360, 450]);
  });

  it("rejects invalid ranges", async () => {
    await expect(getBenefitSummary({ municipalityId: a.id, fromYear: 2026, toYear: 2025 })).rejects.toThrow(RangeError);
    await expect(getBenefitSummary({ municipalityId: a.id, fromYear: 2000, toYear: 2030 })).rejects.toThrow(RangeError);
    await expect(getBenefitSummary({ municipalityId: a.id, fromYear: 2024.5, toYear: 2025 })).rejects.toThrow(RangeError);
  });

  it("equals buildYearlyProfile for a measure whose sector holds only that measure", async () => {
    // Derive the profile input of measure M1 in JS from the stored rows, following schema.ts, and compare
    // it with the SQL rows of sector HO (which only holds M1).
    const fromYear = 2023;
    const toYear = 2028;
    const benefits = await db()
      .select()
      .from(benefit)
      .where(and(eq(benefit.measureId, m1), eq(benefit.municipalityId, a.id), eq(benefit.disbenefit, false)));
    const profileBenefits: ProfileBenefit[] = [];
    for (const row of benefits) {
      if (!row.periodFrom) continue;
      const hours = row.plannedHoursPerYear ?? 0;
      const [valuation] = await db()
        .select()
        .from(indicator)
        .where(and(eq(indicator.benefitId, row.id), eq(indicator.isValuationIndicator, true)));
      const realised: ProfileBenefit["realised"][number][] = [];
      const counts = row.status !== "not_realised" && (row.type !== "freed_capacity" || row.alternativeUse !== null);
      if (valuation && counts && valuation.baselineValue !== null) {
        const all = await db().select().from(measurement).where(eq(measurement.indicatorId, valuation.id));
        for (let year = fromYear; year <= toYear; year++) {
          const latest = latestMeasurement(
            all
              .filter((m) => m.measuredOn.startsWith(`${year}-`))
              .map((m) => ({ measuredOn: m.measuredOn, value: m.value, createdAt: m.createdAt.toISOString() })),
          );
          if (!latest) continue;
          const improvement = valuation.direction === "lower_is_better" ? valuation.baselineValue - latest.value : latest.value - valuation.baselineValue;
          realised.push(valuation.unit === "hours" ? { year, hours: improvement, nok: improvement * COST } : { year, hours: 0, nok: improvement });
        }
      }
      profileBenefits.push({
        recurrence: row.recurrence,
        startYear: Number(row.periodFrom.slice(0, 4)),
        endYear: row.periodTo ? Number(row.periodTo.slice(0, 4)) : null,
        plannedPerYear: { hours, nok: row.plannedNokPerYear ?? hours * COST },
        realised,
      });
    }
    const profile = buildYearlyProfile({ fromYear, toYear, benefits: profileBenefits, hoursPerFte: PER_FTE });

    const summary = await getBenefitSummary({ municipalityId: a.id, fromYear, toYear });
    const fromSql = profile.map(({ year }) => {
      const row = summary.rows.find((r) => r.year === year && r.sectorId === ho.id);
      if (!row) return { year, ...zero };
      const { sectorId: _s, sectorName: _n, type: _t, ...amounts } = row;
      return amounts;
    });
    expect(summary.rows.filter((r) => r.sectorId === ho.id).every((r) => r.type === "freed_capacity")).toBe(true);
    expect(fromSql).toEqual(profile);
    expect(profile.find((p) => p.year === 2024)).toMatchObject({ plannedNok: 249330, realisedNok: 124309 });

    // The same profile, asked for by measure: the totals of only M1's benefits.
    const byMeasure = await getBenefitSummary({ municipalityId: a.id, fromYear, toYear, measureId: m1 });
    expect(byMeasure.totals).toEqual(profile);
    expect(byMeasure.rows.every((r) => r.sectorId === ho.id)).toBe(true);
  });
});

describe("getBenefitSummary with publishedOnly", () => {
  it("counts only the benefits of published measures (the public plan page)", async () => {
    const range = { municipalityId: a.id, fromYear: 2024, toYear: 2026 };
    const none = await getBenefitSummary({ ...range, publishedOnly: true });
    expect(none.rows).toEqual([]);
    expect(none.totals).toEqual([2024, 2025, 2026].map((year) => ({ year, ...zero })));
    await db().update(measure).set({ published: true }).where(eq(measure.id, m1));
    try {
      const published = await getBenefitSummary({ ...range, publishedOnly: true });
      expect(published).toEqual(await getBenefitSummary({ ...range, measureId: m1 }));
      expect((await getBenefitSummary(range)).rows.length).toBeGreaterThan(published.rows.length);
    } finally {
      await db().update(measure).set({ published: false }).where(eq(measure.id, m1));
    }
  });
});

describe("GET /api/v1/benefits/summary", () => {
  async function get(query: string, token?: string) {
    const headers = new Headers();
    if (token) headers.set("Authorization", `Bearer ${token}`);
    const request = new Request(`http://localhost/api/v1/benefits/summary${query}`, { headers });
    const response = await summaryRoute.loader({ request, params: {}, context: {} } as never);
    return { status: response.status, json: (await response.json()) as any };
  }

  let readerToken: string;
  beforeAll(async () => {
    readerToken = (await createApiToken({ municipalityId: a.id, principal: admin, input: { role: "reader", name: "Leser" } })).token;
  });

  it("returns rows, totals, disbenefits and the valuation used", async () => {
    const res = await get("?from=2024&to=2026", readerToken);
    expect(res.status).toBe(200);
    const summary = await getBenefitSummary({ municipalityId: a.id, fromYear: 2024, toYear: 2026 });
    expect(res.json).toEqual({
      data: summary.rows,
      totals: summary.totals,
      disbenefits: summary.disbenefits,
      meta: { from: 2024, to: 2026, hourlyCostNok: COST, hoursPerFte: PER_FTE },
    });
    expect(res.json.totals[2]).toMatchObject({ year: 2026, realisedNok: 253711 });
  });

  it("requires authentication", async () => {
    expect((await get("?from=2024&to=2026")).status).toBe(401);
  });

  it("validates the years with per-field messages", async () => {
    const missing = await get("", readerToken);
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.json.error.fields).sort()).toEqual(["from", "to"]);

    const bad = await get("?from=1999&to=20x5", readerToken);
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields.from).toMatch(/2000 og 2100/);
    expect(bad.json.error.fields.to).toMatch(/2000 og 2100/);

    const order = await get("?from=2026&to=2024", readerToken);
    expect(order.status).toBe(400);
    expect(Object.keys(order.json.error.fields)).toEqual(["to"]);

    const span = await get("?from=2000&to=2030", readerToken);
    expect(span.status).toBe(400);
    expect(span.json.error.fields.to).toMatch(/2029/);

    expect((await get("?from=2000&to=2029", readerToken)).status).toBe(200);
    expect((await get("?from=2024.0&to=2025", readerToken)).status).toBe(400);
  });
});
