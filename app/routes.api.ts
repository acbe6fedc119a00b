import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/** JSON API v1 (resource routes). Documented in GET /api/v1/openapi.json. */
export const apiRoutes: RouteConfigEntry[] = [
  route("api/v1/openapi.json", "domains/measures/routes/api.v1.openapi.ts"),
  route("api/v1/measures", "domains/measures/routes/api.v1.measures.ts"),
  route("api/v1/measures/export.xlsx", "domains/measures/routes/api.v1.measures.export.xlsx.ts"),
  route("api/v1/measures/export.csv", "domains/measures/routes/api.v1.measures.export.csv.ts"),
  route("api/v1/measures/:id", "domains/measures/routes/api.v1.measures.$id.ts"),
  route("api/v1/measures/:id/history", "domains/measures/routes/api.v1.measures.$id.history.ts"),
  route("api/v1/measures/:id/benefits", "domains/benefits/routes/api.v1.measures.$id.benefits.ts"),
  route("api/v1/benefits/summary", "domains/benefits/routes/api.v1.benefits.summary.ts"),
  route("api/v1/benefits/export.xlsx", "domains/benefits/routes/api.v1.benefits.export.xlsx.ts"),
  route("api/v1/benefits/export.csv", "domains/benefits/routes/api.v1.benefits.export.csv.ts"),
  route("api/v1/benefits/:id", "domains/benefits/routes/api.v1.benefits.$id.ts"),
  route("api/v1/benefits/:id/indicators", "domains/benefits/routes/api.v1.benefits.$id.indicators.ts"),
  route("api/v1/indicators/:id", "domains/benefits/routes/api.v1.indicators.$id.ts"),
  route("api/v1/indicators/:id/measurements", "domains/benefits/routes/api.v1.indicators.$id.measurements.ts"),
  route("api/v1/measurements/export.xlsx", "domains/benefits/routes/api.v1.measurements.export.xlsx.ts"),
  route("api/v1/measurements/export.csv", "domains/benefits/routes/api.v1.measurements.export.csv.ts"),
  route("api/v1/measurements/:id", "domains/benefits/routes/api.v1.measurements.$id.ts"),
  route("api/v1/strategies", "domains/plan/routes/api.v1.strategies.ts"),
  route("api/v1/strategies/:id", "domains/plan/routes/api.v1.strategies.$id.ts"),
  route("api/v1/goals", "domains/plan/routes/api.v1.goals.ts"),
  route("api/v1/goals/export.xlsx", "domains/plan/routes/api.v1.goals.export.xlsx.ts"),
  route("api/v1/goals/export.csv", "domains/plan/routes/api.v1.goals.export.csv.ts"),
  route("api/v1/goals/:id", "domains/plan/routes/api.v1.goals.$id.ts"),
  route("api/v1/status-updates/export.xlsx", "domains/reporting/routes/api.v1.status-updates.export.xlsx.ts"),
  route("api/v1/status-updates/export.csv", "domains/reporting/routes/api.v1.status-updates.export.csv.ts"),
  route("api/v1/rounds/:id/snapshot.xlsx", "domains/reporting/routes/api.v1.rounds.$id.snapshot.xlsx.ts"),
  route("api/v1/rounds/:id/snapshot.csv", "domains/reporting/routes/api.v1.rounds.$id.snapshot.csv.ts"),
  // Anything else under /api/v1 is a JSON 404, not the HTML page.
  route("api/v1/*", "domains/measures/routes/api.v1.splat.ts"),
];
