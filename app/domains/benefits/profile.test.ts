import { describe, expect, it } from "vitest";
import { buildYearlyProfile, MAX_PROFILE_YEARS, type ProfileBenefit, type YearlyProfileRow } from "./profile";
import { hoursToFte, roundNok } from "./valuation";

const zeroRow = (year: number): YearlyProfileRow => ({
  year,
  plannedNok: 0,
  realisedNok: 0,
  plannedHours: 0,
  realisedHours: 0,
  plannedFte: 0,
  realisedFte: 0,
});

function benefit(overrides: Partial<ProfileBenefit>): ProfileBenefit {
  return {
    recurrence: "annual",
    startYear: 2025,
    endYear: null,
    plannedPerYear: { nok: 0, hours: 0 },
    realised: [],
    ...overrides,
  };
}

describe("buildYearlyProfile – shape", () => {
  it("gives one zero row per year when there are no benefits", () => {
    expect(buildYearlyProfile({ fromYear: 2024, toYear: 2026, benefits: [], hoursPerFte: 1695 })).toEqual([zeroRow(2024), zeroRow(2025), zeroRow(2026)]);
  });

  it("gives a single row for a one-year range", () => {
    expect(buildYearlyProfile({ fromYear: 2025, toYear: 2025, benefits: [], hoursPerFte: 1695 })).toEqual([zeroRow(2025)]);
  });

  it("gives no rows when fromYear is after toYear", () => {
    expect(buildYearlyProfile({ fromYear: 2026, toYear: 2025, benefits: [benefit({ plannedPerYear: { nok: 1, hours: 1 } })], hoursPerFte: 1695 })).toEqual([]);
  });

  it("rejects non-integer years, too long ranges and invalid hours per FTE", () => {
    expect(() => buildYearlyProfile({ fromYear: 2024.5, toYear: 2026, benefits: [], hoursPerFte: 1695 })).toThrow(RangeError);
    expect(() => buildYearlyProfile({ fromYear: 2000, toYear: 2000 + MAX_PROFILE_YEARS, benefits: [], hoursPerFte: 1695 })).toThrow(RangeError);
    expect(buildYearlyProfile({ fromYear: 2000, toYear: 1999 + MAX_PROFILE_YEARS, benefits: [], hoursPerFte: 1695 })).toHaveLength(MAX_PROFILE_YEARS);
    expect(() => buildYearlyProfile({ fromYear: 2024, toYear: 2026, benefits: [], hoursPerFte: 0 })).toThrow(RangeError);
    expect(() => buildYearlyProfile({ fromYear: 2024, toYear: 2026, benefits: [], hoursPerFte: Number.NaN })).toThrow(RangeError);
  });
});

describe("buildYearlyProfile – planned", () => {
  it("spreads an annual benefit over [startYear, endYear]", () => {
    const rows = buildYearlyProfile({
      fromYear: 2024,
      toYear: 2028,
      benefits: [benefit({ startYear: 2025, endYear: 2027, plannedPerYear: { nok: 700_000, hours: 1000 } })],
      hoursPerFte: 1695,
    });
    expect(rows.map((r) => r.plannedNok)).toEqual([0, 700_000, 700_000, 700_000, 0]);
    expect(rows.map((r) => r.plannedHours)).toEqual([0, 1000, 1000, 1000, 0]);
    expect(rows.map((r) => r.plannedFte)).toEqual([0, 0.59, 0.59, 0.59, 0]);
    expect(rows.every((r) => r.realisedNok === 0 && r.realisedHours === 0 && r.realisedFte === 0)).toBe(true);
  });

  it("runs an open-ended annual benefit to the end of the profile", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2030,
      benefits: [benefit({ startYear: 2026, endYear: null, plannedPerYear: { nok: 100, hours: 0 } })],
      hoursPerFte: 1695,
    });
    expect(rows.map((r) => r.plannedNok)).toEqual([0, 100, 100, 100, 100, 100]);
  });

  it("counts a one-off benefit only in its start year", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2027,
      benefits: [benefit({ recurrence: "one_off", startYear: 2026, endYear: 2027, plannedPerYear: { nok: 250_000, hours: 1695 } })],
      hoursPerFte: 1695,
    });
    expect(rows.map((r) => [r.plannedNok, r.plannedHours, r.plannedFte])).toEqual([
      [0, 0, 0],
      [250_000, 1695, 1],
      [0, 0, 0],
    ]);
  });

  it("ignores planned amounts outside the profile's range", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2026,
      benefits: [
        benefit({ recurrence: "one_off", startYear: 2024, plannedPerYear: { nok: 999, hours: 9 } }),
        benefit({ recurrence: "one_off", startYear: 2027, plannedPerYear: { nok: 999, hours: 9 } }),
        benefit({ startYear: 2020, endYear: 2024, plannedPerYear: { nok: 999, hours: 9 } }),
      ],
      hoursPerFte: 1695,
    });
    expect(rows).toEqual([zeroRow(2025), zeroRow(2026)]);
  });

  it("counts an annual benefit that started before the profile in the years it overlaps", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2027,
      benefits: [benefit({ startYear: 2020, endYear: 2026, plannedPerYear: { nok: 10, hours: 1 } })],
      hoursPerFte: 1695,
    });
    expect(rows.map((r) => r.plannedNok)).toEqual([10, 10, 0]);
  });
});

