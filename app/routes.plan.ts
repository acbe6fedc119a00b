import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const planRoutes: RouteConfigEntry[] = [
  route("strategies", "routes/strategies.tsx"),
  route("strategies/new", "routes/strategies.new.tsx"),
  route("strategies/:id", "routes/strategies.$id.tsx"),
  route("strategies/:id/edit", "routes/strategies.$id.edit.tsx"),
  route("strategies/:id/history", "routes/strategies.$id.history.tsx"),
  route("goals", "routes/goals.tsx"),
  route("goals/new", "routes/goals.new.tsx"),
  route("goals/:id", "routes/goals.$id.tsx"),
  route("goals/:id/edit", "routes/goals.$id.edit.tsx"),
  route("goals/:id/history", "routes/goals.$id.history.tsx"),
];
