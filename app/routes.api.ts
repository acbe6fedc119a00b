import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/** JSON API v1 (resource routes). Documented in GET /api/v1/openapi.json. */
export const apiRoutes: RouteConfigEntry[] = [
  route("api/v1/openapi.json", "routes/api.v1.openapi.ts"),
  route("api/v1/measures", "routes/api.v1.measures.ts"),
  route("api/v1/measures/:id", "routes/api.v1.measures.$id.ts"),
  route("api/v1/measures/:id/history", "routes/api.v1.measures.$id.history.ts"),
  route("api/v1/strategies", "routes/api.v1.strategies.ts"),
  route("api/v1/strategies/:id", "routes/api.v1.strategies.$id.ts"),
  route("api/v1/goals", "routes/api.v1.goals.ts"),
  route("api/v1/goals/:id", "routes/api.v1.goals.$id.ts"),
  // Anything else under /api/v1 is a JSON 404, not the HTML page.
  route("api/v1/*", "routes/api.v1.splat.ts"),
];
