// The benefits domain's enums and constant lists: the single source for the Drizzle tables (db.ts), the zod
// schemas (schema.ts) and the UI. Client-safe: this module imports nothing.

export const BENEFIT_TYPES = ["cost_reduction", "freed_capacity", "quality", "increased_income", "benefit_for_others"] as const;

export const BENEFICIARIES = ["citizens", "employees", "municipality", "others"] as const;

export const BENEFIT_STATUSES = ["proposed", "planned", "realising", "realised", "not_realised"] as const;

export const BENEFIT_RECURRENCE = ["one_off", "annual"] as const;

export const INDICATOR_UNITS = ["hours", "nok", "count", "percent", "custom"] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;

export const INDICATOR_FREQUENCIES = ["monthly", "quarterly", "half_yearly", "yearly"] as const;
export type IndicatorFrequency = (typeof INDICATOR_FREQUENCIES)[number];

export const MEASUREMENT_ASSESSMENTS = ["on_track", "watch", "deviation"] as const;
