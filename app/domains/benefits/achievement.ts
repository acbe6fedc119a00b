/**
 * Target achievement (måloppnåelse) of a benefit indicator.
 *
 *   achievement = (measured − baseline) / (target − baseline)
 *
 * 0 means "still at the baseline", 1 means "target reached". The formula needs no special case
 * for indicators where lower is better: with baseline 100 h, target 40 h and a measured 70 h it
 * gives (70 − 100) / (40 − 100) = 0.5. Values below 0 mean the indicator moved the wrong way,
 * values above 1 mean the target was exceeded.
 *
 * Inconsistent direction: when the direction says lower is better but the target is above the
 * baseline (or higher is better and the target is below it), the indicator is set up
 * contradictorily. We still compute the formula – the target is the explicit, quantitative
 * commitment and the formula measures progress towards it – and report `consistent: false` so
 * that the UI can warn and ask the owner to fix either the direction or the target. Guessing
 * which of the two is wrong (e.g. flipping the sign) would silently show a misleading number.
 */
import { intlLocales } from "~/kit/i18n";
import { roundHalfAwayFromZero } from "./valuation";

export type Direction = "higher_is_better" | "lower_is_better";

export type AchievementStatus = "no_baseline" | "no_target" | "zero_span" | "ok";

export interface AchievementInput {
  baseline: number | null;
  target: number | null;
  value: number;
  direction: Direction;
}

export interface Achievement {
  /** Unclamped achievement as a fraction (0.5 = 50 %); null unless status is "ok". */
  raw: number | null;
  /** `raw` clamped to [ACHIEVEMENT_DISPLAY_MIN, ACHIEVEMENT_DISPLAY_MAX] for charts and UI. */
  display: number | null;
  status: AchievementStatus;
  /**
   * False only when status is "ok" and the target lies on the wrong side of the baseline for the
   * direction (see the module comment). True whenever it cannot be judged (missing baseline or
   * target, zero span).
   */
  consistent: boolean;
}

/** Lowest achievement shown in charts and UI (−100 %). */
export const ACHIEVEMENT_DISPLAY_MIN = -1;
/** Highest achievement shown in charts and UI (200 %). */
export const ACHIEVEMENT_DISPLAY_MAX = 2;

export type AchievementLang = "nb" | "nn";

function assertFiniteOrNull(name: string, value: number | null): void {
  if (value !== null && !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number or null`);
  }
}

/** Whether the target lies on the side of the baseline that the direction calls better. */
export function isDirectionConsistent(input: { baseline: number; target: number; direction: Direction }): boolean {
  const { baseline, target, direction } = input;
  if (target === baseline) return true;
  return direction === "higher_is_better" ? target > baseline : target < baseline;
}

/**
 * Achievement of one measured value. Missing baseline is reported before missing target; a target
 * equal to the baseline gives "zero_span" (the formula would divide by zero). Throws RangeError
 * when a given number is NaN or infinite.
 */
export function computeAchievement(input: AchievementInput): Achievement {
  const { baseline, target, value, direction } = input;
  assertFiniteOrNull("baseline", baseline);
  assertFiniteOrNull("target", target);
  if (!Number.isFinite(value)) throw new RangeError("value must be a finite number");

  if (baseline === null) return { raw: null, display: null, status: "no_baseline", consistent: true };
  if (target === null) return { raw: null, display: null, status: "no_target", consistent: true };
  if (target === baseline) return { raw: null, display: null, status: "zero_span", consistent: true };

  const quotient = (value - baseline) / (target - baseline);
  const raw = quotient === 0 ? 0 : quotient; // no −0
  const display = Math.min(ACHIEVEMENT_DISPLAY_MAX, Math.max(ACHIEVEMENT_DISPLAY_MIN, raw));
  return { raw, display, status: "ok", consistent: isDirectionConsistent({ baseline, target, direction }) };
}

/**
 * An achievement fraction as a whole percent in Norwegian notation: 0.5 → "50 %", −0.25 → "−25 %",
 * 2 → "200 %". The space before "%" is a no-break space (U+00A0) and the minus sign is U+2212, as
 * `Intl.NumberFormat("nb-NO", { style: "percent" })` writes them. Rounded half away from zero
 * (0.125 → "13 %"). Null (no achievement) gives "".
 */
export function formatAchievementPercent(display: number | null, lang: AchievementLang): string {
  if (display === null || !Number.isFinite(display)) return "";
  const rounded = roundHalfAwayFromZero(display * 100, 0);
  const number = new Intl.NumberFormat(intlLocales(lang), { maximumFractionDigits: 0 }).format(rounded);
  return `${number}\u00a0%`;
}

export interface DatedMeasurement {
  /** ISO date "YYYY-MM-DD". */
  measuredOn: string;
  value: number;
  /**
   * Optional ISO timestamp in one consistent format (e.g. UTC "2024-05-01T10:00:00.000Z"); breaks
   * ties between measurements on the same date. Compared as text.
   */
  createdAt?: string;
}

/**
 * The newest measurement by `measuredOn`; on the same date the one with the later `createdAt`,
 * and otherwise the one that comes last in the array. Null for an empty list.
 */
export function latestMeasurement<M extends DatedMeasurement>(measurements: ReadonlyArray<M>): M | null {
  let latest: M | null = null;
  for (const m of measurements) {
    if (latest === null || m.measuredOn > latest.measuredOn) {
      latest = m;
    } else if (m.measuredOn === latest.measuredOn && (m.createdAt ?? "") >= (latest.createdAt ?? "")) {
      latest = m;
    }
  }
  return latest;
}

/**
 * The achievement of the newest measurement (see `latestMeasurement`) against the indicator's
 * baseline, target and direction. Null when there are no measurements.
 */
export function latestAchievement<M extends DatedMeasurement>(
  measurements: ReadonlyArray<M>,
  indicator: { baseline: number | null; target: number | null; direction: Direction },
): { measurement: M; achievement: Achievement } | null {
  const measurement = latestMeasurement(measurements);
  if (measurement === null) return null;
  return { measurement, achievement: computeAchievement({ ...indicator, value: measurement.value }) };
}
