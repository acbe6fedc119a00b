// Client-safe copies of the measure enums (the originals live next to the Drizzle tables, which the
// browser bundle should not pull in). The `satisfies` clauses keep them in sync at compile time.
import type { COST_RECURRENCE, COST_TYPES, FUNDING_SOURCES } from "~/domains/measures/db";
import type { MEASURE_SORTS } from "~/domains/measures/schema";

export const RECURRENCES = ["one_off", "annual"] as const satisfies typeof COST_RECURRENCE;
export const COST_TYPE_VALUES = ["investment", "operating"] as const satisfies typeof COST_TYPES;
export const FUNDING_VALUES = [
  "digitalisation_funds",
  "own_budget",
  "investment_budget",
  "external_grant",
  "unknown",
] as const satisfies typeof FUNDING_SOURCES;
export const SORT_VALUES = ["code", "title", "status", "priority", "sector", "updated", "start", "relevance"] as const satisfies typeof MEASURE_SORTS;

export type Recurrence = (typeof RECURRENCES)[number];
export type CostTypeValue = (typeof COST_TYPE_VALUES)[number];
export type FundingValue = (typeof FUNDING_VALUES)[number];
export type SortValue = (typeof SORT_VALUES)[number];

/** Number of empty cost lines offered at the end of the form (no JavaScript needed to add lines). */
export const EMPTY_COST_LINES = 2;
