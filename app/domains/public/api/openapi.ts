/** The open-data endpoints of the JSON API v1 in the OpenAPI document (assembled by the api domain). */
import { errorResponses, jsonContent, type OpenApiFragment } from "~/kit/openapi";
import { publicPlanSchema } from "../open-data.server";

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

export const openapi: OpenApiFragment = {
  tags: [{ name: "Open data", description: "Åpne data: the published plan of a municipality that has opted in. No authentication." }],
  paths: {
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
  },
  schemas: { output: { PublicPlan: publicPlanSchema } },
};
