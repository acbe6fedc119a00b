/**
 * The OpenAPI 3.1 document of the JSON API v1 (GET /api/v1/openapi.json). Request, query and response schemas
 * are generated from the zod schemas with z.toJSONSchema, so the document follows the code.
 */
import { z } from "zod";
import { translate } from "~/kit/i18n";
import { SESSION_COOKIE_PREFIX } from "~/domains/tenancy/index.server";
import { costLineSchema as costLineInputSchema, measureFilterSchema } from "~/domains/measures/index.server";
import { publicPlanSchema } from "~/domains/public/index.server";
import { API_PREFIX } from "~/kit/api.server";
import {
  benefitCreateBodySchema,
  benefitListSchema,
  benefitSchema,
  benefitUpdateBodySchema,
  costLineSchema,
  deleteQuerySchema,
  errorSchema,
  goalCreateBodySchema,
  goalDetailSchema,
  goalFlatItemSchema,
  goalFlatListSchema,
  goalListQuerySchema,
  goalNodeSchema,
  goalSchema,
  goalTreeSchema,
  goalUpdateBodySchema,
  historyEntrySchema,
  historySchema,
  indicatorCreateBodySchema,
  indicatorListSchema,
  indicatorSchema,
  indicatorUpdateBodySchema,
  measureCreateBodySchema,
  measureLinkSchema,
  measureListItemSchema,
  measureListSchema,
  measureRefSchema,
  measureSchema,
  measureUpdateBodySchema,
  measurementCreateBodySchema,
  measurementListSchema,
  measurementSchema,
  measurementUpdateBodySchema,
  pageMetaSchema,
  statusEventSchema,
  strategyCreateBodySchema,
  strategyDetailSchema,
  strategyListSchema,
  strategySchema,
  strategyUpdateBodySchema,
} from "~/domains/api/schemas";

type JsonSchema = Record<string, unknown>;
type Io = "input" | "output";

const SCHEMA_REF = "#/components/schemas/";

/** Request bodies (generated as input: what the client may send). */
const REQUEST_SCHEMAS: Record<string, z.ZodType> = {
  MeasureCreate: measureCreateBodySchema,
  MeasureUpdate: measureUpdateBodySchema,
  CostLineInput: costLineInputSchema,
  StrategyCreate: strategyCreateBodySchema,
  StrategyUpdate: strategyUpdateBodySchema,
  GoalCreate: goalCreateBodySchema,
  GoalUpdate: goalUpdateBodySchema,
  BenefitCreate: benefitCreateBodySchema,
  BenefitUpdate: benefitUpdateBodySchema,
  IndicatorCreate: indicatorCreateBodySchema,
  IndicatorUpdate: indicatorUpdateBodySchema,
  MeasurementCreate: measurementCreateBodySchema,
  MeasurementUpdate: measurementUpdateBodySchema,
};

/** Responses (generated as output: what the server sends). */
const RESPONSE_SCHEMAS: Record<string, z.ZodType> = {
  Measure: measureSchema,
  MeasureRef: measureRefSchema,
  MeasureLink: measureLinkSchema,
  CostLine: costLineSchema,
  StatusEvent: statusEventSchema,
  MeasureListItem: measureListItemSchema,
  MeasureList: measureListSchema,
  PageMeta: pageMetaSchema,
  HistoryEntry: historyEntrySchema,
  History: historySchema,
  Strategy: strategySchema,
  StrategyDetail: strategyDetailSchema,
  StrategyList: strategyListSchema,
  Goal: goalSchema,
  GoalDetail: goalDetailSchema,
  GoalNode: goalNodeSchema,
  GoalFlatItem: goalFlatItemSchema,
  GoalTree: goalTreeSchema,
  GoalFlatList: goalFlatListSchema,
  Benefit: benefitSchema,
  BenefitList: benefitListSchema,
  Indicator: indicatorSchema,
  IndicatorList: indicatorListSchema,
  Measurement: measurementSchema,
  MeasurementList: measurementListSchema,
  Error: errorSchema,
  PublicPlan: publicPlanSchema,
};

/** Drops the ±2^53 bounds zod puts on every integer; they say nothing here. */
function tidy(ctx: { jsonSchema: JsonSchema }) {
  const s = ctx.jsonSchema;
  if (s.type === "integer" && s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
  if (s.type === "integer" && s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
}

function generateComponents(schemas: Record<string, z.ZodType>, io: Io): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    io,
    target: "draft-2020-12",
    uri: (id) => `${SCHEMA_REF}${id}`,
    override: tidy,
  }) as { schemas: Record<string, JsonSchema> };
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema;
    out[id] = rest;
  }
  return out;
}

