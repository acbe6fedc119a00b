// The measures domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { isValidCode, normalizeCode, suggestNextCode } from "./codes";
export { COST_RECURRENCE, COST_TYPES, type CostRecurrence, type CostType, FUNDING_SOURCES, type FundingSource, MEASURE_SORTS, MEASURE_STATUSES, type MeasureSort, type MeasureStatus } from "./constants";
export { formatPeriod, parsePeriod, type Period, serializePeriod } from "./period";
export { isIsoDate } from "./status";
