/**
 * Rules for indicator measurements: reading numbers as Norwegians type them, the warning for
 * measurements dated outside the realisation period, and when the next measurement is due.
 *
 * Dates are ISO calendar dates ("YYYY-MM-DD") as stored in `date` columns; no time zones are
 * involved. Functions throw RangeError for strings that are not real dates ("2024-02-30").
 */

import type { IndicatorFrequency, IndicatorUnit } from "./constants";

/** Months between two measurements for each frequency. */
export const FREQUENCY_MONTHS: Readonly<Record<IndicatorFrequency, number>> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

export type NumericParseResult = { ok: true; value: number } | { ok: false; key: "validation.number" };

/** Most significant digits accepted: a double holds 15 decimal digits exactly; more are rejected. */
const MAX_DIGITS = 15;

/** Unit words accepted after (and for NOK also before) the number, per unit. Lower case. */
const UNIT_SUFFIX: Record<IndicatorUnit, RegExp | null> = {
  hours: /\s*(?:timer|timar|time|t\.|t|h)$/u,
  nok: /\s*(?:kroner|kr\.|kr|nok)$/u, // plus NOK_PREFIX and NOK_DASH_SUFFIX
  count: /\s*(?:stk\.|stk)$/u,
  percent: /\s*(?:%|prosent)$/u,
  custom: null,
};
const NOK_PREFIX = /^(?:kr\.|kr|nok)\s*/u;
/** "20 000,-" / "20 000.-" / "20 000,–": whole kroner. */
const NOK_DASH_SUFFIX = /\s*[,.][-–—]$/u;

const PLAIN = /^\d+(?:[.,]\d+)?$/u; //                       1234 | 1234,5 | 1234.5 | 1.5
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/u; // 1 234 | 1 234,5 | 1 234.5
const POINT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u; //  1.234.567 | 1.234,5

const FAIL: NumericParseResult = { ok: false, key: "validation.number" };

/**
 * Reads a measured value typed in a Norwegian or plain format:
 *   "1234", "1234,5", "1234.5", "1 234,5" (space, no-break space or thin space as thousands
 *   separator, in groups of three), "1.234.567" and "1.234,5" (point as thousands separator with
 *   comma decimals), an optional leading "-", "−" (U+2212) or "+".
 * A single point or comma is always the decimal separator: "1.234" and "1,234" are 1.234.
 * English grouping with a decimal point ("1,234.5") is rejected as ambiguous, as are badly grouped
 * numbers ("12 34"), a bare decimal separator (",5", "5,") and more than 15 digits.
 *
 * The unit's own word may follow the number (case-insensitive, with or without a space):
 *   hours   "350 timer", "350 timar", "1 time", "2,5 t", "2 h"
 *   nok     "kr 20 000", "20 000 kr", "20 000 NOK", "20 000 kroner", and ",-" for whole kroner:
 *           "20 000,-", "kr 20 000,-", "1.500.000,-" (here a point can only group thousands)
 *   count   "12 stk"
 *   percent "50 %", "50%", "50 prosent" → 50 (percent points, like the indicator's baseline and
 *           target; not 0.5)
 *   custom  no unit word (the unit is free text)
 * Another unit's word is rejected ("50 %" for hours). Empty input is rejected: a measurement needs a
 * value. Negative values are accepted here; range rules (e.g. `validateHours`) are the caller's.
 */
