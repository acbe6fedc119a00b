import { describe, expect, it } from "vitest";
import {
  annualise,
  countsInYear,
  DEFAULT_HOURLY_COST_NOK,
  DEFAULT_HOURS_PER_FTE,
  hoursToFte,
  hoursToNok,
  roundFte,
  roundHalfAwayFromZero,
  roundHours,
  roundNok,
  validateHours,
  validateValuationSettings,
} from "./valuation";

describe("defaults", () => {
  it("has the documented values", () => {
    expect(DEFAULT_HOURLY_COST_NOK).toBe(700);
    expect(DEFAULT_HOURS_PER_FTE).toBe(1695);
  });

  it("are valid settings", () => {
    expect(validateValuationSettings({ hourlyCostNok: DEFAULT_HOURLY_COST_NOK, hoursPerFte: DEFAULT_HOURS_PER_FTE })).toEqual({});
  });

  it("value one FTE at about 1.19 million NOK", () => {
    expect(hoursToNok({ hours: DEFAULT_HOURS_PER_FTE, hourlyCostNok: DEFAULT_HOURLY_COST_NOK })).toBe(1_186_500);
  });
});

describe("roundHalfAwayFromZero", () => {
  it("rounds halves away from zero in both directions", () => {
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
    expect(roundHalfAwayFromZero(1.5)).toBe(2);
    expect(roundHalfAwayFromZero(2.5)).toBe(3); // not banker's rounding
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3); // Math.round would give −2
  });

  it("rounds non-halves to the nearest", () => {
    expect(roundHalfAwayFromZero(2.49)).toBe(2);
    expect(roundHalfAwayFromZero(2.51)).toBe(3);
    expect(roundHalfAwayFromZero(-2.49)).toBe(-2);
  });

  it("survives floating-point representation of halves", () => {
    expect(roundHalfAwayFromZero(0.7 * 715)).toBe(501); // 500.49999999999994
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01); // 1.005 × 100 = 100.49999999999999
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(8.575, 2)).toBe(8.58);
    expect(roundHalfAwayFromZero(1.255, 2)).toBe(1.26);
  });

  it("returns 0, never −0", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.4), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.004, 2), 0)).toBe(true);
  });

  it("leaves non-finite values alone and rejects bad decimals", () => {
    expect(roundHalfAwayFromZero(Infinity)).toBe(Infinity);
    expect(roundHalfAwayFromZero(Number.NaN)).toBeNaN();
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
  });

  it("keeps large whole amounts", () => {
    expect(roundHalfAwayFromZero(123_456_789_012)).toBe(123_456_789_012);
    expect(roundHalfAwayFromZero(98_765_432.5)).toBe(98_765_433);
  });

  it("has unit helpers for NOK, FTE and hours", () => {
    expect(roundNok(1234.5)).toBe(1235);
    expect(roundFte(0.125)).toBe(0.13);
    expect(roundHours(0.1 + 0.2)).toBe(0.3);
  });
});

describe("validateValuationSettings", () => {
  const valid = { hourlyCostNok: 700, hoursPerFte: 1695 };

  it("accepts decimals and the bounds", () => {
    expect(validateValuationSettings({ hourlyCostNok: 712.37, hoursPerFte: 1687.5 })).toEqual({});
    expect(validateValuationSettings({ hourlyCostNok: 0.01, hoursPerFte: 1 })).toEqual({});
    expect(validateValuationSettings({ hourlyCostNok: 100_000, hoursPerFte: 3000 })).toEqual({});
  });

  it.each([0, -1, Number.NaN, Infinity, -Infinity])("rejects hourly cost %d as not positive", (hourlyCostNok) => {
    expect(validateValuationSettings({ ...valid, hourlyCostNok })).toEqual({ hourlyCostNok: { key: "benefits.hourlyCostPositive" } });
  });

  it("rejects an hourly cost above 100 000", () => {
    expect(validateValuationSettings({ ...valid, hourlyCostNok: 100_000.01 })).toEqual({ hourlyCostNok: { key: "benefits.hourlyCostTooHigh" } });
  });

  it.each([0, 0.99, 3000.01, -1695, Number.NaN, Infinity])("rejects %d hours per FTE", (hoursPerFte) => {
    expect(validateValuationSettings({ ...valid, hoursPerFte })).toEqual({ hoursPerFte: { key: "benefits.hoursPerFteRange" } });
  });

  it("reports both fields at once", () => {
    expect(validateValuationSettings({ hourlyCostNok: 0, hoursPerFte: 0 })).toEqual({
      hourlyCostNok: { key: "benefits.hourlyCostPositive" },
      hoursPerFte: { key: "benefits.hoursPerFteRange" },
    });
  });
});

