/**
 * HTTP for open data (GET /api/v1/public/…): no credentials, shared caching for five minutes, a strong ETag
 * with 304 for a matching If-None-Match, and CORS for any origin so that browsers on other sites can read it.
 */
import { createHash } from "node:crypto";
import { apiHandler } from "~/kit/api.server";

const PUBLIC_CACHE = "public, max-age=300";

/** A strong ETag: the SHA-256 of the body. */
function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** Whether an If-None-Match header names this ETag (or `*`). */
function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value === etag || value === `W/${etag}`;
  });
}

function withCors(response: Response): Response {
  try {
    response.headers.set("Access-Control-Allow-Origin", "*");
  } catch {
    // Immutable headers (a Response from elsewhere): leave them.
  }
  return response;
}

/** Like apiHandler (JSON errors), with CORS on every answer, errors included. */
export function openDataHandler<A extends { request: Request }>(handler: (args: A) => Promise<Response>): (args: A) => Promise<Response> {
  const wrapped = apiHandler(handler);
  return async (args) => withCors(await wrapped(args));
}

/** 200 with the body, or 304 when the client already has it. */
export function openDataResponse(request: Request, body: string, contentType: string): Response {
  const etag = strongEtag(body);
  const headers = { ETag: etag, "Cache-Control": PUBLIC_CACHE };
  if (etagMatches(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}
