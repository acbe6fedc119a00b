/**
 * Yearly benefit profile (gevinstprofil) of one measure: planned against realised NOK, hours and
 * FTEs per year.
 *
 * In the app the portfolio aggregates are computed in SQL. This function builds the per-measure
 * profile and is the reference that the SQL is tested against, so its rules are spelled out:
 *
 *   - Planned: each benefit's `plannedPerYear` counts by its recurrence (see `annualise`): a
 *     one-off benefit only in `startYear`, an annual one in every year of [startYear, endYear]
 *     (`endYear` null = open-ended, i.e. up to the profile's `toYear`).
 *   - Realised: each realised entry counts in its own `year`, whatever the benefit's planned
 *     period (a benefit may be realised earlier or later than planned). Several entries in the
 *     same year are added up.
 *   - Years in [fromYear, toYear] without data get zeros; data outside that range is ignored.
 *   - Rounding happens once, after summing (like `round(sum(x))` in SQL, never `sum(round(x))`):
 *     NOK to whole kroner, hours to two decimals, FTE = (unrounded hour sum) / hoursPerFte to two
 *     decimals, all half away from zero as in valuation.ts. In SQL use `numeric`, whose `round`
 *     rounds half away from zero (`double precision` rounds half to even).
 *   - Negative amounts (disbenefits) are summed like any other amount.
 */
import { annualise, roundFte, roundHours, roundNok, type Recurrence } from "./valuation";

/** The longest profile (in years) that is built; guards against absurd ranges. */
export const MAX_PROFILE_YEARS = 200;

export interface ProfileAmounts {
  nok: number;
  hours: number;
}

export interface ProfileBenefit {
  recurrence: Recurrence;
  startYear: number;
  /** Last year an annual benefit counts; null = open-ended. Ignored for one-off benefits. */
  endYear: number | null;
  /** The planned amount per year (annual) or the one-off amount (one_off). */
  plannedPerYear: ProfileAmounts;
  realised: ReadonlyArray<{ year: number } & ProfileAmounts>;
}

export interface YearlyProfileRow {
  year: number;
  plannedNok: number;
  realisedNok: number;
  plannedHours: number;
  realisedHours: number;
  plannedFte: number;
  realisedFte: number;
}

export interface YearlyProfileInput {
  fromYear: number;
  toYear: number;
  benefits: ReadonlyArray<ProfileBenefit>;
  hoursPerFte: number;
}

interface Sums {
  plannedNok: number;
  realisedNok: number;
  plannedHours: number;
  realisedHours: number;
}

/**
 * One row per year from `fromYear` to `toYear` (inclusive, ascending). An empty array when
 * `fromYear` > `toYear`. Throws RangeError when the years are not integers, the range is longer
 * than `MAX_PROFILE_YEARS`, or `hoursPerFte` is not a finite number > 0.
 */
export function buildYearlyProfile(input: YearlyProfileInput): YearlyProfileRow[] {
  const { fromYear, toYear, benefits, hoursPerFte } = input;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear)) {
    throw new RangeError("fromYear and toYear must be integers");
  }
  if (!Number.isFinite(hoursPerFte) || hoursPerFte <= 0) {
    throw new RangeError("hoursPerFte must be a finite number > 0");
  }
  if (fromYear > toYear) return [];
  if (toYear - fromYear + 1 > MAX_PROFILE_YEARS) {
    throw new RangeError(`a profile may span at most ${MAX_PROFILE_YEARS} years`);
  }

  const sums = new Map<number, Sums>();
  for (let year = fromYear; year <= toYear; year++) {
    sums.set(year, { plannedNok: 0, realisedNok: 0, plannedHours: 0, realisedHours: 0 });
  }

  for (const benefit of benefits) {
    for (const [year, sum] of sums) {
      const period = { recurrence: benefit.recurrence, fromYear: benefit.startYear, toYear: benefit.endYear, year };
      sum.plannedNok += annualise({ ...period, amount: benefit.plannedPerYear.nok });
      sum.plannedHours += annualise({ ...period, amount: benefit.plannedPerYear.hours });
    }
    for (const entry of benefit.realised) {
      const sum = sums.get(entry.year);
      if (sum === undefined) continue;
      sum.realisedNok += entry.nok;
      sum.realisedHours += entry.hours;
    }
  }

  return [...sums].map(([year, sum]) => ({
    year,
    plannedNok: roundNok(sum.plannedNok),
    realisedNok: roundNok(sum.realisedNok),
    plannedHours: roundHours(sum.plannedHours),
    realisedHours: roundHours(sum.realisedHours),
    plannedFte: roundFte(sum.plannedHours / hoursPerFte),
    realisedFte: roundFte(sum.realisedHours / hoursPerFte),
  }));
}