describe("validateHours", () => {
  it.each([0, 0.25, 1695, 1_000_000])("accepts %d", (hours) => {
    expect(validateHours(hours)).toBeNull();
  });

  it.each([-0.01, -1, Number.NaN, Infinity, -Infinity])("rejects %d", (hours) => {
    expect(validateHours(hours)).toEqual({ key: "benefits.hoursNonNegative" });
  });
});

describe("hoursToNok", () => {
  it("multiplies hours by the hourly cost", () => {
    expect(hoursToNok({ hours: 350, hourlyCostNok: 700 })).toBe(245_000);
    expect(hoursToNok({ hours: 0, hourlyCostNok: 700 })).toBe(0);
    expect(hoursToNok({ hours: 1.5, hourlyCostNok: 700 })).toBe(1050);
  });

  it("rounds to whole NOK half away from zero", () => {
    expect(hoursToNok({ hours: 350, hourlyCostNok: 712.37 })).toBe(249_330); // 249 329.5
    expect(hoursToNok({ hours: 0.5, hourlyCostNok: 1 })).toBe(1);
    expect(hoursToNok({ hours: 2.5, hourlyCostNok: 1 })).toBe(3);
    expect(hoursToNok({ hours: 0.7, hourlyCostNok: 715 })).toBe(501); // 500.49999999999994 in floating point
    expect(hoursToNok({ hours: 1.005, hourlyCostNok: 100 })).toBe(101); // 100.49999999999999
    expect(hoursToNok({ hours: 4.35, hourlyCostNok: 100 })).toBe(435); // 434.99999999999994
    expect(hoursToNok({ hours: 0.3, hourlyCostNok: 845 })).toBe(254); // 253.5
    expect(hoursToNok({ hours: 10, hourlyCostNok: 712.37 })).toBe(7124); // 7123.7
    expect(hoursToNok({ hours: 1, hourlyCostNok: 712.49 })).toBe(712);
  });

  it("rounds negative hours (a disbenefit) symmetrically", () => {
    expect(hoursToNok({ hours: -350, hourlyCostNok: 712.37 })).toBe(-249_330);
    expect(hoursToNok({ hours: -0.7, hourlyCostNok: 715 })).toBe(-501);
    expect(Object.is(hoursToNok({ hours: -0.0001, hourlyCostNok: 700 }), 0)).toBe(true);
  });

  it("rejects non-finite input", () => {
    expect(() => hoursToNok({ hours: Number.NaN, hourlyCostNok: 700 })).toThrow(RangeError);
    expect(() => hoursToNok({ hours: 1, hourlyCostNok: Infinity })).toThrow(RangeError);
  });
});

