import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const importRoutes: RouteConfigEntry[] = [
  route("import", "routes/import.tsx"),
  route("import/:id", "routes/import.$id.tsx"),
  route("import/:id/columns", "routes/import.$id.columns.tsx"),
  route("import/:id/measures/:rowId", "routes/import.$id.measures.$rowId.tsx"),
  route("import/:id/goals/:goalId", "routes/import.$id.goals.$goalId.tsx"),
];
