import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  route("import", "domains/import/routes/import.tsx"),
  route("import/:id", "domains/import/routes/import.$id.tsx"),
  route("import/:id/columns", "domains/import/routes/import.$id.columns.tsx"),
  route("import/:id/measures/:rowId", "domains/import/routes/import.$id.measures.$rowId.tsx"),
  route("import/:id/goals/:goalId", "domains/import/routes/import.$id.goals.$goalId.tsx"),
];
