// Which cost lines the measure form shows. Pure, so it can be tested and used in the browser.
import { EMPTY_COST_LINES } from "./constants";

export const COST_FIELDS = ["amountNok", "usedNok", "recurrence", "year", "costType", "fundingSource", "description"] as const;

type Values = Record<string, string | string[]>;

/** Highest line index the form renders (matches the parser's limit). */
const MAX_LINES = 200;

/** Number of cost lines in a set of form values (highest index + 1). */
export function lineCount(values: Values): number {
  let count = 0;
  for (const key of Object.keys(values)) {
    const match = /^costs\.(\d{1,3})\./.exec(key);
    if (match && Number(match[1]) < MAX_LINES) count = Math.max(count, Number(match[1]) + 1);
  }
  return count;
}

/** Whether line `index` has anything typed in it. */
export function lineFilled(values: Values, index: number): boolean {
  return COST_FIELDS.some((f) => {
    const v = values[`costs.${index}.${f}`];
    return typeof v === "string" && v.trim() !== "";
  });
}

/**
 * The stored (or submitted) lines, plus empty lines at the end so that costs can be added without
 * JavaScript. Indices stay as submitted, so error messages keyed by line still match.
 */
export function costLines(values: Values): { count: number; filled: boolean[] } {
  let count = lineCount(values);
  let trailingEmpty = 0;
  for (let i = count - 1; i >= 0 && !lineFilled(values, i); i--) trailingEmpty++;
  count += Math.max(0, EMPTY_COST_LINES - trailingEmpty);
  return { count, filled: Array.from({ length: count }, (_, i) => lineFilled(values, i)) };
}
