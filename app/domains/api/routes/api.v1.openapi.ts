import { apiHandler, methodNotAllowed } from "~/kit/api.server";
import { getOpenApiDocument } from "~/domains/api/openapi.server";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document (no authentication). */
export const loader = apiHandler(async () => Response.json(getOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }));

export const action = apiHandler(async () => methodNotAllowed(["GET", "HEAD"]));
