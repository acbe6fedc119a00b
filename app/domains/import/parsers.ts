/**
 * Small pure recognisers used by extraction: NOK amounts, periods, goal references, priorities, the
 * user-oriented marker and measure codes. Each returns null (or an empty list) when unsure.
 */
import { parsePeriod, serializePeriod, type Period } from "~/domains/measures";

/** Collapses whitespace (incl. no-break spaces) to single spaces and trims. */
export function cleanText(text: string): string {
  // \s includes the no-break space; without the u flag the expression is markedly faster on long documents.
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Joins lines wrapped inside a table cell or paragraph. A line ending in a hyphen is joined without a space
 * ("minimums-" + "kompetanse" → "minimums-kompetanse"), because the hyphen may belong to the word.
 */
export function joinWrapped(lines: readonly string[]): string {
  let out = "";
  for (const raw of lines) {
    const line = cleanText(raw);
    if (line === "") continue;
    if (out === "") out = line;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line)) out += line;
    else out += ` ${line}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Amounts

export interface ParsedAmount {
  /** The amount in whole NOK; for a range the upper bound; null when the text says it is unknown. */
  amountNok: number | null;
  /** Lower bound of a range ("Kr 50-100 000" → 50 000), else equal to amountNok. */
  minNok: number | null;
  /** The text the amount was read from. */
  text: string;
}

const GROUPED = String.raw`\d{1,3}(?:[ \u00a0.]\d{3})+`;
const NUMBER = String.raw`(?:${GROUPED}|\d+)`;
const AMOUNT_RE = new RegExp(
  String.raw`(kr\.?|nok)?\s*(${NUMBER})(?:\s*[-–]\s*(${NUMBER}))?(\s*(?:mill(?:ionar|ioner|\.)?|mnok))?(\s*(?:,-|-,|,00|kr\b|nok\b))?`,
  "giu",
);
const UNKNOWN_RE = /\b(ukjent|ukjend|ikke avklart|ikkje avklart|uavklart)\b/iu;

function toNumber(digits: string): number {
  return Number.parseInt(digits.replace(/[ \u00a0.]/gu, ""), 10);
}

/**
 * Reads the first NOK amount in a cost text:
 *   "150 000" → 150 000, "20 000,-" → 20 000, "Kr 10 000,-" → 10 000, "1,5 mill" → 1 500 000,
 *   "Kr 50-100 000" → 100 000 (min 50 000), "25- 35 000,-" → 35 000 (min 25 000), "Ukjent" → null.
 * A bare number counts only with "kr", ",-", "NOK", "mill" or thousands grouping ("2750 timer" is not money).
 * Returns null when the text has no amount and does not say the cost is unknown.
 */
export function parseNokAmount(input: string): ParsedAmount | null {
  const text = cleanText(input);
  if (text === "") return null;
  const decimalMillion = /(\d+(?:,\d+)?)\s*(?:mill(?:ionar|ioner|\.)?|mnok)\b/iu.exec(text);
  if (decimalMillion) {
    const value = Math.round(Number.parseFloat(decimalMillion[1].replace(",", ".")) * 1_000_000);
    return { amountNok: value, minNok: value, text };
  }
  for (const match of text.matchAll(AMOUNT_RE)) {
    const [, prefix, first, second, , suffix] = match;
    const grouped = new RegExp(`^${GROUPED}$`, "u");
    const isMoney = prefix !== undefined || suffix !== undefined || grouped.test(first) || (second !== undefined && grouped.test(second));
    if (!isMoney) continue;
    const low = toNumber(first);
    if (second === undefined) return { amountNok: low, minNok: low, text };
    const high = toNumber(second);
    // "50-100 000": the lower bound shares the thousands of the upper one.
    let min = low;
    if (!grouped.test(first) && grouped.test(second)) {
      const scale = 10 ** (second.replace(/[^\d]/gu, "").length - second.split(/[ \u00a0.]/u)[0].length);
      if (low * scale <= high) min = low * scale;
    }
    return { amountNok: high, minNok: min, text };
  }
  if (UNKNOWN_RE.test(text)) return { amountNok: null, minNok: null, text };
  return null;
}

/** True when a text looks like a cost statement (an amount, "Ukjent", own effort). */
export function looksLikeCost(text: string): boolean {
  return parseNokAmount(text) !== null || /\b(egen-?\s?innsats|eigeninnsats|ingen kostnad|gratis)\b/iu.test(text);
}

// ---------------------------------------------------------------------------------------------------------
// Periods

export interface ParsedPeriodRange {
  /** Canonical period ("2018H2", "2019", "continuous") or null. */
  start: string | null;
  end: string | null;
  /** The text as written, always kept. */
  text: string;
}

const YEARLY_RE = /^(årleg|årlig|kvart år|hvert år|kvart år)$/iu;

function periodOf(part: string): Period | null | undefined {
  const s = cleanText(part);
  if (s === "" || s === "-" || s === "–") return null;
  if (YEARLY_RE.test(s)) return { kind: "continuous" };
  return parsePeriod(s) ?? undefined;
}

/**
 * Reads a start/end text as written in plans, using the measures module's period parser for each side:
 *   "H18/V19", "H18/ V19" → 2018H2 – 2019H1; "19/20", "19-20" → 2019 – 2020; "H18-" → start only;
 *   "-/19" → end only; "V19" → both the same; "Kontinuerlig", "Årlig" → continuous;
 *   "05/ 18" (month/year) → 2018; anything else ("Så snart løsning er tilgjengelig") → text only.
 */
export function parsePeriodRange(input: string): ParsedPeriodRange {
  const text = cleanText(input).replace(/\s*\/\s*/gu, "/");
  const none = { start: null, end: null, text };
  if (text === "") return none;
  const single = periodOf(text);
  if (single) {
    const value = serializePeriod(single);
    return { start: value, end: value, text };
  }
  const parts = text.includes("/") ? text.split(/\s*\/\s*/u) : text.split(/\s*[-–]\s*/u);
  if (parts.length !== 2) return none;
  const [left, right] = parts;
  // Two two-digit numbers far apart are no year range: "05/18" is a month and a year, "00/18" nothing.
  if (/^\d{2}$/u.test(left) && /^\d{2}$/u.test(right) && Number(right) - Number(left) > 6) {
    const year = parsePeriod(right);
    if (year && Number(left) >= 1 && Number(left) <= 12) return { start: serializePeriod(year), end: serializePeriod(year), text };
    return none;
  }
  const start = periodOf(left);
  const end = periodOf(right);
  if (start === undefined || end === undefined || (start === null && end === null)) return none;
  return { start: start ? serializePeriod(start) : null, end: end ? serializePeriod(end) : null, text };
}

/** True when the token is a period written in plan notation ("H18", "V19", "19/20", "Kontinuerlig"). */
export function isPeriodToken(token: string): boolean {
  const parsed = parsePeriodRange(token);
  return parsed.start !== null || parsed.end !== null;
}

// ---------------------------------------------------------------------------------------------------------
// Goal references, priority, user-oriented marker

/**
 * Goal numbers a measure refers to: "1,4" → [1, 4]; "3 (1,6,7)" → [3, 1, 6, 7] (the main goal first);
 * "1-8" → [1 … 8]; "8, (6)" → [8, 6]; "Mål 2 og 5" → [2, 5]. Returns [] for anything else.
 */
export function parseGoalNumbers(input: string): number[] {
  const text = cleanText(input)
    .replace(/^(hovud|hoved)?mål\s*/iu, "")
    .replace(/\bog\b/giu, ",");
  if (!/^[\d\s,;()\-–]+$/u.test(text)) return [];
  const numbers: number[] = [];
  for (const part of text.split(/[,;()\s]+/u).filter(Boolean)) {
    const range = /^(\d{1,2})[-–](\d{1,2})$/u.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from || to - from > 20) return [];
      for (let n = from; n <= to; n++) numbers.push(n);
    } else if (/^\d{1,2}$/u.test(part)) numbers.push(Number(part));
    else return [];
  }
  return [...new Set(numbers.filter((n) => n >= 1 && n <= 50))];
}

/** "Prioritering 3", "Prioritet: 2", "2 (2018)*", "1" → the rank; null otherwise. */
export function parsePriority(input: string): number | null {
  const text = cleanText(input);
  const match = /^(?:priorit\p{L}*\s*:?\s*)?(\d{1,3})(?:\s*\(\d{4}\))?\s*\*?$/iu.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return value >= 1 && value <= 999 ? value : null;
}

/** The user-oriented ("brukerretta", BT) marker in a table cell: "X", "✓", "Ja", "BT". */
export function isUserOrientedMarker(cell: string): boolean {
  return /^(x|✓|✔|ja|bt)$/iu.test(cleanText(cell));
}

// ---------------------------------------------------------------------------------------------------------
// Measure codes

/** A prefix code: 1–4 capital letters and 1–3 digits ("TF01", "O8", "IKT05"). */
export const PREFIX_CODE_RE = /^([A-ZÆØÅ]{1,4})(\d{1,3})$/u;
/** A hierarchical number with three or more levels ("1.2.1", "1.3.1."). */
export const NUMBERED_CODE_RE = /^(\d{1,2}(?:\.\d{1,2}){2,3})\.?$/u;

/** The prefix of a prefix code, or null ("TF01" → "TF"); half-years ("H18", "V19") are not codes. */
export function codePrefix(token: string): string | null {
  const match = PREFIX_CODE_RE.exec(token);
  if (!match) return null;
  if (/^[HV]$/u.test(match[1]) && match[2].length === 2) return null;
  return match[1];
}

/** Normalises a numbered code ("1.3.1." → "1.3.1"). */
export function normalizeNumberedCode(token: string): string | null {
  const match = NUMBERED_CODE_RE.exec(token.trim());
  return match ? match[1] : null;
}
