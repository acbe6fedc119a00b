/**
 * The change history's representation in the JSON API v1 (which the serializer is typed against and the OpenAPI
 * document is generated from, ./openapi.ts).
 */
import { z } from "zod";

const id = z.uuid();
const dateTime = z.iso.datetime();

export const historyEntrySchema = z.object({
  id: z.number().int(),
  changeSetId: id.describe("Rows changed together share a change set."),
  action: z.enum(["create", "update", "delete"]),
  field: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  changedAt: dateTime,
  changedByName: z.string().nullable(),
  actorLabel: z.string().nullable().describe('Set when the change was not made by a signed-in user, e.g. "API: <token name>".'),
});

export const historySchema = z.object({ data: z.array(historyEntrySchema).describe("Newest first.") });

export type HistoryEntryJson = z.output<typeof historyEntrySchema>;
