/**
 * The change history's representation in the OpenAPI document (assembled by the api domain). The history has no
 * endpoints of its own: the domains whose entities it records serve it (e.g. GET /measures/{id}/history).
 */
import type { OpenApiFragment } from "~/kit/openapi";
import { historyEntrySchema, historySchema } from "./schemas";

export const openapi: OpenApiFragment = {
  paths: {},
  schemas: { output: { HistoryEntry: historyEntrySchema, History: historySchema } },
};
