// The measures domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { isValidCode, normalizeCode, suggestNextCode } from "./codes";
export { formatPeriod, parsePeriod, type Period, serializePeriod } from "./period";
export { isIsoDate, MEASURE_STATUSES, type MeasureStatus } from "./status";
export { BooleanCheckbox, CheckboxGroup, type FormValueMap, SelectInput, TextInput } from "./ui/fields";
export { periodRangeLabel, statusLabel } from "./ui/format";
export { dateOnly, Fact } from "./ui/measure-view";
export { MeasuresErrorBoundary, StatusTag } from "./ui/page";
export { PortfolioPagination } from "./ui/portfolio";
export type { FundingValue } from "./constants";
