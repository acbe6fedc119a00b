/** The document itself and the schemas every endpoint shares: the error envelope and the page meta of a paged list. */
import { errorSchema, pageMetaSchema } from "~/kit/api.server";
import type { OpenApiFragment } from "~/kit/openapi";

export const openapi: OpenApiFragment = {
  tags: [{ name: "Meta" }],
  paths: {
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
  schemas: { output: { PageMeta: pageMetaSchema, Error: errorSchema } },
};
