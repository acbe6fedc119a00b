import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const measureRoutes: RouteConfigEntry[] = [
  route("measures", "routes/measures.tsx"),
  route("measures/new", "routes/measures.new.tsx"),
  route("measures/:id", "routes/measures.$id.tsx"),
  route("measures/:id/edit", "routes/measures.$id.edit.tsx"),
  route("measures/:id/history", "routes/measures.$id.history.tsx"),
];