describe("buildYearlyProfile – realised", () => {
  it("counts realised entries in their own year, summing several per year", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2027,
      benefits: [
        benefit({
          startYear: 2025,
          plannedPerYear: { nok: 700_000, hours: 1000 },
          realised: [
            { year: 2025, nok: 300_000, hours: 400 },
            { year: 2025, nok: 150_000, hours: 200 },
            { year: 2026, nok: 800_000, hours: 1200 },
          ],
        }),
      ],
      hoursPerFte: 1695,
    });
    expect(rows[0]).toEqual({
      year: 2025,
      plannedNok: 700_000,
      realisedNok: 450_000,
      plannedHours: 1000,
      realisedHours: 600,
      plannedFte: 0.59,
      realisedFte: 0.35,
    });
    expect(rows[1]).toEqual({
      year: 2026,
      plannedNok: 700_000,
      realisedNok: 800_000,
      plannedHours: 1000,
      realisedHours: 1200,
      plannedFte: 0.59,
      realisedFte: 0.71,
    });
    expect(rows[2]).toEqual({ ...zeroRow(2027), plannedNok: 700_000, plannedHours: 1000, plannedFte: 0.59 });
  });

  it("counts realised entries outside the benefit's planned period (earlier or later than planned)", () => {
    const rows = buildYearlyProfile({
      fromYear: 2024,
      toYear: 2026,
      benefits: [
        benefit({
          recurrence: "one_off",
          startYear: 2025,
          realised: [
            { year: 2024, nok: 5, hours: 0 },
            { year: 2026, nok: 7, hours: 0 },
          ],
        }),
      ],
      hoursPerFte: 1695,
    });
    expect(rows.map((r) => r.realisedNok)).toEqual([5, 0, 7]);
  });

  it("ignores realised entries outside the profile's range", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2025,
      benefits: [
        benefit({
          realised: [
            { year: 2024, nok: 1, hours: 1 },
            { year: 2026, nok: 1, hours: 1 },
          ],
        }),
      ],
      hoursPerFte: 1695,
    });
    expect(rows).toEqual([zeroRow(2025)]);
  });
});

