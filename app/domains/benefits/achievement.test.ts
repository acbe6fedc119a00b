import { describe, expect, it } from "vitest";
import {
  ACHIEVEMENT_DISPLAY_MAX,
  ACHIEVEMENT_DISPLAY_MIN,
  computeAchievement,
  formatAchievementPercent,
  isDirectionConsistent,
  latestAchievement,
  latestMeasurement,
  type DatedMeasurement,
} from "./achievement";

const NBSP = "\u00a0";
const MINUS = "\u2212";

describe("computeAchievement – higher is better", () => {
  const base = { baseline: 20, target: 80, direction: "higher_is_better" as const };

  it.each([
    [20, 0],
    [50, 0.5],
    [80, 1],
    [35, 0.25],
  ])("value %d gives %d", (value, expected) => {
    const result = computeAchievement({ ...base, value });
    expect(result.status).toBe("ok");
    expect(result.consistent).toBe(true);
    expect(result.raw).toBeCloseTo(expected, 12);
    expect(result.display).toBeCloseTo(expected, 12);
  });

  it("gives a negative achievement when the indicator moved the wrong way", () => {
    expect(computeAchievement({ ...base, value: 5 })).toEqual({ raw: -0.25, display: -0.25, status: "ok", consistent: true });
  });

  it("gives more than 100 % when the target is exceeded", () => {
    expect(computeAchievement({ ...base, value: 110 })).toEqual({ raw: 1.5, display: 1.5, status: "ok", consistent: true });
  });

  it("handles a negative baseline", () => {
    expect(computeAchievement({ baseline: -10, target: 10, value: 0, direction: "higher_is_better" }).raw).toBe(0.5);
  });

  it("never returns −0 at the baseline", () => {
    const result = computeAchievement({ baseline: 100, target: 40, value: 100, direction: "lower_is_better" });
    expect(Object.is(result.raw, 0)).toBe(true);
    expect(Object.is(result.display, 0)).toBe(true);
  });
});

describe("computeAchievement – lower is better", () => {
  const base = { baseline: 100, target: 40, direction: "lower_is_better" as const };

  it("needs no special case: baseline 100 h, target 40 h, measured 70 h → 50 %", () => {
    expect(computeAchievement({ ...base, value: 70 })).toEqual({ raw: 0.5, display: 0.5, status: "ok", consistent: true });
  });

  it.each([
    [100, 0],
    [40, 1],
    [85, 0.25],
    [130, -0.5], // got worse
    [10, 1.5], // beat the target
  ])("value %d gives %d", (value, expected) => {
    expect(computeAchievement({ ...base, value }).raw).toBeCloseTo(expected, 12);
  });

  it("handles a target of zero (e.g. zero paper forms)", () => {
    expect(computeAchievement({ baseline: 400, target: 0, value: 100, direction: "lower_is_better" }).raw).toBe(0.75);
  });
});

describe("computeAchievement – display clamping", () => {
  const base = { baseline: 0, target: 10, direction: "higher_is_better" as const };

  it("clamps display to [−1, 2] but keeps raw", () => {
    expect(computeAchievement({ ...base, value: 50 })).toEqual({ raw: 5, display: 2, status: "ok", consistent: true });
    expect(computeAchievement({ ...base, value: -40 })).toEqual({ raw: -4, display: -1, status: "ok", consistent: true });
  });

  it("keeps the bounds themselves", () => {
    expect(computeAchievement({ ...base, value: 20 }).display).toBe(ACHIEVEMENT_DISPLAY_MAX);
    expect(computeAchievement({ ...base, value: -10 }).display).toBe(ACHIEVEMENT_DISPLAY_MIN);
    expect(ACHIEVEMENT_DISPLAY_MIN).toBe(-1);
    expect(ACHIEVEMENT_DISPLAY_MAX).toBe(2);
  });

  it("clamps a lower-is-better indicator the same way", () => {
    const result = computeAchievement({ baseline: 100, target: 90, value: 400, direction: "lower_is_better" });
    expect(result.raw).toBe(-30);
    expect(result.display).toBe(-1);
  });
});

