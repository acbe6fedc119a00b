/**
 * OpenAPI 3.1 building blocks for the JSON API v1. Each domain describes its endpoints in an OpenApiFragment
 * (app/domains/<d>/api/openapi.ts); the api domain assembles the fragments into one document and adds what they
 * share: info, servers, authentication and the error responses referenced by errorResponses().
 */
import { z } from "zod";
import { deleteQuerySchema } from "~/kit/api.server";

export type JsonSchema = Record<string, unknown>;
type Io = "input" | "output";

export const HTTP_METHODS = ["get", "put", "post", "patch", "delete"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OpenApiTag {
  name: string;
  description?: string;
}

export interface Operation {
  tags: string[];
  operationId: string;
  summary: string;
  description?: string;
  /** `[]` for an endpoint that needs no credentials. */
  security?: unknown[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

/** The operations on one path, with the parameters they share. */
export type PathItem = { parameters?: unknown[] } & { [M in HttpMethod]?: Operation };

/**
 * A domain's part of the document. Component schemas are given as zod schemas and generated together with every
 * other fragment's (one registry per side), so a schema used inside another becomes a `$ref`, across domains too.
 */
export interface OpenApiFragment {
  tags?: OpenApiTag[];
  /** Paths relative to the server URL (/api/v1), e.g. "/measures/{id}". */
  paths: Record<string, PathItem>;
  schemas?: {
    /** Request bodies, generated as input: what the client may send. */
    input?: Record<string, z.ZodType>;
    /** Responses, generated as output: what the server sends. */
    output?: Record<string, z.ZodType>;
  };
}

const SCHEMA_REF = "#/components/schemas/";

/** Drops the ±2^53 bounds zod puts on every integer; they say nothing here. */
function tidy(ctx: { jsonSchema: JsonSchema }) {
  const s = ctx.jsonSchema;
  if (s.type === "integer" && s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
  if (s.type === "integer" && s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
}

/** Component schemas by name; a registered schema used inside another becomes a `$ref` to its component. */
export function generateComponents(schemas: Record<string, z.ZodType>, io: Io): Record<string, JsonSchema> {
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
export function queryParameters(schema: z.ZodObject, descriptions: Record<string, string> = {}) {
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

export const ref = (name: string) => ({ $ref: `${SCHEMA_REF}${name}` });
export const jsonContent = (name: string) => ({ "application/json": { schema: ref(name) } });

export const idParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The resource id (UUID). Unknown ids, malformed ids and ids of other municipalities all give the same 404.",
  schema: { type: "string", format: "uuid" },
};

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500;

/** The names of the shared error responses (components.responses), by status. */
const ERROR_RESPONSE_NAMES: Record<ErrorStatus, string> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  413: "PayloadTooLarge",
  415: "UnsupportedMediaType",
  500: "InternalError",
};

export function errorResponses(statuses: ErrorStatus[]) {
  return Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${ERROR_RESPONSE_NAMES[status]}` }]));
}

export const READ_ERRORS: ErrorStatus[] = [401, 500];
export const WRITE_ERRORS: ErrorStatus[] = [400, 401, 403, 413, 415, 500];

export const CONCURRENCY_NOTE =
  "Send the `version` you read. If someone else has saved in the meantime, nothing is changed and the answer is 409 with `error.currentVersion` and `error.current` (the resource as now stored).";

export function requestBody(name: string, description: string) {
  return { required: true, description, content: jsonContent(name) };
}

export function ok(name: string, description = "OK") {
  return { "200": { description, content: jsonContent(name) } };
}

export function createdResponse(name: string) {
  return {
    "201": {
      description: "Created. `Location` is the path of the new resource.",
      headers: { Location: { description: "Path of the new resource.", schema: { type: "string" } } },
      content: jsonContent(name),
    },
  };
}

/** PATCH and PUT (the same partial update) of a resource, with `version` for optimistic concurrency. */
export function updateOperations(options: { tag: string; noun: string; schema: string; body: string; idPrefix: string; description: string }) {
  const operation = (method: "patch" | "put"): Operation => ({
    tags: [options.tag],
    operationId: `${method === "patch" ? "update" : "replace"}${options.idPrefix}`,
    summary: method === "patch" ? `Update a ${options.noun}` : `Update a ${options.noun} (same as PATCH)`,
    description: options.description,
    requestBody: requestBody(options.body, "`version` (required) and any subset of the fields; fields not sent keep their value."),
    responses: { ...ok(options.schema, "The updated resource (version incremented)."), ...errorResponses([400, 401, 403, 404, 409, 413, 415, 500]) },
  });
  return { patch: operation("patch"), put: operation("put") };
}

/** DELETE of a resource, with the optional `?version=` of deleteQuerySchema. */
export function deleteOperation(options: { tag: string; noun: string; idPrefix: string; description: string }): { delete: Operation } {
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

const CSV_EXPORT_NOTE =
  "UTF-8 with a byte order mark, `;` between fields, decimal comma, CRLF line endings and RFC 4180 quoting. Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so spreadsheets do not run it as a formula; numbers are written as numbers.";
const XLSX_EXPORT_NOTE = "Numbers and dates are real number and date cells; the header row is bold and frozen, with an autofilter.";

const EXPORT_TYPES = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv; charset=utf-8" } as const;

/** A spreadsheet download: `Content-Disposition: attachment; filename="<what>-<municipality number>-<YYYY-MM-DD>.<format>"`. */
export function exportOperation({
  operationId,
  summary,
  description,
  format,
  tag,
  parameters,
  errors = [],
}: {
  operationId: string;
  summary: string;
  description: string;
  format: keyof typeof EXPORT_TYPES;
  tag: string;
  parameters?: unknown[];
  errors?: ErrorStatus[];
}): PathItem {
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
