// The reporting domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export type { TrafficLight } from "./constants";
export { getGoalsExport, getMeasuresExport } from "./export.server";
export { closeRound, openRound, publishStatusUpdate } from "./mutations.server";
export { getMeasureReporting, getReportingInbox, getRoundById, listOwedReports, listRounds, listSnapshotRows } from "./queries.server";
export { statusUpdate } from "./db";