function generate(schema: z.ZodType, io: Io): JsonSchema {
  // The parsed side of a query parameter may be a transform (e.g. blank → undefined): that part becomes {}.
  const options = { io, target: "draft-2020-12", override: tidy, unrepresentable: io === "output" ? "any" : "throw" } as const;
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, options) as JsonSchema;
  return rest;
}

/**
 * Query parameters from a zod object schema. Repeatable parameters (arrays after parsing) are described
 * by their parsed type, e.g. `status=idea&status=planned`.
 */
function queryParameters(schema: z.ZodObject, descriptions: Record<string, string> = {}) {
  const input = generate(schema, "input") as { properties: Record<string, JsonSchema>; required?: string[] };
  const output = generate(schema, "output") as { properties: Record<string, JsonSchema> };
  return Object.entries(input.properties).map(([name, inputSchema]) => {
    const parsed = output.properties[name];
    const repeatable = parsed?.type === "array";
    const { description, ...paramSchema } = repeatable ? parsed : inputSchema;
    return {
      name,
      in: "query",
      required: input.required?.includes(name) ?? false,
      ...(descriptions[name] || description ? { description: descriptions[name] ?? description } : {}),
      schema: paramSchema,
      ...(repeatable ? { style: "form", explode: true } : {}),
    };
  });
}

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

const ref = (name: string) => ({ $ref: `${SCHEMA_REF}${name}` });
const jsonContent = (name: string) => ({ "application/json": { schema: ref(name) } });

const idParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The resource id (UUID). Unknown ids, malformed ids and ids of other municipalities all give the same 404.",
  schema: { type: "string", format: "uuid" },
};

const statusMeasureParameter = {
  name: "measure",
  in: "query",
  required: false,
  description: "Only this measure's status updates (UUID).",
  schema: { type: "string", format: "uuid" },
};

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500;

const BENEFIT_REGISTER_EXPORT_NOTE =
  "One row per benefit of the municipality: measure code and title, sector, benefit, type, who benefits, quantitative or qualitative, disbenefit, status and reason, owner, manager, realisation period, recurrence, planned hours, planned NOK (the benefit's own amount, or planned hours × the hourly cost; a column says which), FTE, alternative use, goal numbers, and the valuation indicator's name, unit, baseline, target, latest value and its date, and achievement in percent. Column headers and choices are in the user's language (bokmål or nynorsk). Every role may read.";
const MEASUREMENTS_EXPORT_NOTE =
  "One row per measurement of the municipality: measure code, benefit, indicator, unit, direction, date, value, assessment, comment, the indicator's baseline and target, and achievement in percent. Column headers and choices are in the user's language (bokmål or nynorsk). Every role may read.";
const CSV_EXPORT_NOTE =
  "UTF-8 with a byte order mark, `;` between fields, decimal comma, CRLF line endings and RFC 4180 quoting. Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so spreadsheets do not run it as a formula; numbers are written as numbers.";

const XLSX_EXPORT_NOTE = "Numbers and dates are real number and date cells; the header row is bold and frozen, with an autofilter.";
const MEASURES_EXPORT_NOTE =
  "Every measure matching the filters (the same query parameters as `GET /measures` and the portfolio page; paging is ignored, so the file has all matching measures; an invalid filter value is ignored, as on the page), in the portfolio's order: code, title, sector, status, priority, responsible, user-oriented, plan year, start, end, goal numbers, known cost, and the overall status, progress and period of the latest published status update (never a draft). Column headers and choices are in the user's language (bokmål or nynorsk). Every role may read.";
const GOALS_EXPORT_NOTE =
  "One row per goal of the municipality: strategy, number, title, parent goal number, description, indicator and number of linked measures; strategies newest period first, goals by number. Column headers are in the user's language. Every role may read.";
const STATUS_HISTORY_EXPORT_NOTE =
  "One row per published status update (drafts are never included), newest first per measure: measure code and title, period, reporting round, overall status, progress, the light and comment of each parameter (progress, cost, time, quality, risk, benefits), the internal comment (this is an internal export for the municipality's users and tokens), publication date and publisher. `?measure=<id>` limits it to one measure (400 for a malformed id). Every role may read.";
