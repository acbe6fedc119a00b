import { defineDomain } from "../../kit/domain";

/** The JSON API's shared surface: the OpenAPI document (built from every domain's api/openapi.ts) and the JSON 404. */
export const apiDomain = defineDomain({ name: "api", messages: [] });
