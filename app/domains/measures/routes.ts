import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  route("api/v1/measures", "domains/measures/routes/api.v1.measures.ts"),
  route("api/v1/measures/export.xlsx", "domains/measures/routes/api.v1.measures.export.xlsx.ts"),
  route("api/v1/measures/export.csv", "domains/measures/routes/api.v1.measures.export.csv.ts"),
  route("api/v1/measures/:id", "domains/measures/routes/api.v1.measures.$id.ts"),
  route("api/v1/measures/:id/history", "domains/measures/routes/api.v1.measures.$id.history.ts"),
  route("measures", "domains/measures/routes/measures.tsx"),
  route("measures/new", "domains/measures/routes/measures.new.tsx"),
  route("measures/:id", "domains/measures/routes/measures.$id.tsx"),
  route("measures/:id/edit", "domains/measures/routes/measures.$id.edit.tsx"),
  route("measures/:id/history", "domains/measures/routes/measures.$id.history.tsx"),
];