const SNAPSHOT_EXPORT_NOTE =
  "The portfolio as frozen when the round was closed: code, title, sector, status, priority, merged into, known cost, cost lines without an amount, and the overall status, progress and period of the latest published status then. 404 for rounds that are still open, unknown ids and other municipalities' rounds. Admins and coordinators only.";

const EXPORT_TYPES = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv; charset=utf-8" } as const;

/** A spreadsheet download: `Content-Disposition: attachment; filename="<what>-<municipality number>-<YYYY-MM-DD>.<format>"`. */
function exportOperation({
  operationId,
  summary,
  description,
  format,
  tag = "Benefits",
  parameters,
  errors = [],
}: {
  operationId: string;
  summary: string;
  description: string;
  format: keyof typeof EXPORT_TYPES;
  tag?: string;
  parameters?: unknown[];
  errors?: ErrorStatus[];
}) {
  return {
    ...(parameters ? { parameters } : {}),
    get: {
      tags: [tag],
      operationId,
      summary,
      description: format === "xlsx" ? `${description} ${XLSX_EXPORT_NOTE}` : `${description} ${CSV_EXPORT_NOTE}`,
      responses: {
        "200": {
          description: "The file, as an attachment named after the municipality number and today's date.",
          headers: { "Content-Disposition": { schema: { type: "string" }, description: `attachment; filename="….${format}"` } },
          content: { [EXPORT_TYPES[format]]: { schema: format === "xlsx" ? { type: "string", contentMediaType: EXPORT_TYPES.xlsx } : { type: "string" } } },
        },
        ...errorResponses([...READ_ERRORS, ...errors]),
      },
    },
  };
}

