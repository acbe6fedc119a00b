/** The reporting exports of the JSON API v1 in the OpenAPI document (assembled by the api domain). */
import { exportOperation, idParameter, type OpenApiFragment } from "~/kit/openapi";

const statusMeasureParameter = {
  name: "measure",
  in: "query",
  required: false,
  description: "Only this measure's status updates (UUID).",
  schema: { type: "string", format: "uuid" },
};

const STATUS_HISTORY_EXPORT_NOTE =
  "One row per published status update (drafts are never included), newest first per measure: measure code and title, period, reporting round, overall status, progress, the light and comment of each parameter (progress, cost, time, quality, risk, benefits), the internal comment (this is an internal export for the municipality's users and tokens), publication date and publisher. `?measure=<id>` limits it to one measure (400 for a malformed id). Every role may read.";
const SNAPSHOT_EXPORT_NOTE =
  "The portfolio as frozen when the round was closed: code, title, sector, status, priority, merged into, known cost, cost lines without an amount, and the overall status, progress and period of the latest published status then. 404 for rounds that are still open, unknown ids and other municipalities' rounds. Admins and coordinators only.";

export const openapi: OpenApiFragment = {
  tags: [{ name: "Reporting", description: "Statusrapportering: status updates and reporting rounds" }],
  paths: {
    "/status-updates/export.xlsx": exportOperation({
      operationId: "exportStatusHistoryXlsx",
      summary: "Download the status history (published status updates) as an Excel workbook",
      format: "xlsx",
      tag: "Reporting",
      parameters: [statusMeasureParameter],
      errors: [400],
      description: STATUS_HISTORY_EXPORT_NOTE,
    }),
    "/status-updates/export.csv": exportOperation({
      operationId: "exportStatusHistoryCsv",
      summary: "Download the status history (published status updates) as CSV",
      format: "csv",
      tag: "Reporting",
      parameters: [statusMeasureParameter],
      errors: [400],
      description: STATUS_HISTORY_EXPORT_NOTE,
    }),
    "/rounds/{id}/snapshot.xlsx": exportOperation({
      operationId: "exportRoundSnapshotXlsx",
      summary: "Download a closed reporting round's snapshot as an Excel workbook",
      format: "xlsx",
      tag: "Reporting",
      parameters: [idParameter],
      errors: [404],
      description: SNAPSHOT_EXPORT_NOTE,
    }),
    "/rounds/{id}/snapshot.csv": exportOperation({
      operationId: "exportRoundSnapshotCsv",
      summary: "Download a closed reporting round's snapshot as CSV",
      format: "csv",
      tag: "Reporting",
      parameters: [idParameter],
      errors: [404],
      description: SNAPSHOT_EXPORT_NOTE,
    }),
  },
};
