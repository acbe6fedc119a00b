/**
 * Measure periods: when a measure starts and ends.
 *
 * A period is one of
 *   - a calendar year ("2019"),
 *   - a half-year ("2019H1" = spring / "vår", "2019H2" = autumn / "høst"),
 *   - "continuous" (ongoing, no fixed start or end).
 *
 * The canonical storage strings are "2019", "2019H1", "2019H2" and
 * "continuous". Plans written by municipalities use a different notation
 * ("H18" = autumn 2018, "V19" = spring 2019, "19/20", "Kontinuerlig"), which
 * `parsePeriod` accepts and `formatPeriod` / `formatPeriodRange` produce.
 *
 * Note the clash between the two notations: in the canonical form "H1"/"H2"
 * means first/second half, while in plan notation a leading "H" means "høst"
 * (autumn, i.e. the second half) and "V" means "vår" (spring, the first half).
 */

export type Period = { kind: "year"; year: number } | { kind: "half"; year: number; half: 1 | 2 } | { kind: "continuous" };

export type PeriodLang = "nb" | "nn";

/** Smallest accepted year (inclusive). */
export const MIN_PERIOD_YEAR = 2000;
/** Largest accepted year (inclusive). */
export const MAX_PERIOD_YEAR = 2100;

const CONTINUOUS_LABEL: Record<PeriodLang, string> = {
  nb: "Kontinuerlig",
  nn: "Kontinuerleg",
};

/** Words (lower case) that mean "continuous" in English, bokmål and nynorsk. */
const CONTINUOUS_WORDS = new Set(["continuous", "kontinuerlig", "kontinuerleg", "løpende", "løpande"]);

/** Words (lower case) for the spring half (first half of the year). */
const SPRING_WORDS = new Set(["v", "vår", "våren", "vaar", "vaaren"]);
/** Words (lower case) for the autumn half (second half of the year). */
const AUTUMN_WORDS = new Set(["h", "høst", "høsten", "haust", "hausten", "host", "hosten"]);

// "2019", "2019H1", "2019h2" (canonical, case-insensitive).
const CANONICAL_RE = /^(\d{4})(?:h([12]))?$/u;
// Two-digit year: "19".
const SHORT_YEAR_RE = /^(\d{2})$/u;
// Season word followed by a two- or four-digit year: "h18", "v 19", "høst 2018",
// "vår-19", "h.18", "høsten 2018".
const SEASON_RE = /^(\p{L}+)[\s.\-'’]*(\d{2}|\d{4})$/u;

function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_PERIOD_YEAR && year <= MAX_PERIOD_YEAR;
}

/** Expands a two- or four-digit year string; two digits mean 20xx. */
function expandYear(digits: string): number {
  const n = Number.parseInt(digits, 10);
  return digits.length === 2 ? 2000 + n : n;
}

function yearPeriod(year: number): Period | null {
  return isYearInRange(year) ? { kind: "year", year } : null;
}

function halfPeriod(year: number, half: 1 | 2): Period | null {
  return isYearInRange(year) ? { kind: "half", year, half } : null;
}

/**
 * Parses a period from either the canonical storage form or the notation
 * used in plans. Returns null for empty or unrecognised input and for years
 * outside 2000–2100.
 *
 * Accepted (case-insensitive, surrounding whitespace ignored):
 *   "2019", "19"                         → year 2019
 *   "2019H1", "V19", "V2019", "Vår 2019"  → 2019, first half (spring)
 *   "2019H2", "H18", "h 2018", "Høst 2018", "Haust 2018" → 2018, second half (autumn)
 *   "continuous", "Kontinuerlig", "kontinuerleg", "løpende", "løpande" → continuous
 */
export function parsePeriod(input: string): Period | null {
  if (typeof input !== "string") return null;
  const s = input.normalize("NFC").trim().toLowerCase();
  if (s === "") return null;

  if (CONTINUOUS_WORDS.has(s)) return { kind: "continuous" };

  const canonical = CANONICAL_RE.exec(s);
  if (canonical) {
    const year = Number.parseInt(canonical[1] ?? "", 10);
    const half = canonical[2];
    if (half === undefined) return yearPeriod(year);
    return halfPeriod(year, half === "1" ? 1 : 2);
  }

  const short = SHORT_YEAR_RE.exec(s);
  if (short) return yearPeriod(expandYear(short[1] ?? ""));

  const season = SEASON_RE.exec(s);
  if (season) {
    const word = season[1] ?? "";
    const year = expandYear(season[2] ?? "");
    if (SPRING_WORDS.has(word)) return halfPeriod(year, 1);
    if (AUTUMN_WORDS.has(word)) return halfPeriod(year, 2);
  }

  return null;
}

/** Canonical storage string: "2019", "2019H1", "2019H2" or "continuous". */
export function serializePeriod(p: Period): string {
  switch (p.kind) {
    case "year":
      return String(p.year);
    case "half":
      return `${p.year}H${p.half}`;
    case "continuous":
      return "continuous";
  }
}

/**
 * Two-digit year as written in plans ("18" for 2018). Years that cannot be
 * written unambiguously with two digits (2100) keep all four digits so that
 * the output still parses back to the same period.
 */
function shortYear(year: number): string {
  if (year >= 2000 && year <= 2099) return String(year - 2000).padStart(2, "0");
  return String(year);
}

/**
 * Formats a single period the way plans write it: "H18", "V19", "2019",
 * "Kontinuerlig" (nb) / "Kontinuerleg" (nn). Null gives "".
 */