export function parseNumericValue(input: string, unit: IndicatorUnit): NumericParseResult {
  if (typeof input !== "string") return FAIL;
  let s = input.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();

  // Strip the unit word. NOK may be written before the number ("kr 500"), after it ("500 kr") or as
  // ",-" ("500,-"); "kr" before may be combined with ",-" ("kr 500,-"), "kr" on both sides may not.
  let wholeKroner = false;
  const suffix = UNIT_SUFFIX[unit];
  if (unit === "nok" && NOK_PREFIX.test(s)) {
    s = s.replace(NOK_PREFIX, "");
  } else if (unit === "nok" && NOK_DASH_SUFFIX.test(s)) {
    s = s.replace(NOK_DASH_SUFFIX, "");
    wholeKroner = true;
  } else if (suffix !== null) {
    s = s.replace(suffix, "");
  }
  if (unit === "nok" && NOK_DASH_SUFFIX.test(s)) {
    s = s.replace(NOK_DASH_SUFFIX, ""); // "kr 20 000,-"
    wholeKroner = true;
  }

  let sign = 1;
  const signMatch = /^([-−+]) ?/u.exec(s);
  if (signMatch) {
    if (signMatch[1] !== "+") sign = -1;
    s = s.slice(signMatch[0].length);
  }

  let normalised: string;
  if (wholeKroner) {
    // ",-" means whole kroner, so a point can only group thousands: "1.500.000,-", "1.500,-".
    if (/^\d+$/u.test(s) || /^\d{1,3}(?: \d{3})+$/u.test(s) || /^\d{1,3}(?:\.\d{3})+$/u.test(s)) {
      normalised = s.replace(/[ .]/gu, "");
    } else {
      return FAIL;
    }
  } else if (PLAIN.test(s)) normalised = s.replace(",", ".");
  else if (SPACE_GROUPED.test(s)) normalised = s.replace(/ /gu, "").replace(",", ".");
  else if (POINT_GROUPED.test(s)) normalised = s.replace(/\./gu, "").replace(",", ".");
  else return FAIL;

  const significant = normalised.replace(".", "").replace(/^0+/u, "");
  if (significant.length > MAX_DIGITS) return FAIL;

  const value = sign * Number(normalised);
  if (!Number.isFinite(value)) return FAIL;
  return { ok: true, value: value === 0 ? 0 : value };
}

// ── Dates ───────────────────────────────────────────────────────────────────

interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parseIsoDate(name: string, value: string): CalendarDate {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new RangeError(`${name} must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
  }
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

function formatIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/**
 * `date` plus whole months; the day is clamped to the end of a shorter month
 * (2024-01-31 + 1 month = 2024-02-29, 2024-02-29 + 12 months = 2025-02-28).
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError("months must be an integer");
  const d = parseIsoDate("date", date);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatIsoDate({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

/**
 * Whether a measurement date lies outside the realisation period [from, to] (inclusive). A null
 * bound is open. Such a measurement is still saved, but the user gets a warning.
 */
export function isOutsidePeriod(input: { date: string; from: string | null; to: string | null }): boolean {
  const { date, from, to } = input;
  parseIsoDate("date", date);
  if (from !== null) parseIsoDate("from", from);
  if (to !== null) parseIsoDate("to", to);
  // Valid ISO dates compare correctly as text.
  return (from !== null && date < from) || (to !== null && date > to);
}

/**
 * When the next measurement is due: the latest of the last measurement and the baseline date
 * (the baseline is itself a measurement; a re-set baseline restarts the cycle) plus the
 * frequency's months. With neither, the indicator is due now, i.e. `today`.
 */
export function nextDueDate(input: { lastMeasuredOn: string | null; baselineDate: string | null; frequency: IndicatorFrequency; today: string }): string {
  const { lastMeasuredOn, baselineDate, frequency, today } = input;
  parseIsoDate("today", today);
  const candidates = [lastMeasuredOn, baselineDate].filter((d): d is string => d !== null);
  for (const d of candidates) parseIsoDate("date", d);
  if (candidates.length === 0) return today;
  const from = candidates.reduce((a, b) => (b > a ? b : a));
  const months = FREQUENCY_MONTHS[frequency];
  if (months === undefined) throw new RangeError(`unknown frequency ${JSON.stringify(frequency)}`);
  return addMonths(from, months);
}

/** Due: the due date has come (today ≥ due date). */
export function isDue(input: { dueDate: string; today: string }): boolean {
  const { dueDate, today } = parseDatePair(input);
  return today >= dueDate;
}

/** Overdue: the due date has passed (today > due date); a measurement due today is not overdue. */
export function isOverdue(input: { dueDate: string; today: string }): boolean {
  const { dueDate, today } = parseDatePair(input);
  return today > dueDate;
}

function parseDatePair(input: { dueDate: string; today: string }): { dueDate: string; today: string } {
  parseIsoDate("dueDate", input.dueDate);
  parseIsoDate("today", input.today);
  return input;
}
