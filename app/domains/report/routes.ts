import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  route("reporting/:id/report.docx", "domains/report/routes/reporting.$id.report.docx.ts"),
  route("reporting/:id/report.pdf", "domains/report/routes/reporting.$id.report.pdf.ts"),
  route("reports", "domains/report/routes/reports.tsx"),
  route("reports/council.docx", "domains/report/routes/reports.council.docx.ts"),
  route("reports/council.pdf", "domains/report/routes/reports.council.pdf.ts"),
];