export function formatPeriod(p: Period | null, lang: PeriodLang): string {
  if (p === null) return "";
  switch (p.kind) {
    case "year":
      return String(p.year);
    case "half":
      return `${p.half === 1 ? "V" : "H"}${shortYear(p.year)}`;
    case "continuous":
      return CONTINUOUS_LABEL[lang];
  }
}

function samePeriod(a: Period, b: Period): boolean {
  return serializePeriod(a) === serializePeriod(b);
}

/**
 * Formats a start/end pair the way plans write it:
 *   - both null                        → ""
 *   - either continuous                → "Kontinuerlig" / "Kontinuerleg"
 *   - only start                       → "H18–"
 *   - only end                         → "–V19"
 *   - both years, same year            → "2019"
 *   - both years, different years      → "19/20"
 *   - both half-years                  → "H18/V19" (identical → "H18")
 *   - mixed year / half-year           → "2019/H20"
 */
export function formatPeriodRange(start: Period | null, end: Period | null, lang: PeriodLang): string {
  if (start === null && end === null) return "";
  if (start?.kind === "continuous" || end?.kind === "continuous") {
    return CONTINUOUS_LABEL[lang];
  }
  if (start === null) return `–${formatPeriod(end, lang)}`;
  if (end === null) return `${formatPeriod(start, lang)}–`;

  if (start.kind === "year" && end.kind === "year") {
    if (start.year === end.year) return String(start.year);
    return `${shortYear(start.year)}/${shortYear(end.year)}`;
  }
  if (samePeriod(start, end)) return formatPeriod(start, lang);
  return `${formatPeriod(start, lang)}/${formatPeriod(end, lang)}`;
}

/**
 * Position of a period on a half-year scale (year * 2 + half index).
 * `asEnd` decides how a whole year is placed: as its first half when the
 * period is a start (default), as its second half when it is an end.
 */
function rank(p: Period, asEnd = false): number {
  switch (p.kind) {
    case "year":
      return p.year * 2 + (asEnd ? 1 : 0);
    case "half":
      return p.year * 2 + (p.half - 1);
    case "continuous":
      return Number.POSITIVE_INFINITY;
  }
}

/**
 * Sort comparator for periods: by year, then half. A plain year sorts as
 * the first half of that year (start semantics), so "2019" and "2019H1"
 * compare equal. Continuous sorts after everything else.
 */
export function comparePeriods(a: Period, b: Period): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === rb) return 0;
  return ra < rb ? -1 : 1;
}

/**
 * Whether `end` is not before `start`.
 *   - A continuous end is always valid.
 *   - A continuous start is only valid with a continuous or missing end.
 *   - A missing start or end is otherwise valid.
 *   - A whole year covers both halves: start "2019" begins in 2019H1 and
 *     end "2019" lasts until 2019H2, so "2019H2" → "2019" and
 *     "2019" → "2019H1" are both valid, "2019H2" → "2019H1" is not.
 */
export function isPeriodRangeValid(start: Period | null, end: Period | null): boolean {
  if (end?.kind === "continuous") return true;
  if (start?.kind === "continuous") return end === null;
  if (start === null || end === null) return true;
  return rank(end, true) >= rank(start, false);
}

/** First and last calendar year a measure spans (inclusive). */
export type PeriodYearBounds = { first: number; last: number };

function concreteYear(p: Period | null): number | undefined {
  return p !== null && p.kind !== "continuous" ? p.year : undefined;
}

/**
 * First and last calendar year a measure spans, or null if nothing is known.
 *
 *   - Concrete start and end: their years (an end before the start is
 *     treated as ending in the start year).
 *   - Continuous end: from the start year up to `fallbackEndYear`
 *     (typically the current or plan year), or just the start year if no
 *     fallback is given or the fallback lies before the start.
 *   - Missing end: the start year only.
 *   - Missing start: the end year only (or the fallback for a continuous end).
 *   - Continuous start (an always-ongoing measure): the fallback year if
 *     given, otherwise null.
 *
 * The fallback is clamped to 2000–2100 so the span stays bounded.
 */
export function periodYearBounds(start: Period | null, end: Period | null, fallbackEndYear?: number): PeriodYearBounds | null {
  const fallback =
    fallbackEndYear !== undefined && Number.isFinite(fallbackEndYear)
      ? Math.min(MAX_PERIOD_YEAR, Math.max(MIN_PERIOD_YEAR, Math.trunc(fallbackEndYear)))
      : undefined;

  let first = concreteYear(start);
  let last = end?.kind === "continuous" ? (fallback ?? first) : concreteYear(end);

  if (first === undefined) {
    if (start?.kind === "continuous") {
      first = fallback;
      last = fallback;
    } else {
      first = last;
    }
  }
  if (first === undefined) return null;
  if (last === undefined || last < first) last = first;
  return { first, last };
}

/**
 * The calendar years a measure spans, in ascending order (used by the
 * "year" filter). See `periodYearBounds` for how missing and continuous
 * periods are handled; returns [] when nothing is known.
 */
export function periodYears(start: Period | null, end: Period | null, fallbackEndYear?: number): number[] {
  const bounds = periodYearBounds(start, end, fallbackEndYear);
  if (bounds === null) return [];
  const years: number[] = [];
  for (let y = bounds.first; y <= bounds.last; y++) years.push(y);
  return years;
}