describe("buildYearlyProfile – several benefits and rounding", () => {
  it("adds up benefits of different recurrences", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2026,
      benefits: [
        benefit({ startYear: 2025, endYear: null, plannedPerYear: { nok: 100_000, hours: 100 }, realised: [{ year: 2025, nok: 90_000, hours: 90 }] }),
        benefit({ recurrence: "one_off", startYear: 2026, plannedPerYear: { nok: 50_000, hours: 50 }, realised: [{ year: 2026, nok: 60_000, hours: 60 }] }),
      ],
      hoursPerFte: 1695,
    });
    expect(rows.map((r) => [r.plannedNok, r.realisedNok, r.plannedHours, r.realisedHours])).toEqual([
      [100_000, 90_000, 100, 90],
      [150_000, 60_000, 150, 60],
    ]);
  });

  it("rounds after summing, not per benefit (like round(sum(x)) in SQL)", () => {
    // Three benefits of 0.4 NOK: sum 1.2 → 1 (rounding each first would give 0).
    // Two of 0.5 NOK: sum 1 (rounding each first would give 2).
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2026,
      benefits: [
        benefit({ startYear: 2025, endYear: 2025, plannedPerYear: { nok: 0.4, hours: 0 } }),
        benefit({ startYear: 2025, endYear: 2025, plannedPerYear: { nok: 0.4, hours: 0 } }),
        benefit({ startYear: 2025, endYear: 2025, plannedPerYear: { nok: 0.4, hours: 0 } }),
        benefit({ startYear: 2026, endYear: 2026, plannedPerYear: { nok: 0.5, hours: 0 } }),
        benefit({ startYear: 2026, endYear: 2026, plannedPerYear: { nok: 0.5, hours: 0 } }),
      ],
      hoursPerFte: 1695,
    });
    expect(rows.map((r) => r.plannedNok)).toEqual([1, 1]);
  });

  it("derives FTE from the summed hours, not by adding rounded FTEs", () => {
    // 0.004 FTE each would round to 0; together 0.008 → 0.01.
    const hours = 0.004 * 1695; // 6.78
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2025,
      benefits: [benefit({ plannedPerYear: { nok: 0, hours } }), benefit({ plannedPerYear: { nok: 0, hours } })],
      hoursPerFte: 1695,
    });
    expect(hoursToFte({ hours, hoursPerFte: 1695 })).toBe(0);
    expect(rows[0]?.plannedFte).toBe(0.01);
  });

  it("rounds NOK half away from zero as valuation.ts does", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2025,
      benefits: [
        benefit({ plannedPerYear: { nok: 0.7 * 715, hours: 0 }, realised: [{ year: 2025, nok: -249_329.5, hours: 0 }] }), // 500.49999999999994
      ],
      hoursPerFte: 1695,
    });
    expect(rows[0]?.plannedNok).toBe(501);
    expect(rows[0]?.plannedNok).toBe(roundNok(0.7 * 715));
    expect(rows[0]?.realisedNok).toBe(-249_330);
  });

  it("rounds hours to two decimals and FTE half away from zero", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2025,
      benefits: [
        benefit({ plannedPerYear: { nok: 0, hours: 0.1 } }),
        benefit({ plannedPerYear: { nok: 0, hours: 0.2 } }), // 0.30000000000000004
        benefit({ realised: [{ year: 2025, nok: 0, hours: 93.225 }] }), // 0.055 FTE
      ],
      hoursPerFte: 1695,
    });
    expect(rows[0]?.plannedHours).toBe(0.3);
    expect(rows[0]?.realisedHours).toBe(93.23);
    expect(rows[0]?.realisedFte).toBe(0.06);
  });

  it("nets disbenefits (negative amounts) against benefits", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2025,
      benefits: [benefit({ plannedPerYear: { nok: 200_000, hours: 300 } }), benefit({ plannedPerYear: { nok: -50_000, hours: -100 } })],
      hoursPerFte: 100,
    });
    expect(rows[0]).toEqual({ ...zeroRow(2025), plannedNok: 150_000, plannedHours: 200, plannedFte: 2 });
  });

  it("uses the given hours per FTE", () => {
    const rows = buildYearlyProfile({
      fromYear: 2025,
      toYear: 2025,
      benefits: [benefit({ plannedPerYear: { nok: 0, hours: 1500 } })],
      hoursPerFte: 1500,
    });
    expect(rows[0]?.plannedFte).toBe(1);
  });

  it("does not modify its input", () => {
    const benefits = [benefit({ plannedPerYear: { nok: 1, hours: 1 }, realised: [{ year: 2025, nok: 1, hours: 1 }] })];
    const copy = structuredClone(benefits);
    buildYearlyProfile({ fromYear: 2025, toYear: 2026, benefits, hoursPerFte: 1695 });
    expect(benefits).toEqual(copy);
  });
});
