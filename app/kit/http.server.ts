import type { FailureState } from "~/kit/ui/failure";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { data, redirect } from "react-router";
import { isLang, type Lang, translate } from "~/kit/i18n";
import { csrfCookie } from "./cookies.server";
import { AppError, isAppError } from "./errors";
import { CSRF_FIELD, type FormValues, readFormValues } from "./form";

/** Returns the CSRF token for this browser, creating one (and a Set-Cookie header) when missing. */
export async function ensureCsrfToken(request: Request): Promise<{ token: string; setCookie: string | null }> {
  const existing: unknown = await csrfCookie.parse(request.headers.get("Cookie"));
  if (typeof existing === "string" && existing.length >= 32) return { token: existing, setCookie: null };
  const token = randomBytes(24).toString("base64url");
  return { token, setCookie: await csrfCookie.serialize(token) };
}

function assertSameOrigin(request: Request) {
  const origin = request.headers.get("Origin");
  if (!origin || origin === "null") return;
  const host = request.headers.get("X-Forwarded-Host") ?? request.headers.get("Host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden", { messageRef: { key: "error.csrf" } });
  }
  if (host && originHost !== host) throw new AppError("forbidden", { messageRef: { key: "error.csrf" } });
}

/** Reads a submitted form and checks its CSRF token (double-submit cookie) and origin. */
export async function readForm(request: Request): Promise<FormData> {
  assertSameOrigin(request);
  const form = await request.formData();
  const sent = form.get(CSRF_FIELD);
  const expected: unknown = await csrfCookie.parse(request.headers.get("Cookie"));
  const valid =
    typeof sent === "string" && typeof expected === "string" && sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
  if (!valid) throw new AppError("forbidden", { messageRef: { key: "error.csrf" } });
  return form;
}

function loginRedirect(request: Request) {
  const url = new URL(request.url);
  return redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

type Handler<A, R> = (args: A) => Promise<R>;

/** Turns domain errors from a loader into HTTP responses. */
export function withLoader<A extends { request: Request }, R>(handler: Handler<A, R>): Handler<A, R> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === "unauthorized") throw loginRedirect(args.request);
      throw data({ code: error.code, message: error.messageRef ?? null }, { status: error.status });
    }
  };
}

/** Like withLoader, but validation and conflict errors come back as action data with the submitted values. */
export function withAction<A extends { request: Request }, R>(handler: Handler<A, R>) {
  return async (args: A): Promise<R | ReturnType<typeof data<FailureState>>> => {
    const copy = args.request.clone();
    try {
      return await handler(args);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === "unauthorized") throw loginRedirect(args.request);
      if (["validation", "conflict", "rate_limited"].includes(error.code)) {
        let values: FormValues = {};
        try {
          values = readFormValues({ form: await copy.formData() });
        } catch {
          values = {};
        }
        delete values.password;
        delete values.currentPassword;
        delete values.newPassword;
        delete values.confirmPassword;
        return data<FailureState>(
          {
            ok: false,
            fieldErrors: error.fieldErrors ?? {},
            formError: error.messageRef ?? null,
            values,
            details: error.details,
          },
          { status: error.status },
        );
      }
      throw data({ code: error.code, message: error.messageRef ?? null }, { status: error.status });
    }
  };
}

function apiLanguage(request: Request): Lang {
  const header = request.headers.get("Accept-Language") ?? "";
  const first = header.split(",")[0]?.trim().slice(0, 2);
  return isLang(first) ? first : "nb";
}

export function apiError(request: Request, error: AppError) {
  const lang = apiLanguage(request);
  const fields: Record<string, string> = {};
  for (const [field, ref] of Object.entries(error.fieldErrors ?? {})) fields[field] = translate(lang, ref.key, ref.params);
  const message = error.messageRef ? translate(lang, error.messageRef.key, error.messageRef.params) : error.code;
  return Response.json(
    { error: { code: error.code, message, ...(Object.keys(fields).length > 0 ? { fields } : {}), ...(error.details ?? {}) } },
    { status: error.status },
  );
}

/** Wraps a JSON API handler: domain errors become JSON error bodies with the mapped status. */
export function withApi<A extends { request: Request }>(handler: Handler<A, Response>): Handler<A, Response> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      if (isAppError(error)) return apiError(args.request, error);
      if (error instanceof Response) return error;
      throw error;
    }
  };
}

/** Reads a JSON request body; only application/json is accepted (this also blocks cross-site form posts). */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) throw new AppError("unsupported_media_type");
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", { messageRef: { key: "validation.invalidJson" } });
  }
}
