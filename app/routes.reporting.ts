import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const reportingRoutes: RouteConfigEntry[] = [
  route("measures/:id/status", "routes/measures.$id.status.tsx"),
  route("reporting", "routes/reporting.tsx"),
  route("reporting/new", "routes/reporting.new.tsx"),
  route("reporting/compare", "routes/reporting.compare.tsx"),
  route("reporting/:id", "routes/reporting.$id.tsx"),
  route("notifications", "routes/notifications.tsx"),
];
