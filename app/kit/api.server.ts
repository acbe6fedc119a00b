import { translate } from "~/kit/i18n";
/**
 * Helpers for the JSON API route modules (app/routes/api.v1.*.ts), on top of withApi and readJson.
 */
import { AppError, ERROR_STATUS, type ErrorCode, type FieldErrors, isAppError } from "~/kit/errors";
import { readJson, withApi } from "~/kit/http.server";
import { z } from "zod";
import { zodErrorToFieldErrors } from "~/kit/validation";

export const API_PREFIX = "/api/v1";

/** The `version` a write is based on (from the last GET): optimistic concurrency for every resource. */
export const versionField = z.number().int().min(1).describe("The version of the resource this change is based on (from the last GET).");
export const versionBodySchema = z.object({ version: versionField });

/** DELETE query string: an optional version; when given and stale, the answer is 409 and nothing is deleted. */
export const deleteQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional().describe("The version the deletion is based on; a stale version gives 409."),
});

/** The `meta` of a paged list. */
export const pageMetaSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
});

const API_ERROR_CODES = [...(Object.keys(ERROR_STATUS) as Array<keyof typeof ERROR_STATUS>), "method_not_allowed"] as const;

/** The body of every error answer (see apiHandler and methodNotAllowed). */
export const errorSchema = z.object({
  error: z.looseObject({
    code: z.enum(API_ERROR_CODES),
    message: z.string().describe("Human-readable, in the language of Accept-Language (nb by default, nn supported)."),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('Validation errors per field; nested fields are dotted ("costs.0.amountNok"), "_form" is the body as a whole.'),
    currentVersion: z.number().int().optional().describe("On 409: the version now stored."),
    current: z.record(z.string(), z.unknown()).optional().describe("On 409: the resource as now stored (same representation as GET)."),
  }),
});

/** Fields of a representation that a client may send back but cannot change: ignored in request bodies (see pickBody). */
export function readOnlyFields(representation: z.ZodObject, writable: readonly string[]): string[] {
  return Object.keys(representation.shape).filter((key) => !writable.includes(key));
}

/** A timestamp as the API writes it: ISO 8601 in UTC. */
export function isoDateTime(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Messages for errors thrown without one, so every error body has a readable message. */
const DEFAULT_MESSAGES: Partial<Record<ErrorCode, string>> = {
  validation: "error.apiValidation",
  bad_request: "error.badRequest",
  unauthorized: "error.unauthorized",
  forbidden: "error.forbidden.body",
  not_found: "error.apiNotFound",
  unsupported_media_type: "error.unsupportedMediaType",
  payload_too_large: "error.payloadTooLarge",
  rate_limited: "error.rateLimited",
  internal: "error.unexpected",
};

function withDefaultMessage(error: AppError): AppError {
  const key = DEFAULT_MESSAGES[error.code];
  if (error.messageRef || !key) return error;
  return new AppError(error.code, { fieldErrors: error.fieldErrors, details: error.details, messageRef: { key } });
}

function noStore(response: Response): Response {
  try {
    if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
  } catch {
    // Immutable headers (a Response from elsewhere): leave them.
  }
  return response;
}

/**
 * Wraps an API loader or action: domain errors become `{ error: { code, message, fields } }` (withApi),
 * unexpected errors are logged and become a 500 JSON error, and responses are not cached unless they say so.
 */
export function apiHandler<A extends { request: Request }>(handler: (args: A) => Promise<Response>): (args: A) => Promise<Response> {
  const wrapped = withApi<A>(async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      if (isAppError(error)) throw withDefaultMessage(error);
      if (error instanceof Response) throw error;
      console.error(error);
      throw new AppError("internal", { messageRef: { key: "error.unexpected" } });
    }
  });
  return async (args) => noStore(await wrapped(args));
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

/** 201 with a Location header pointing at the new resource. */
export function created(body: unknown, path: string): Response {
  return Response.json(body, { status: 201, headers: { Location: `${API_PREFIX}${path}` } });
}

export function methodNotAllowed(allow: readonly string[]): Response {
  return Response.json(
    { error: { code: "method_not_allowed", message: translate("nb", "error.methodNotAllowed") } },
    { status: 405, headers: { Allow: allow.join(", "), "Cache-Control": "no-store" } },
  );
}

/** Reads an application/json body (415 otherwise) that must be a JSON object. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const body = await readJson(request);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("validation", { fieldErrors: { _form: { key: "validation.invalid" } } });
  }
  return body as Record<string, unknown>;
}

/**
 * Picks the writable fields from a request body. Fields of the resource's representation that cannot be
 * written (id, createdAt, nested objects …) are ignored, so a client may send back what it read; any other
 * field is a validation error rather than silently dropped. With `version`, the body must carry an integer version.
 */
export function pickBody<K extends string>(
  body: Record<string, unknown>,
  options: { fields: readonly K[]; ignored: readonly string[]; version: true },
): { input: Partial<Record<K, unknown>>; version: number };
export function pickBody<K extends string>(
  body: Record<string, unknown>,
  options: { fields: readonly K[]; ignored: readonly string[]; version?: false },
): { input: Partial<Record<K, unknown>>; version: null };
export function pickBody<K extends string>(
  body: Record<string, unknown>,
  { fields, ignored, version }: { fields: readonly K[]; ignored: readonly string[]; version?: boolean },
): { input: Partial<Record<K, unknown>>; version: number | null } {
  const fieldErrors: FieldErrors = {};
  const input: Partial<Record<K, unknown>> = {};
  const writable = new Set<string>(fields);
  const skip = new Set<string>([...ignored, "version"]);
  for (const [key, value] of Object.entries(body)) {
    if (writable.has(key)) input[key as K] = value;
    else if (!skip.has(key)) fieldErrors[key] = { key: "validation.unknownField" };
  }
  let parsedVersion: number | null = null;
  if (version) {
    const result = versionBodySchema.safeParse({ version: body.version });
    if (result.success) parsedVersion = result.data.version;
    else Object.assign(fieldErrors, zodErrorToFieldErrors(result.error));
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("validation", { fieldErrors });
  return { input, version: parsedVersion };
}

/**
 * Runs an update; when it fails with a conflict, the error carries the stored version and the resource as
 * now stored (`currentVersion`, `current`), in the same representation as GET.
 */
export async function withConflictDetails<T>(update: () => Promise<T>, loadCurrent: () => Promise<{ version: number; representation: unknown }>): Promise<T> {
  try {
    return await update();
  } catch (error) {
    if (!isAppError(error) || error.code !== "conflict") throw error;
    const current = await loadCurrent();
    throw new AppError("conflict", {
      messageRef: error.messageRef,
      fieldErrors: error.fieldErrors,
      details: { currentVersion: current.version, current: current.representation },
    });
  }
}

/** A file download (export): `Content-Disposition: attachment` with an ASCII file name. */
export function download(body: string | Uint8Array, { contentType, filename }: { contentType: string; filename: string }): Response {
  return new Response(body as BodyInit, {
    headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"` },
  });
}