describe("computeAchievement – missing data", () => {
  it("reports a missing baseline", () => {
    expect(computeAchievement({ baseline: null, target: 10, value: 5, direction: "higher_is_better" })).toEqual({
      raw: null,
      display: null,
      status: "no_baseline",
      consistent: true,
    });
  });

  it("reports a missing target", () => {
    expect(computeAchievement({ baseline: 10, target: null, value: 5, direction: "lower_is_better" })).toEqual({
      raw: null,
      display: null,
      status: "no_target",
      consistent: true,
    });
  });

  it("reports a missing baseline before a missing target", () => {
    expect(computeAchievement({ baseline: null, target: null, value: 5, direction: "higher_is_better" }).status).toBe("no_baseline");
  });

  it("reports zero span when target equals baseline (no division by zero)", () => {
    for (const value of [50, 49, 51]) {
      expect(computeAchievement({ baseline: 50, target: 50, value, direction: "higher_is_better" })).toEqual({
        raw: null,
        display: null,
        status: "zero_span",
        consistent: true,
      });
    }
  });

  it("treats a baseline of 0 as present", () => {
    expect(computeAchievement({ baseline: 0, target: 4, value: 1, direction: "higher_is_better" }).raw).toBe(0.25);
  });

  it("rejects NaN and infinite numbers", () => {
    expect(() => computeAchievement({ baseline: 0, target: 1, value: Number.NaN, direction: "higher_is_better" })).toThrow(RangeError);
    expect(() => computeAchievement({ baseline: 0, target: Infinity, value: 1, direction: "higher_is_better" })).toThrow(RangeError);
    expect(() => computeAchievement({ baseline: Number.NaN, target: 1, value: 1, direction: "higher_is_better" })).toThrow(RangeError);
  });
});

describe("computeAchievement – inconsistent direction", () => {
  it("still computes towards the target when lower is better but the target is above the baseline", () => {
    // The target is the explicit commitment; the direction contradicts it, so it is flagged.
    expect(computeAchievement({ baseline: 40, target: 100, value: 70, direction: "lower_is_better" })).toEqual({
      raw: 0.5,
      display: 0.5,
      status: "ok",
      consistent: false,
    });
  });

  it("still computes towards the target when higher is better but the target is below the baseline", () => {
    expect(computeAchievement({ baseline: 100, target: 40, value: 70, direction: "higher_is_better" })).toEqual({
      raw: 0.5,
      display: 0.5,
      status: "ok",
      consistent: false,
    });
  });

  it("does not flip the sign to guess the intent", () => {
    // Had the direction been right, 130 would be progress; with the target at 40 it is not.
    expect(computeAchievement({ baseline: 100, target: 40, value: 130, direction: "higher_is_better" }).raw).toBe(-0.5);
  });
});

describe("isDirectionConsistent", () => {
  it.each([
    [10, 20, "higher_is_better", true],
    [20, 10, "higher_is_better", false],
    [20, 10, "lower_is_better", true],
    [10, 20, "lower_is_better", false],
    [10, 10, "higher_is_better", true],
    [10, 10, "lower_is_better", true],
  ] as const)("baseline %d, target %d, %s → %s", (baseline, target, direction, expected) => {
    expect(isDirectionConsistent({ baseline, target, direction })).toBe(expected);
  });
});

