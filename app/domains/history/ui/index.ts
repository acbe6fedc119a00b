// The history domain's UI components for other domains (client-safe).
export { HistoryTable, type HistoryTableGroup, type HistoryTableTexts, isEmptyHistoryValue } from "./history-table";
