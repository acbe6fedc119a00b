// The measures domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { isValidCode, normalizeCode, suggestNextCode } from "./codes";
export { formatPeriod, parsePeriod, type Period, serializePeriod } from "./period";
export { isIsoDate, MEASURE_STATUSES, type MeasureStatus } from "./status";
export type { FundingValue } from "./constants";
