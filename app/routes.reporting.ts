import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const reportingRoutes: RouteConfigEntry[] = [
  route("measures/:id/status", "routes/measures.$id.status.tsx"),
  route("reporting", "routes/reporting.tsx"),
  route("reporting/new", "routes/reporting.new.tsx"),
  route("reporting/compare", "routes/reporting.compare.tsx"),
  route("reporting/:id", "routes/reporting.$id.tsx"),
  route("reporting/:id/report.docx", "routes/reporting.$id.report.docx.ts"),
  route("reporting/:id/report.pdf", "routes/reporting.$id.report.pdf.ts"),
  route("reports", "routes/reports.tsx"),
  route("reports/council.docx", "routes/reports.council.docx.ts"),
  route("reports/council.pdf", "routes/reports.council.pdf.ts"),
  route("notifications", "routes/notifications.tsx"),
];
