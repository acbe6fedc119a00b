import type { Route } from "./+types/api.v1.measures.export.csv";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getMeasuresExport } from "~/domains/reporting/index.server";
import { parseMeasureFilter } from "~/domains/measures/form";
import { apiHandler, download } from "~/kit/api.server";
import { CSV_CONTENT_TYPE, toCsv } from "~/kit/csv";
import { exportFileName, sheetToCsvRows } from "~/kit/xlsx.server";

/** GET /api/v1/measures/export.csv: every measure matching the /measures filters (same query parameters; all pages), as CSV (UTF-8 with BOM, semicolons, decimal comma) in the user's language. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const sheet = await getMeasuresExport({
    municipalityId: context.municipality.id,
    filter: parseMeasureFilter(new URL(request.url).searchParams).filter,
    lang: context.lang,
  });
  const filename = exportFileName({ what: "tiltak", municipalityCode: context.municipality.code, extension: "csv" });
  return download(toCsv(sheetToCsvRows(sheet)), { contentType: CSV_CONTENT_TYPE, filename });
});
