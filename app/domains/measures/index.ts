// The measures domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { isValidCode, normalizeCode, suggestNextCode } from "./codes";
export { type CostRecurrence, type CostType, FUNDING_SOURCES, type FundingSource, MEASURE_STATUSES, type MeasureStatus } from "./constants";
export { formatPeriod, parsePeriod, type Period, serializePeriod } from "./period";
export { isIsoDate } from "./status";
