import { AppError } from "~/kit/errors";
import type { CouncilReportData } from "./assemble.server";
import { DOCX_CONTENT_TYPE, renderReportDocx } from "./docx.server";
import { PDF_CONTENT_TYPE, renderReportPdf } from "./pdf.server";
import { buildReportDocument } from "./sections";

export type ReportFormat = "docx" | "pdf";

/** The council report as a file: bytes, content type and a file name such as rapport-kommunestyret-4601-2026.docx. */
export async function renderCouncilReport({
  data,
  format,
  municipalityCode,
  label,
  today = new Date(),
}: {
  data: CouncilReportData;
  format: ReportFormat;
  municipalityCode: string;
  label: string;
  today?: Date;
}): Promise<{ body: Uint8Array; contentType: string; filename: string }> {
  const doc = buildReportDocument({ data, today });
  const body = format === "docx" ? await renderReportDocx(doc) : await renderReportPdf(doc);
  return {
    body,
    contentType: format === "docx" ? DOCX_CONTENT_TYPE : PDF_CONTENT_TYPE,
    filename: `rapport-kommunestyret-${municipalityCode}-${label}.${format}`,
  };
}

/** The year of a year report from the query string (?year=2026); the given default when absent. */
export function parseReportYear({ url, defaultYear }: { url: URL; defaultYear: number }): number {
  const raw = url.searchParams.get("year");
  if (raw === null || raw === "") return defaultYear;
  if (!/^\d{4}$/.test(raw)) throw new AppError("bad_request");
  return Number(raw);
}
