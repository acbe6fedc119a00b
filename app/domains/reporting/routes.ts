import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const reportingRoutes: RouteConfigEntry[] = [
  route("measures/:id/status", "domains/reporting/routes/measures.$id.status.tsx"),
  route("reporting", "domains/reporting/routes/reporting.tsx"),
  route("reporting/new", "domains/reporting/routes/reporting.new.tsx"),
  route("reporting/compare", "domains/reporting/routes/reporting.compare.tsx"),
  route("reporting/:id", "domains/reporting/routes/reporting.$id.tsx"),
  route("reporting/:id/report.docx", "domains/report/routes/reporting.$id.report.docx.ts"),
  route("reporting/:id/report.pdf", "domains/report/routes/reporting.$id.report.pdf.ts"),
  route("reports", "domains/report/routes/reports.tsx"),
  route("reports/council.docx", "domains/report/routes/reports.council.docx.ts"),
  route("reports/council.pdf", "domains/report/routes/reports.council.pdf.ts"),
  route("notifications", "domains/reporting/routes/notifications.tsx"),
];
