/** The measure endpoints of the JSON API v1 in the OpenAPI document (assembled by the api domain). */
import {
  CONCURRENCY_NOTE,
  createdResponse,
  errorResponses,
  exportOperation,
  idParameter,
  ok,
  type OpenApiFragment,
  queryParameters,
  READ_ERRORS,
  requestBody,
  updateOperations,
  WRITE_ERRORS,
} from "~/kit/openapi";
import { costLineSchema as costLineInputSchema, measureFilterSchema } from "../schema";
import {
  costLineSchema,
  measureCreateBodySchema,
  measureLinkSchema,
  measureListItemSchema,
  measureListSchema,
  measureRefSchema,
  measureSchema,
  measureUpdateBodySchema,
  statusEventSchema,
} from "./schemas";

const MEASURE_FILTER_DESCRIPTIONS: Record<string, string> = {
  q: "Free-text search with prefix matching on every word (Norwegian and simple dictionaries) in code, title, description, responsible and benefits; e.g. `velferdstek` finds “velferdsteknologi”. A code prefix (`HO2`) also matches.",
  sector: "Sector id. Repeat the parameter for several sectors.",
  status: "Status. Repeat the parameter for several statuses.",
  goal: "Goal id; measures linked to its sub-goals are included.",
  year: "Plan year, or a year within the measure's period.",
  userOriented: "`yes` or `no`.",
  responsible: "Responsible user id, or text matched against the responsible user's name and the free-text responsible.",
  sort: "Default `relevance` when `q` is given, otherwise `code`.",
  dir: "Sort direction.",
  page: "Page number, from 1.",
  pageSize: "Rows per page.",
};

const MEASURES_EXPORT_NOTE =
  "Every measure matching the filters (the same query parameters as `GET /measures` and the portfolio page; paging is ignored, so the file has all matching measures; an invalid filter value is ignored, as on the page), in the portfolio's order: code, title, sector, status, priority, responsible, user-oriented, plan year, start, end, goal numbers, known cost, and the overall status, progress and period of the latest published status update (never a draft). Column headers and choices are in the user's language (bokmål or nynorsk). Every role may read.";

export const openapi: OpenApiFragment = {
  tags: [{ name: "Measures", description: "Tiltak" }],
  paths: {
    "/measures": {
      get: {
        tags: ["Measures"],
        operationId: "listMeasures",
        summary: "List measures",
        description: "The portfolio with the same filters, search, sorting and paging as the table in the app.",
        parameters: queryParameters(measureFilterSchema, MEASURE_FILTER_DESCRIPTIONS),
        responses: { ...ok("MeasureList"), ...errorResponses([400, ...READ_ERRORS]) },
      },
      post: {
        tags: ["Measures"],
        operationId: "createMeasure",
        summary: "Create a measure",
        description:
          "Only `code` and `title` are required; other fields default to empty (status `idea`). Relations are given by id: `sectorId`, `goalIds`, `dependsOnIds`, `mergedIntoId`.",
        requestBody: requestBody("MeasureCreate", "The new measure."),
        responses: { ...createdResponse("Measure"), ...errorResponses(WRITE_ERRORS) },
      },
    },
    "/measures/export.xlsx": exportOperation({
      operationId: "exportMeasuresXlsx",
      summary: "Download the portfolio (filtered measures) as an Excel workbook",
      format: "xlsx",
      tag: "Measures",
      parameters: queryParameters(measureFilterSchema, MEASURE_FILTER_DESCRIPTIONS),
      description: MEASURES_EXPORT_NOTE,
    }),
    "/measures/export.csv": exportOperation({
      operationId: "exportMeasuresCsv",
      summary: "Download the portfolio (filtered measures) as CSV",
      format: "csv",
      tag: "Measures",
      parameters: queryParameters(measureFilterSchema, MEASURE_FILTER_DESCRIPTIONS),
      description: MEASURES_EXPORT_NOTE,
    }),
    "/measures/{id}": {
      parameters: [idParameter],
      get: {
        tags: ["Measures"],
        operationId: "getMeasure",
        summary: "Get a measure",
        description: "With goals, costs, dependencies (both directions), status events and version.",
        responses: { ...ok("Measure"), ...errorResponses([...READ_ERRORS, 404]) },
      },
      ...updateOperations({ tag: "Measures", noun: "measure", schema: "Measure", body: "MeasureUpdate", idPrefix: "Measure", description: CONCURRENCY_NOTE }),
    },
    "/measures/{id}/history": {
      parameters: [idParameter],
      get: {
        tags: ["Measures"],
        operationId: "getMeasureHistory",
        summary: "Field-level history of a measure",
        description: "One entry per changed field, newest first; entries of one save share `changeSetId`.",
        // History is the history domain's component.
        responses: { ...ok("History"), ...errorResponses([...READ_ERRORS, 404]) },
      },
    },
  },
  schemas: {
    input: { MeasureCreate: measureCreateBodySchema, MeasureUpdate: measureUpdateBodySchema, CostLineInput: costLineInputSchema },
    output: {
      Measure: measureSchema,
      MeasureRef: measureRefSchema,
      MeasureLink: measureLinkSchema,
      CostLine: costLineSchema,
      StatusEvent: statusEventSchema,
      MeasureListItem: measureListItemSchema,
      MeasureList: measureListSchema,
    },
  },
};
