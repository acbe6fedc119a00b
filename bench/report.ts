// Council report benchmark: assembling the report for a 1 000-measure portfolio and rendering it as DOCX and PDF.
// Target: under 10 s in all. Uses its own in-memory PGlite database with one generated municipality.
// Run alone with `npx tsx bench/report.ts`; `npm run bench` runs it too and stores the result under `report`.
import { eq } from "drizzle-orm";
import { createDatabase, db, setDatabase } from "~/kit/db.server";
import { measure } from "~/domains/measures/db";
import { municipality } from "~/domains/tenancy/db";
import { generateNationalData, municipalityCodes } from "~/domains/demo/generate.server";
import { assembleYearReport } from "~/domains/report/assemble.server";
import { renderCouncilReport } from "~/domains/report/render.server";

export interface ReportBenchResult {
  measures: number;
  year: number;
  runs: number;
  /** Milliseconds, median over the runs (the first run included: a council report is generated now and then). */
  assembleMs: number;
  docxMs: number;
  pdfMs: number;
  totalMs: number;
  maxTotalMs: number;
  docxBytes: number;
  pdfBytes: number;
  targetMs: number;
}

export async function benchReport(runs = 5, measuresPerMunicipality = 1000): Promise<ReportBenchResult> {
  const handle = createDatabase({});
  await handle.migrate();
  setDatabase(handle);
  try {
    await generateNationalData({ municipalities: 1, measuresPerMunicipality, analyze: true });
    const [m] = await db()
      .select({ id: municipality.id, code: municipality.code })
      .from(municipality)
      .where(eq(municipality.code, municipalityCodes(1)[0]));
    const measures = await db().$count(measure, eq(measure.municipalityId, m.id));
    const year = 2026;
    const samples: Array<{ assemble: number; docx: number; pdf: number; docxBytes: number; pdfBytes: number }> = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const data = await assembleYearReport({ municipalityId: m.id, year });
      const t1 = performance.now();
      const docx = await renderCouncilReport({ data, format: "docx", municipalityCode: m.code, label: String(year) });
      const t2 = performance.now();
      const pdf = await renderCouncilReport({ data, format: "pdf", municipalityCode: m.code, label: String(year) });
      const t3 = performance.now();
      samples.push({ assemble: t1 - t0, docx: t2 - t1, pdf: t3 - t2, docxBytes: docx.body.length, pdfBytes: pdf.body.length });
    }
    const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
    const totals = samples.map((s) => s.assemble + s.docx + s.pdf);
    return {
      measures,
      year,
      runs,
      assembleMs: median(samples.map((s) => s.assemble)),
      docxMs: median(samples.map((s) => s.docx)),
      pdfMs: median(samples.map((s) => s.pdf)),
      totalMs: median(totals),
      maxTotalMs: Math.round(Math.max(...totals)),
      docxBytes: samples[0].docxBytes,
      pdfBytes: samples[0].pdfBytes,
      targetMs: 10_000,
    };
  } finally {
    setDatabase(undefined);
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.info(JSON.stringify(await benchReport(), null, 2));
}
