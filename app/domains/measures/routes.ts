import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const measureRoutes: RouteConfigEntry[] = [
  route("measures", "domains/measures/routes/measures.tsx"),
  route("measures/new", "domains/measures/routes/measures.new.tsx"),
  route("measures/:id", "domains/measures/routes/measures.$id.tsx"),
  route("measures/:id/edit", "domains/measures/routes/measures.$id.edit.tsx"),
  route("measures/:id/history", "domains/measures/routes/measures.$id.history.tsx"),
];
