// Calls API route modules directly, as React Router would, for the data-layer API tests.

type Handler = (args: never) => Promise<Response>;

export interface ApiRoute {
  loader: Handler;
  action?: Handler;
}

export interface CallOptions {
  method?: string;
  token?: string;
  cookie?: string;
  /** Sent as JSON unless it is a string; a string is sent as it is. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  /** Shorthand for `params: { id }`. */
  id?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  json: any;
}

/** Calls a route's loader (GET, HEAD) or action (other methods) with a request for `/api/v1${path}`. */
export async function callApi(route: ApiRoute, path: string, options: CallOptions = {}): Promise<CallResult> {
  const method = options.method ?? "GET";
  const headers = new Headers(options.headers);
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  if (options.cookie) headers.set("Cookie", options.cookie);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers.set("Content-Type", options.contentType ?? "application/json");
  }
  const request = new Request(`http://localhost/api/v1${path}`, { method, headers, body });
  const handler = method === "GET" || method === "HEAD" ? route.loader : route.action;
  if (!handler) throw new Error(`no handler for ${method}`);
  const response = await handler({ request, params: options.params ?? (options.id === undefined ? {} : { id: options.id }), context: {} } as never);
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

/** Route parameters for a route with `:id`. */
export const byId = (id: string) => ({ params: { id } });