describe("hoursToFte", () => {
  it("divides by hours per FTE", () => {
    expect(hoursToFte({ hours: 1695, hoursPerFte: 1695 })).toBe(1);
    expect(hoursToFte({ hours: 847.5, hoursPerFte: 1695 })).toBe(0.5);
    expect(hoursToFte({ hours: 0, hoursPerFte: 1695 })).toBe(0);
    expect(hoursToFte({ hours: 2542.5, hoursPerFte: 1695 })).toBe(1.5);
  });

  it("rounds to two decimals", () => {
    expect(hoursToFte({ hours: 1000, hoursPerFte: 1695 })).toBe(0.59); // 0.58997…
    expect(hoursToFte({ hours: 350, hoursPerFte: 1695 })).toBe(0.21); // 0.20648…
    expect(hoursToFte({ hours: 8, hoursPerFte: 1695 })).toBe(0); // 0.0047…
  });

  it("rounds halves away from zero through floating-point traps", () => {
    expect(hoursToFte({ hours: 93.225, hoursPerFte: 1695 })).toBe(0.06); // 0.055, scaled 5.499999999999999
    expect(hoursToFte({ hours: 483.075, hoursPerFte: 1695 })).toBe(0.29); // 0.285
    expect(hoursToFte({ hours: 1005, hoursPerFte: 1000 })).toBe(1.01); // 1.005
    expect(hoursToFte({ hours: -93.225, hoursPerFte: 1695 })).toBe(-0.06);
  });

  it("rejects invalid hours per FTE and non-finite hours", () => {
    expect(() => hoursToFte({ hours: 10, hoursPerFte: 0 })).toThrow(RangeError);
    expect(() => hoursToFte({ hours: 10, hoursPerFte: -1695 })).toThrow(RangeError);
    expect(() => hoursToFte({ hours: 10, hoursPerFte: Number.NaN })).toThrow(RangeError);
    expect(() => hoursToFte({ hours: Infinity, hoursPerFte: 1695 })).toThrow(RangeError);
  });
});

describe("annualise / countsInYear", () => {
  it("counts a one-off amount only in its first year", () => {
    const item = { amount: 500_000, recurrence: "one_off" as const, fromYear: 2025, toYear: 2028 };
    expect(annualise({ ...item, year: 2024 })).toBe(0);
    expect(annualise({ ...item, year: 2025 })).toBe(500_000);
    expect(annualise({ ...item, year: 2026 })).toBe(0);
    expect(annualise({ ...item, year: 2028 })).toBe(0);
  });

  it("ignores toYear for one-off amounts, also when null", () => {
    expect(annualise({ amount: 10, recurrence: "one_off", fromYear: 2025, toYear: null, year: 2025 })).toBe(10);
    expect(annualise({ amount: 10, recurrence: "one_off", fromYear: 2025, toYear: null, year: 2030 })).toBe(0);
  });

  it("counts an annual amount every year in [fromYear, toYear]", () => {
    const item = { amount: 120_000, recurrence: "annual" as const, fromYear: 2025, toYear: 2027 };
    expect([2024, 2025, 2026, 2027, 2028].map((year) => annualise({ ...item, year }))).toEqual([0, 120_000, 120_000, 120_000, 0]);
  });

  it("counts an open-ended annual amount every year from fromYear", () => {
    const item = { amount: 7, recurrence: "annual" as const, fromYear: 2025, toYear: null };
    expect(annualise({ ...item, year: 2024 })).toBe(0);
    expect(annualise({ ...item, year: 2025 })).toBe(7);
    expect(annualise({ ...item, year: 2099 })).toBe(7);
  });

  it("counts a single-year annual amount once", () => {
    expect(annualise({ amount: 5, recurrence: "annual", fromYear: 2026, toYear: 2026, year: 2026 })).toBe(5);
    expect(annualise({ amount: 5, recurrence: "annual", fromYear: 2026, toYear: 2026, year: 2027 })).toBe(0);
  });

  it("never counts an annual amount whose toYear is before fromYear", () => {
    for (const year of [2024, 2025, 2026]) {
      expect(countsInYear({ recurrence: "annual", fromYear: 2026, toYear: 2024, year })).toBe(false);
    }
  });

  it("returns the amount unrounded, including negatives", () => {
    expect(annualise({ amount: 0.5, recurrence: "annual", fromYear: 2025, toYear: null, year: 2026 })).toBe(0.5);
    expect(annualise({ amount: -300, recurrence: "one_off", fromYear: 2025, toYear: null, year: 2025 })).toBe(-300);
  });
});
