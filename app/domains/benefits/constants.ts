// The benefits domain's enums and constant lists: the single source for the Drizzle tables (db.ts), the zod
// schemas (schema.ts) and the UI. Client-safe: this module imports nothing.

export const BENEFIT_TYPES = ["cost_reduction", "freed_capacity", "quality", "increased_income", "benefit_for_others"] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export const BENEFICIARIES = ["citizens", "employees", "municipality", "others"] as const;
export type Beneficiary = (typeof BENEFICIARIES)[number];

export const BENEFIT_STATUSES = ["proposed", "planned", "realising", "realised", "not_realised"] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

export const BENEFIT_RECURRENCE = ["one_off", "annual"] as const;
export type BenefitRecurrence = (typeof BENEFIT_RECURRENCE)[number];

export const INDICATOR_UNITS = ["hours", "nok", "count", "percent", "custom"] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_FREQUENCIES = ["monthly", "quarterly", "half_yearly", "yearly"] as const;
export type IndicatorFrequency = (typeof INDICATOR_FREQUENCIES)[number];

export const MEASUREMENT_ASSESSMENTS = ["on_track", "watch", "deviation"] as const;
export type MeasurementAssessment = (typeof MEASUREMENT_ASSESSMENTS)[number];
