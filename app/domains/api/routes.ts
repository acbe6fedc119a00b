import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  route("api/v1/openapi.json", "domains/api/routes/api.v1.openapi.ts"),
  // Anything else under /api/v1 is a JSON 404, not the HTML page.
  route("api/v1/*", "domains/api/routes/api.v1.splat.ts"),
];
