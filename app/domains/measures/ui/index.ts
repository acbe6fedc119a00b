// The measures domain's UI components for other domains (client-safe).
export { BooleanCheckbox, CheckboxGroup, type FormValueMap, SelectInput, TextInput } from "./fields";
export { periodRangeLabel, statusLabel } from "./format";
export { dateOnly, Fact } from "./measure-view";
export { MeasuresErrorBoundary, StatusTag } from "./page";
export { PortfolioPagination } from "./portfolio";
export { measureHeaderOf, useMeasureHeader } from "./layout";