function errorResponses(statuses: ErrorStatus[]) {
  const names: Record<ErrorStatus, string> = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    413: "PayloadTooLarge",
    415: "UnsupportedMediaType",
    500: "InternalError",
  };
  return Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${names[status]}` }]));
}

const READ_ERRORS: ErrorStatus[] = [401, 500];
const WRITE_ERRORS: ErrorStatus[] = [400, 401, 403, 413, 415, 500];

function requestBody(name: string, description: string) {
  return { required: true, description, content: jsonContent(name) };
}

function ok(name: string, description = "OK") {
  return { "200": { description, content: jsonContent(name) } };
}

function createdResponse(name: string) {
  return {
    "201": {
      description: "Created. `Location` is the path of the new resource.",
      headers: { Location: { description: "Path of the new resource.", schema: { type: "string" } } },
      content: jsonContent(name),
    },
  };
}

function updateOperations(options: { tag: string; noun: string; schema: string; body: string; idPrefix: string; description: string }) {
  const operation = (method: "patch" | "put") => ({
    tags: [options.tag],
    operationId: `${method === "patch" ? "update" : "replace"}${options.idPrefix}`,
    summary: method === "patch" ? `Update a ${options.noun}` : `Update a ${options.noun} (same as PATCH)`,
    description: options.description,
    requestBody: requestBody(options.body, "`version` (required) and any subset of the fields; fields not sent keep their value."),
    responses: { ...ok(options.schema, "The updated resource (version incremented)."), ...errorResponses([400, 401, 403, 404, 409, 413, 415, 500]) },
  });
  return { patch: operation("patch"), put: operation("put") };
}

function deleteOperation(options: { tag: string; noun: string; idPrefix: string; description: string }) {
  return {
    delete: {
      tags: [options.tag],
      operationId: `delete${options.idPrefix}`,
      summary: `Delete a ${options.noun}`,
      description: options.description,
      parameters: queryParameters(deleteQuerySchema),
      responses: { "204": { description: "Deleted." }, ...errorResponses([400, 401, 403, 404, 409, 500]) },
    },
  };
}

const kommunenummerParameter = {
  name: "kommunenummer",
  in: "path",
  required: true,
  description: "The municipality's four-digit number, e.g. 3401.",
  schema: { type: "string", pattern: "^[0-9]{4}$" },
};

const OPEN_DATA_NOTE =
  "Only published measures and public fields; costs only when the municipality publishes them. Credentials are ignored: every client gets the same answer. 404 for an unknown kommunenummer and for a municipality that has not opted in (the two cannot be told apart). `Access-Control-Allow-Origin: *`.";

const OPEN_DATA_HEADERS = {
  ETag: { description: "A strong ETag (hash of the body); send it back in `If-None-Match` to get 304.", schema: { type: "string" } },
  "Cache-Control": { description: "`public, max-age=300`.", schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "`*`.", schema: { type: "string" } },
};

const BENEFIT_EDIT_NOTE = "Whoever may edit the parent measure may write its benefits, indicators and measurements; `reader` may only read (403).";

const CONCURRENCY_NOTE =
  "Send the `version` you read. If someone else has saved in the meantime, nothing is changed and the answer is 409 with `error.currentVersion` and `error.current` (the resource as now stored).";

function buildDocument() {
  const errorExample = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ error: { code, message, ...extra } });
  const nb = (key: string) => translate("nb", key);
  const errorResponse = (description: string, example: unknown) => ({
    description,
    content: { "application/json": { schema: ref("Error"), example } },
  });

  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Retning API",
      version: "1.0.0",
      description: [
        "JSON API for a municipality's digitalisation plan: strategies → goals → measures (tiltak).",
        "",
        "**Authentication.** An API token as `Authorization: Bearer <token>` (the token's role applies), or the session cookie of a signed-in user. Everything is scoped to the token's or the session's municipality (a user with several municipalities uses the one chosen in the app).",
        "",
        "**Roles.** `reader` may only read. `coordinator` and `admin` may create and update strategies, goals and measures (a coordinator limited to some sectors only for measures in those sectors). `contributor` may create measures as ideas or proposals and update measures they are responsible for.",
        "",
        "**Requests.** Bodies must be `application/json` (otherwise 415) and at most `MAX_BODY_BYTES` (1 MB by default; otherwise 413). Fields of a resource's representation that cannot be written (`id`, `createdAt`, nested objects …) are ignored, so a client may send back what it read; any other unknown field is a 400.",
        "",
        "**Errors** are `{ \"error\": { \"code\", \"message\", \"fields\"? } }`. Messages are in bokmål, or nynorsk with `Accept-Language: nn`.",
        "",
        "**Dates** are ISO 8601: `date-time` in UTC, `date` as `YYYY-MM-DD`.",
      ].join("\n"),
    },
    servers: [{ url: API_PREFIX }],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    tags: [
      { name: "Measures", description: "Tiltak" },
      { name: "Strategies", description: "Strategier" },
      { name: "Goals", description: "Mål (hovedmål and delmål)" },
      { name: "Benefits", description: "Nyttevirkninger (gevinster), their indicators and measurements" },
      { name: "Reporting", description: "Statusrapportering: status updates and reporting rounds" },
      { name: "Open data", description: "Åpne data: the published plan of a municipality that has opted in. No authentication." },
      { name: "Meta" },
    ],
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
          responses: { ...ok("History"), ...errorResponses([...READ_ERRORS, 404]) },
        },
      },
      "/strategies": {
        get: {
          tags: ["Strategies"],
          operationId: "listStrategies",
          summary: "List strategies",
          description: "Newest period first.",
          responses: { ...ok("StrategyList"), ...errorResponses(READ_ERRORS) },
        },
        post: {
          tags: ["Strategies"],
          operationId: "createStrategy",
          summary: "Create a strategy",
          requestBody: requestBody("StrategyCreate", "The new strategy."),
          responses: { ...createdResponse("StrategyDetail"), ...errorResponses(WRITE_ERRORS) },
        },
      },
      "/strategies/{id}": {
        parameters: [idParameter],
        get: {
          tags: ["Strategies"],
          operationId: "getStrategy",
          summary: "Get a strategy with its goal tree",
          responses: { ...ok("StrategyDetail"), ...errorResponses([...READ_ERRORS, 404]) },
        },
        ...updateOperations({ tag: "Strategies", noun: "strategy", schema: "StrategyDetail", body: "StrategyUpdate", idPrefix: "Strategy", description: CONCURRENCY_NOTE }),
      },
      "/goals/export.xlsx": exportOperation({ operationId: "exportGoalsXlsx", summary: "Download the goals as an Excel workbook", format: "xlsx", tag: "Goals", description: GOALS_EXPORT_NOTE }),
      "/goals/export.csv": exportOperation({ operationId: "exportGoalsCsv", summary: "Download the goals as CSV", format: "csv", tag: "Goals", description: GOALS_EXPORT_NOTE }),
      "/goals": {
        get: {
          tags: ["Goals"],
          operationId: "listGoals",
          summary: "List goals",
          description:
            "By default a **tree**: main goals (of all strategies, or of `strategyId`) with sub-goals nested in `children`, every level sorted by number (1, 1.2, 1.10). With `format=flat` the same goals as a **flat list** in depth-first tree order, with `depth` and without `children`.",
          parameters: queryParameters(goalListQuerySchema),
          responses: {
            "200": {
              description: "`GoalTree` by default, `GoalFlatList` with `format=flat`.",
              content: { "application/json": { schema: { oneOf: [ref("GoalTree"), ref("GoalFlatList")] } } },
            },
            ...errorResponses([400, ...READ_ERRORS, 404]),
          },
        },
        post: {
          tags: ["Goals"],
          operationId: "createGoal",
          summary: "Create a goal",
          description: "A main goal, or a sub-goal with `parentId` (a goal of the same strategy). Numbers are unique within a strategy.",
          requestBody: requestBody("GoalCreate", "The new goal."),
          responses: { ...createdResponse("GoalDetail"), ...errorResponses(WRITE_ERRORS) },
        },
      },
      "/goals/{id}": {
        parameters: [idParameter],
        get: {
          tags: ["Goals"],
          operationId: "getGoal",
          summary: "Get a goal with its linked measures",
          responses: { ...ok("GoalDetail"), ...errorResponses([...READ_ERRORS, 404]) },
        },
        ...updateOperations({
          tag: "Goals",
          noun: "goal",
          schema: "GoalDetail",
          body: "GoalUpdate",
          idPrefix: "Goal",
          description: `${CONCURRENCY_NOTE} A goal stays in its strategy (a different \`strategyId\` is a 400).`,
        }),
      },
      "/measures/{id}/benefits": {
        parameters: [idParameter],
        get: {
          tags: ["Benefits"],
          operationId: "listMeasureBenefits",
          summary: "List the benefits of a measure",
          description: "Oldest first.",
          responses: { ...ok("BenefitList"), ...errorResponses([...READ_ERRORS, 404]) },
        },
        post: {
          tags: ["Benefits"],
          operationId: "createBenefit",
          summary: "Create a benefit on a measure",
          description: `Only \`title\` and \`type\` are required; other fields default to empty (status \`proposed\`, recurrence \`annual\`). Status \`not_realised\` requires \`statusReason\`; a realised freed-capacity benefit requires \`alternativeUse\`. Hours must not be negative. Goals are given by id in \`goalIds\`. ${BENEFIT_EDIT_NOTE}`,
          requestBody: requestBody("BenefitCreate", "The new benefit."),
          responses: { ...createdResponse("Benefit"), ...errorResponses([...WRITE_ERRORS, 404]) },
        },
      },
      "/benefits/summary": {
        get: {
          tags: ["Benefits"],
          operationId: "getBenefitSummary",
          summary: "Planned against realised benefits per year, sector and type",
          description:
            "Computed in the database for the years `from`..`to` (integers 2000–2100, from ≤ to, at most 30 years). `data`: rows { year, sectorId, sectorName, type, plannedNok, realisedNok, plannedHours, realisedHours, plannedFte, realisedFte } (sectorId/sectorName null for measures without a sector). `totals`: the same amounts per year (every year, zeros included), rounded after summing. Disbenefits are not in `data`/`totals`; they are reported per year in `disbenefits`. `meta`: { from, to, hourlyCostNok, hoursPerFte }.",
          parameters: [
            { name: "from", in: "query", required: true, schema: { type: "integer", minimum: 2000, maximum: 2100 } },
            { name: "to", in: "query", required: true, schema: { type: "integer", minimum: 2000, maximum: 2100 } },
          ],
          responses: {
            "200": { description: "The summary.", content: { "application/json": { schema: { type: "object" } } } },
            ...errorResponses([400, ...READ_ERRORS]),
          },
        },
      },
      "/benefits/export.xlsx": exportOperation({
        operationId: "exportBenefitRegisterXlsx",
        summary: "Download the benefit register as an Excel workbook",
        format: "xlsx",
        description: BENEFIT_REGISTER_EXPORT_NOTE,
      }),
      "/benefits/export.csv": exportOperation({
        operationId: "exportBenefitRegisterCsv",
        summary: "Download the benefit register as CSV",
        format: "csv",
        description: BENEFIT_REGISTER_EXPORT_NOTE,
      }),
      "/benefits/{id}": {
        parameters: [idParameter],
        get: {
          tags: ["Benefits"],
          operationId: "getBenefit",
          summary: "Get a benefit",
          responses: { ...ok("Benefit"), ...errorResponses([...READ_ERRORS, 404]) },
        },
        ...updateOperations({ tag: "Benefits", noun: "benefit", schema: "Benefit", body: "BenefitUpdate", idPrefix: "Benefit", description: `${CONCURRENCY_NOTE} ${BENEFIT_EDIT_NOTE}` }),
        ...deleteOperation({ tag: "Benefits", noun: "benefit", idPrefix: "Benefit", description: `Deletes the benefit with its indicators and measurements; the history keeps its last state. ${BENEFIT_EDIT_NOTE}` }),
      },
      "/benefits/{id}/indicators": {
        parameters: [idParameter],
        get: {
          tags: ["Benefits"],
          operationId: "listBenefitIndicators",
          summary: "List the indicators of a benefit",
          description: "Oldest first.",
          responses: { ...ok("IndicatorList"), ...errorResponses([...READ_ERRORS, 404]) },
        },
        post: {
          tags: ["Benefits"],
          operationId: "createIndicator",
          summary: "Create an indicator on a benefit",
          description: `\`name\`, \`unit\` and \`direction\` are required. Values may be numbers or text in the unit ("1 234,5"); the target must differ from the baseline, and hours must not be negative. At most one valuation indicator (unit \`hours\` or \`nok\`) per benefit. ${BENEFIT_EDIT_NOTE}`,
          requestBody: requestBody("IndicatorCreate", "The new indicator."),
          responses: { ...createdResponse("Indicator"), ...errorResponses([...WRITE_ERRORS, 404]) },
        },
      },
      "/indicators/{id}": {
        parameters: [idParameter],
        get: {
          tags: ["Benefits"],
          operationId: "getIndicator",
          summary: "Get an indicator",
          responses: { ...ok("Indicator"), ...errorResponses([...READ_ERRORS, 404]) },
        },
        ...updateOperations({ tag: "Benefits", noun: "indicator", schema: "Indicator", body: "IndicatorUpdate", idPrefix: "Indicator", description: `${CONCURRENCY_NOTE} ${BENEFIT_EDIT_NOTE}` }),
        ...deleteOperation({ tag: "Benefits", noun: "indicator", idPrefix: "Indicator", description: `Deletes the indicator with its measurements. ${BENEFIT_EDIT_NOTE}` }),
      },
      "/indicators/{id}/measurements": {
        parameters: [idParameter],
        get: {
          tags: ["Benefits"],
          operationId: "listIndicatorMeasurements",
          summary: "List the measurements of an indicator",
          description: "Newest first, each with the `outsidePeriod` warning flag.",
          responses: { ...ok("MeasurementList"), ...errorResponses([...READ_ERRORS, 404]) },
        },
        post: {
          tags: ["Benefits"],
          operationId: "createMeasurement",
          summary: "Record a measurement",
          description: `\`measuredOn\` and \`value\` are required; the value is parsed in the indicator's unit (hours must not be negative). A measurement dated outside the benefit's realisation period is saved, with \`outsidePeriod: true\` as a warning. ${BENEFIT_EDIT_NOTE}`,
          requestBody: requestBody("MeasurementCreate", "The new measurement."),
          responses: { ...createdResponse("Measurement"), ...errorResponses([...WRITE_ERRORS, 404]) },
        },
      },
      "/measurements/export.xlsx": exportOperation({
        operationId: "exportMeasurementsXlsx",
        summary: "Download all measurements as an Excel workbook",
        format: "xlsx",
        description: MEASUREMENTS_EXPORT_NOTE,
      }),
      "/measurements/export.csv": exportOperation({
        operationId: "exportMeasurementsCsv",
        summary: "Download all measurements as CSV",
        format: "csv",
        description: MEASUREMENTS_EXPORT_NOTE,
      }),
      "/measurements/{id}": {
        parameters: [idParameter],
        get: {
          tags: ["Benefits"],
          operationId: "getMeasurement",
          summary: "Get a measurement",
          responses: { ...ok("Measurement"), ...errorResponses([...READ_ERRORS, 404]) },
        },
        ...updateOperations({
          tag: "Benefits",
          noun: "measurement",
          schema: "Measurement",
          body: "MeasurementUpdate",
          idPrefix: "Measurement",
          description: `${CONCURRENCY_NOTE} The answer has the \`outsidePeriod\` warning flag. ${BENEFIT_EDIT_NOTE}`,
        }),
        ...deleteOperation({ tag: "Benefits", noun: "measurement", idPrefix: "Measurement", description: BENEFIT_EDIT_NOTE }),
      },
      "/public/{kommunenummer}/plan": {
        parameters: [kommunenummerParameter],
        get: {
          tags: ["Open data"],
          operationId: "getPublicPlan",
          summary: "The published plan (JSON)",
          description: OPEN_DATA_NOTE,
          security: [],
          responses: {
            "200": { description: "The published plan.", headers: OPEN_DATA_HEADERS, content: jsonContent("PublicPlan") },
            "304": { description: "Not modified: `If-None-Match` named the current ETag.", headers: OPEN_DATA_HEADERS },
            ...errorResponses([404, 500]),
          },
        },
      },
      "/public/{kommunenummer}/plan.csv": {
        parameters: [kommunenummerParameter],
        get: {
          tags: ["Open data"],
          operationId: "getPublicPlanCsv",
          summary: "The published measures (CSV)",
          description: `${OPEN_DATA_NOTE} UTF-8 with BOM, \`;\` as separator, CRLF line ends and decimal comma; headers and status names in the municipality's language form (bokmål or nynorsk). Columns: Tiltak nr., Tittel, Beskrivelse, Status, Sektor, Start, Slutt, Brukerrettet, Ansvarlig, Mål, and Kjent kostnad (kr) when the municipality publishes costs.`,
          security: [],
          responses: {
            "200": { description: "The published measures.", headers: OPEN_DATA_HEADERS, content: { "text/csv": { schema: { type: "string" } } } },
            "304": { description: "Not modified: `If-None-Match` named the current ETag.", headers: OPEN_DATA_HEADERS },
            ...errorResponses([404, 500]),
          },
        },
      },
      "/openapi.json": {
        get: {
          tags: ["Meta"],
          operationId: "getOpenApiDocument",
          summary: "This document",
          security: [],
          responses: { "200": { description: "OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: {
      schemas: { ...generateComponents(REQUEST_SCHEMAS, "input"), ...generateComponents(RESPONSE_SCHEMAS, "output") },
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "An API token, created by an admin of the municipality. The token's role (reader, contributor, coordinator, admin) applies.",
        },
        cookieAuth: {
          type: "apiKey",
          in: "cookie",
          name: `${SESSION_COOKIE_PREFIX}.session_token`,
          description: `The session of a user signed in to the app (\`__Secure-${SESSION_COOKIE_PREFIX}.session_token\` over HTTPS). Writes require Content-Type application/json, which a cross-site form cannot send.`,
        },
      },
      responses: {
        BadRequest: errorResponse(
          "Invalid request: `error.fields` has a message per field (dotted paths for nested fields, `_form` for the body as a whole). Also for a body that is not valid JSON (`bad_request`).",
          errorExample("validation", nb("error.summary"), { fields: { title: nb("validation.required") } }),
        ),
        Unauthorized: errorResponse("No or invalid credentials.", errorExample("unauthorized", nb("error.unauthorized"))),
        Forbidden: errorResponse("The role does not allow this.", errorExample("forbidden", nb("error.forbidden.body"))),
        NotFound: errorResponse("Not found in the municipality.", errorExample("not_found", nb("error.notFound.body"))),
        Conflict: errorResponse(
          "Stale `version`: someone else has saved in the meantime. Nothing was changed.",
          errorExample("conflict", nb("measures.conflict"), { currentVersion: 3, current: { id: "…", version: 3 } }),
        ),
        PayloadTooLarge: {
          description: "The body is larger than the server's limit (1 MB by default). Sent by the web server before the request reaches the API, as plain text.",
          content: { "text/plain": { schema: { type: "string" }, example: "Payload Too Large" } },
        },
        UnsupportedMediaType: errorResponse(
          "The body is not `application/json`.",
          errorExample("unsupported_media_type", "unsupported_media_type"),
        ),
        InternalError: errorResponse("Unexpected error.", errorExample("internal", nb("error.unexpected"))),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildDocument>;

let cached: OpenApiDocument | undefined;

/** The document is the same for every request; it is built once. */
export function getOpenApiDocument(): OpenApiDocument {
  cached ??= buildDocument();
  return cached;
}