describe("formatAchievementPercent", () => {
  it("formats whole percent with a no-break space", () => {
    expect(formatAchievementPercent(0.5, "nb")).toBe(`50${NBSP}%`);
    expect(formatAchievementPercent(0, "nb")).toBe(`0${NBSP}%`);
    expect(formatAchievementPercent(1, "nn")).toBe(`100${NBSP}%`);
    expect(formatAchievementPercent(2, "nb")).toBe(`200${NBSP}%`);
  });

  it("uses the Unicode minus sign for negatives", () => {
    expect(formatAchievementPercent(-0.25, "nb")).toBe(`${MINUS}25${NBSP}%`);
    expect(formatAchievementPercent(-1, "nn")).toBe(`${MINUS}100${NBSP}%`);
  });

  it("matches Intl's own percent style for whole percents", () => {
    const intl = new Intl.NumberFormat("nb-NO", { style: "percent", maximumFractionDigits: 0 });
    for (const v of [0.5, -0.5, 1.23, 2, 0]) expect(formatAchievementPercent(v, "nb")).toBe(intl.format(v));
  });

  it("rounds half away from zero, also through floating-point traps", () => {
    expect(formatAchievementPercent(0.125, "nb")).toBe(`13${NBSP}%`);
    expect(formatAchievementPercent(-0.125, "nb")).toBe(`${MINUS}13${NBSP}%`);
    expect(formatAchievementPercent(0.285, "nb")).toBe(`29${NBSP}%`); // 0.285 × 100 = 28.499999999999996
    expect(formatAchievementPercent(0.124, "nb")).toBe(`12${NBSP}%`);
    expect(formatAchievementPercent(0.999, "nb")).toBe(`100${NBSP}%`);
  });

  it("never shows −0 %", () => {
    expect(formatAchievementPercent(-0.001, "nb")).toBe(`0${NBSP}%`);
    expect(formatAchievementPercent(-0, "nb")).toBe(`0${NBSP}%`);
  });

  it("formats large raw values with Norwegian grouping", () => {
    expect(formatAchievementPercent(12.5, "nb")).toBe(`1${NBSP}250${NBSP}%`);
  });

  it("gives an empty string when there is no achievement", () => {
    expect(formatAchievementPercent(null, "nb")).toBe("");
    expect(formatAchievementPercent(Number.NaN, "nb")).toBe("");
  });

  it("formats what computeAchievement displays", () => {
    const { display } = computeAchievement({ baseline: 100, target: 40, value: 70, direction: "lower_is_better" });
    expect(formatAchievementPercent(display, "nb")).toBe(`50${NBSP}%`);
  });
});

describe("latestMeasurement", () => {
  it("returns null for no measurements", () => {
    expect(latestMeasurement([])).toBeNull();
  });

  it("picks the newest by date regardless of order", () => {
    const list: DatedMeasurement[] = [
      { measuredOn: "2024-03-01", value: 1 },
      { measuredOn: "2025-01-15", value: 3 },
      { measuredOn: "2024-12-31", value: 2 },
    ];
    expect(latestMeasurement(list)?.value).toBe(3);
    expect(latestMeasurement([...list].reverse())?.value).toBe(3);
  });

  it("breaks ties on the same date by createdAt", () => {
    const list: DatedMeasurement[] = [
      { measuredOn: "2025-01-15", value: 1, createdAt: "2025-01-16T10:00:00.000Z" },
      { measuredOn: "2025-01-15", value: 2, createdAt: "2025-01-16T09:00:00.000Z" },
    ];
    expect(latestMeasurement(list)?.value).toBe(1);
    expect(latestMeasurement([...list].reverse())?.value).toBe(1);
  });

  it("breaks remaining ties by array order (last wins)", () => {
    const list: DatedMeasurement[] = [
      { measuredOn: "2025-01-15", value: 1 },
      { measuredOn: "2025-01-15", value: 2 },
    ];
    expect(latestMeasurement(list)?.value).toBe(2);
  });

  it("keeps the caller's measurement type", () => {
    const list = [{ measuredOn: "2025-01-01", value: 1, id: "a", comment: "ok" }];
    const latest = latestMeasurement(list);
    expect(latest?.id).toBe("a");
    expect(latest?.comment).toBe("ok");
  });
});

describe("latestAchievement", () => {
  const indicator = { baseline: 100, target: 40, direction: "lower_is_better" as const };

  it("returns null without measurements", () => {
    expect(latestAchievement([], indicator)).toBeNull();
  });

  it("computes the achievement of the newest measurement", () => {
    const measurements = [
      { measuredOn: "2025-06-30", value: 70, id: "newest" },
      { measuredOn: "2024-06-30", value: 90, id: "older" },
    ];
    const result = latestAchievement(measurements, indicator);
    expect(result?.measurement.id).toBe("newest");
    expect(result?.achievement).toEqual({ raw: 0.5, display: 0.5, status: "ok", consistent: true });
  });

  it("passes the indicator's status through", () => {
    const result = latestAchievement([{ measuredOn: "2025-01-01", value: 3 }], { ...indicator, baseline: null });
    expect(result?.achievement.status).toBe("no_baseline");
    expect(result?.achievement.raw).toBeNull();
  });
});
