import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  route("api/v1/status-updates/export.xlsx", "domains/reporting/routes/api.v1.status-updates.export.xlsx.ts"),
  route("api/v1/status-updates/export.csv", "domains/reporting/routes/api.v1.status-updates.export.csv.ts"),
  route("api/v1/rounds/:id/snapshot.xlsx", "domains/reporting/routes/api.v1.rounds.$id.snapshot.xlsx.ts"),
  route("api/v1/rounds/:id/snapshot.csv", "domains/reporting/routes/api.v1.rounds.$id.snapshot.csv.ts"),
  route("reporting", "domains/reporting/routes/reporting.tsx"),
  route("reporting/new", "domains/reporting/routes/reporting.new.tsx"),
  route("reporting/compare", "domains/reporting/routes/reporting.compare.tsx"),
  route("reporting/:id", "domains/reporting/routes/reporting.$id.tsx"),
  route("notifications", "domains/reporting/routes/notifications.tsx"),
];

/** Pages below other domains' layout routes, by the layout's id (see app/routes.ts). */
export const children: Record<string, RouteConfigEntry[]> = {
  measure: [route("measures/:id/status", "domains/reporting/routes/measures.$id.status.tsx")],
};
