/**
 * The OpenAPI 3.1 document of the JSON API v1 (GET /api/v1/openapi.json), assembled from the domains: each domain
 * describes its endpoints in app/domains/<d>/api/openapi.ts (an OpenApiFragment), found here by convention and taken
 * in registry order (DOMAINS). This file adds what they share: info, servers, authentication and the error responses.
 * Component schemas are generated from the fragments' zod schemas with z.toJSONSchema, so the document follows the code.
 */
import { translate } from "~/kit/i18n";
import { API_PREFIX } from "~/kit/api.server";
import { generateComponents, HTTP_METHODS, type OpenApiFragment, type OpenApiTag, type PathItem, ref } from "~/kit/openapi";
import { DOMAINS } from "~/domains";
import { SESSION_COOKIE_PREFIX } from "~/domains/tenancy/index.server";
import type { z } from "zod";

// app/domains/*/api/openapi.ts; pattern and keys are relative to base: "./<domain>/api/openapi.ts".
const FRAGMENT_MODULES = import.meta.glob<OpenApiFragment>("./*/api/openapi.ts", { eager: true, import: "openapi", base: "../" });

export interface DomainFragment {
  domain: string;
  fragment: OpenApiFragment;
}

/** The fragments in the order of `domains`; a fragment in a folder that is not a registered domain is an error. */
export function orderFragments({ modules, domains }: { modules: Record<string, OpenApiFragment>; domains: readonly string[] }): DomainFragment[] {
  const byDomain = new Map<string, OpenApiFragment>();
  for (const [file, fragment] of Object.entries(modules)) {
    const domain = /^\.\/([^/]+)\/api\/openapi\.ts$/.exec(file)?.[1];
    if (!domain || !domains.includes(domain)) throw new Error(`OpenAPI fragment ${file} is not in a registered domain (app/domains/index.ts)`);
    byDomain.set(domain, fragment);
  }
  return domains.flatMap((domain) => {
    const fragment = byDomain.get(domain);
    return fragment ? [{ domain, fragment }] : [];
  });
}

/**
 * Merges the fragments in order. A path, component schema, tag or operationId defined twice is an error naming
 * both domains, so one domain cannot silently replace another's part.
 */
export function mergeFragments(fragments: readonly DomainFragment[]) {
  const tags: OpenApiTag[] = [];
  const paths: Record<string, PathItem> = {};
  const schemas = { input: {} as Record<string, z.ZodType>, output: {} as Record<string, z.ZodType> };
  const owners = new Map<string, string>();
  const claim = (kind: string, name: string, domain: string) => {
    const owner = owners.get(`${kind} ${name}`);
    if (owner) throw new Error(`OpenAPI: duplicate ${kind} "${name}" (domains ${owner} and ${domain})`);
    owners.set(`${kind} ${name}`, domain);
  };
  for (const { domain, fragment } of fragments) {
    for (const tag of fragment.tags ?? []) {
      claim("tag", tag.name, domain);
      tags.push(tag);
    }
    for (const [path, item] of Object.entries(fragment.paths)) {
      claim("path", path, domain);
      for (const method of HTTP_METHODS) {
        const operationId = item[method]?.operationId;
        if (operationId) claim("operationId", operationId, domain);
      }
      paths[path] = item;
    }
    for (const io of ["input", "output"] as const) {
      for (const [name, schema] of Object.entries(fragment.schemas?.[io] ?? {})) {
        // Request and response schemas share components.schemas.
        claim("schema", name, domain);
        schemas[io][name] = schema;
      }
    }
  }
  return { tags, paths, schemas };
}

/** Every local `$ref` (to a component) must resolve: a fragment may refer to another domain's component. */
function assertRefsResolve(document: unknown) {
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (key === "$ref" && typeof child === "string" && child.startsWith("#/")) {
          const target = child
            .slice(2)
            .split("/")
            .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")], document);
          if (target === undefined) throw new Error(`OpenAPI: unresolved $ref ${child}`);
        } else visit(child);
      }
    }
  };
  visit(document);
}

function buildDocument() {
  const { tags, paths, schemas } = mergeFragments(orderFragments({ modules: FRAGMENT_MODULES, domains: DOMAINS.map((d) => d.name) }));
  const errorExample = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ error: { code, message, ...extra } });
  const nb = (key: string) => translate("nb", key);
  const errorResponse = (description: string, example: unknown) => ({
    description,
    content: { "application/json": { schema: ref("Error"), example } },
  });

  const document = {
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
        '**Errors** are `{ "error": { "code", "message", "fields"? } }`. Messages are in bokmål, or nynorsk with `Accept-Language: nn`.',
        "",
        "**Dates** are ISO 8601: `date-time` in UTC, `date` as `YYYY-MM-DD`.",
      ].join("\n"),
    },
    servers: [{ url: API_PREFIX }],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    tags,
    paths,
    components: {
      schemas: { ...generateComponents(schemas.input, "input"), ...generateComponents(schemas.output, "output") },
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
          description:
            "The body is larger than the server's limit (1 MB by default). Sent by the web server before the request reaches the API, as plain text.",
          content: { "text/plain": { schema: { type: "string" }, example: "Payload Too Large" } },
        },
        UnsupportedMediaType: errorResponse("The body is not `application/json`.", errorExample("unsupported_media_type", "unsupported_media_type")),
        InternalError: errorResponse("Unexpected error.", errorExample("internal", nb("error.unexpected"))),
      },
    },
  };
  assertRefsResolve(document);
  return document;
}

export type OpenApiDocument = ReturnType<typeof buildDocument>;

let cached: OpenApiDocument | undefined;

/** The document is the same for every request; it is built once. */
export function getOpenApiDocument(): OpenApiDocument {
  cached ??= buildDocument();
  return cached;
}
