/**
 * Turns change history entries into the API's JSON representation: camelCase, ISO 8601 dates, no internal columns. Each function
 * is typed against the response schema in ./schemas.ts, which the OpenAPI document is generated from.
 */
import { isoDateTime } from "~/kit/api.server";
import type { HistoryEntry } from "../queries.server";
import type { HistoryEntryJson } from "./schemas";

export function serializeHistoryEntry(entry: HistoryEntry): HistoryEntryJson {
  return {
    id: Number(entry.id),
    changeSetId: entry.changeSetId,
    action: entry.action,
    field: entry.field,
    oldValue: entry.oldValue,
    newValue: entry.newValue,
    changedAt: isoDateTime(entry.changedAt),
    changedByName: entry.changedByName,
    actorLabel: entry.actorLabel,
  };
}
