// The history domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { serializeHistoryEntry } from "./api/serializers";
export { recordChanges } from "./mutations.server";
export { type EntityHistoryEntry, listHistory, listHistoryWithChildren } from "./queries.server";
export { changeLog } from "./db";
