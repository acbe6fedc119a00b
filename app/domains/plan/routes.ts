import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  route("api/v1/strategies", "domains/plan/routes/api.v1.strategies.ts"),
  route("api/v1/strategies/:id", "domains/plan/routes/api.v1.strategies.$id.ts"),
  route("api/v1/goals", "domains/plan/routes/api.v1.goals.ts"),
  route("api/v1/goals/export.xlsx", "domains/plan/routes/api.v1.goals.export.xlsx.ts"),
  route("api/v1/goals/export.csv", "domains/plan/routes/api.v1.goals.export.csv.ts"),
  route("api/v1/goals/:id", "domains/plan/routes/api.v1.goals.$id.ts"),
  route("strategies", "domains/plan/routes/strategies.tsx"),
  route("strategies/new", "domains/plan/routes/strategies.new.tsx"),
  route("strategies/:id", "domains/plan/routes/strategies.$id.tsx"),
  route("strategies/:id/edit", "domains/plan/routes/strategies.$id.edit.tsx"),
  route("strategies/:id/history", "domains/plan/routes/strategies.$id.history.tsx"),
  route("goals", "domains/plan/routes/goals.tsx"),
  route("goals/new", "domains/plan/routes/goals.new.tsx"),
  route("goals/:id", "domains/plan/routes/goals.$id.tsx"),
  route("goals/:id/edit", "domains/plan/routes/goals.$id.edit.tsx"),
  route("goals/:id/history", "domains/plan/routes/goals.$id.history.tsx"),
];
