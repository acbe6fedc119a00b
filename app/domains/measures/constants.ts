// The measures domain's enums and constant lists: the single source for the Drizzle tables (db.ts), the zod
// schemas (schema.ts) and the UI. Client-safe: this module imports nothing.

/** All statuses, in flow order. */
export const MEASURE_STATUSES = ["idea", "proposed", "prioritised", "planned", "in_progress", "completed", "dropped", "merged"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const COST_RECURRENCE = ["one_off", "annual"] as const;
export type CostRecurrence = (typeof COST_RECURRENCE)[number];

export const COST_TYPES = ["investment", "operating"] as const;
export type CostType = (typeof COST_TYPES)[number];

export const FUNDING_SOURCES = ["digitalisation_funds", "own_budget", "investment_budget", "external_grant", "unknown"] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** The portfolio's sort orders. */
export const MEASURE_SORTS = ["code", "title", "status", "priority", "sector", "updated", "start", "relevance"] as const;
export type MeasureSort = (typeof MEASURE_SORTS)[number];

/** Number of empty cost lines offered at the end of the form (no JavaScript needed to add lines). */
export const EMPTY_COST_LINES = 2;
