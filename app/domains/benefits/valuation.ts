/**
 * Valuation of freed capacity: hours → NOK and hours → FTE (årsverk), plus how a one-off or
 * annual amount counts in a given year.
 *
 * Freed time is valued as hours × hourly cost (DFØ / KS). It only counts as *realised* when its
 * alternative use is named and followed up; that rule lives with the benefit, not here.
 *
 * Rounding: money is rounded to whole kroner and FTEs to two decimals, both "half away from zero"
 * (0.5 → 1, −0.5 → −1). PostgreSQL's `round(numeric)` rounds the same way, so SQL aggregates that
 * are checked against these functions must round `numeric`, not `double precision` (whose `round`
 * rounds half to even).
 */

/**
 * Default fully loaded cost of one working hour for a municipal employee, in NOK.
 *
 * "Fully loaded" means salary plus holiday pay, pension, employer's national insurance
 * contribution (arbeidsgiveravgift) and a share of overhead (office, ICT, management). A typical
 * annual salary of roughly 600 000 NOK gives around 1.2 million NOK with those costs, which over
 * `DEFAULT_HOURS_PER_FTE` productive hours is about 700 NOK per hour. It is only a starting point:
 * each municipality sets its own figure (and may use different figures per sector).
 */
export const DEFAULT_HOURLY_COST_NOK = 700;

/**
 * Default productive hours in one FTE (årsverk).
 *
 * A full-time position is 37.5 hours a week: 52.14 weeks × 37.5 h ≈ 1 955 hours a year. Subtract
 * five weeks of holiday (187.5 h) and the public holidays that fall on weekdays (on average about
 * ten days, ≈ 72.5 h) and about 1 695 hours remain. Municipalities may set their own figure.
 */
export const DEFAULT_HOURS_PER_FTE = 1695;

/** Upper bound for the hourly cost setting (inclusive), in NOK. */
export const MAX_HOURLY_COST_NOK = 100_000;
/** Lower bound for hours per FTE (inclusive). */
export const MIN_HOURS_PER_FTE = 1;
/** Upper bound for hours per FTE (inclusive); a year has 8 760 hours, a heavy work year ~3 000. */
export const MAX_HOURS_PER_FTE = 3000;

/** Field error with a message key, structurally the app's `MessageRef`. */
export interface ValuationFieldError {
  key: ValuationErrorKey;
}

export type ValuationErrorKey = "benefits.hourlyCostPositive" | "benefits.hourlyCostTooHigh" | "benefits.hoursPerFteRange" | "benefits.hoursNonNegative";

export interface ValuationSettings {
  hourlyCostNok: number;
  hoursPerFte: number;
}

export type Recurrence = "one_off" | "annual";

/**
 * Rounds half away from zero to `decimals` decimals (0 → whole numbers).
 *
 * Binary floating point stores most decimal fractions inexactly, so a product that is exactly
 * x.5 on paper can arrive as x.4999999… (350 × 712.37 = 249 329.5, but the double is
 * 249 329.49999999997). The scaled value is therefore first cut to 15 significant digits – the
 * precision a double reliably holds – which removes that noise, and then rounded. Non-finite
 * input is returned unchanged; −0 becomes 0.
 */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) return value;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`decimals must be an integer in 0..10, got ${decimals}`);
  }
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Rounds an amount to whole NOK (half away from zero). */
export function roundNok(amount: number): number {
  return roundHalfAwayFromZero(amount, 0);
}

/** Rounds an FTE figure to two decimals (half away from zero). */
export function roundFte(fte: number): number {
  return roundHalfAwayFromZero(fte, 2);
}

/**
 * Rounds hours to two decimals (half away from zero); used for summed hours so that float noise
 * (0.1 + 0.2) does not reach the UI.
 */
export function roundHours(hours: number): number {
  return roundHalfAwayFromZero(hours, 2);
}

/**
 * Checks the municipality's valuation settings. Returns the field errors by field name; an empty
 * object means valid.
 *   - hourlyCostNok: must be a number > 0 ("benefits.hourlyCostPositive"; also for NaN/∞) and
 *     ≤ 100 000 ("benefits.hourlyCostTooHigh"). Decimals (712.37) are allowed.
 *   - hoursPerFte: must be a number in 1..3000 ("benefits.hoursPerFteRange"). Decimals allowed.
 */
export function validateValuationSettings(settings: ValuationSettings): Partial<Record<keyof ValuationSettings, ValuationFieldError>> {
  const errors: Partial<Record<keyof ValuationSettings, ValuationFieldError>> = {};
  const { hourlyCostNok, hoursPerFte } = settings;
  if (!Number.isFinite(hourlyCostNok) || hourlyCostNok <= 0) {
    errors.hourlyCostNok = { key: "benefits.hourlyCostPositive" };
  } else if (hourlyCostNok > MAX_HOURLY_COST_NOK) {
    errors.hourlyCostNok = { key: "benefits.hourlyCostTooHigh" };
  }
  if (!Number.isFinite(hoursPerFte) || hoursPerFte < MIN_HOURS_PER_FTE || hoursPerFte > MAX_HOURS_PER_FTE) {
    errors.hoursPerFte = { key: "benefits.hoursPerFteRange" };
  }
  return errors;
}

/** Null when `hours` is a finite number ≥ 0; otherwise the field error. */
export function validateHours(hours: number): ValuationFieldError | null {
  if (typeof hours !== "number" || !Number.isFinite(hours) || hours < 0) {
    return { key: "benefits.hoursNonNegative" };
  }
  return null;
}

/**
 * Hours valued in whole NOK: hours × hourly cost, rounded half away from zero.
 * Negative hours (a disbenefit: time that is added) give a negative amount, rounded symmetrically.
 * Throws RangeError for non-finite input.
 */
export function hoursToNok(input: { hours: number; hourlyCostNok: number }): number {
  const { hours, hourlyCostNok } = input;
  if (!Number.isFinite(hours) || !Number.isFinite(hourlyCostNok)) {
    throw new RangeError("hours and hourlyCostNok must be finite numbers");
  }
  return roundNok(hours * hourlyCostNok);
}

/**
 * Hours as FTEs (årsverk), rounded to two decimals half away from zero.
 * Throws RangeError when hoursPerFte is not a finite number > 0 or hours is not finite.
 */
export function hoursToFte(input: { hours: number; hoursPerFte: number }): number {
  const { hours, hoursPerFte } = input;
  if (!Number.isFinite(hours)) throw new RangeError("hours must be a finite number");
  if (!Number.isFinite(hoursPerFte) || hoursPerFte <= 0) {
    throw new RangeError("hoursPerFte must be a finite number > 0");
  }
  return roundFte(hours / hoursPerFte);
}

/**
 * Whether a one-off or annual item counts in `year`:
 *   - one_off: only in `fromYear` (`toYear` is ignored);
 *   - annual:  every year in [fromYear, toYear]; `toYear` null means open-ended.
 * An annual item whose toYear is before its fromYear never counts.
 */
export function countsInYear(input: { recurrence: Recurrence; fromYear: number; toYear: number | null; year: number }): boolean {
  const { recurrence, fromYear, toYear, year } = input;
  if (recurrence === "one_off") return year === fromYear;
  return year >= fromYear && (toYear === null || year <= toYear);
}

/**
 * The part of `amount` that counts in `year` (see `countsInYear`): the full amount or 0.
 * The amount is returned unrounded; callers round after summing.
 */
export function annualise(input: { amount: number; recurrence: Recurrence; fromYear: number; toYear: number | null; year: number }): number {
  return countsInYear(input) ? input.amount : 0;
}
