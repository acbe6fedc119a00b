import type { Route } from "./+types/api.v1.measures.export.xlsx";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getMeasuresExport } from "~/domains/reporting/index.server";
import { parseMeasureFilter } from "~/domains/measures/form";
import { apiHandler, download } from "~/kit/api.server";
import { exportFileName, writeXlsx, XLSX_CONTENT_TYPE } from "~/kit/xlsx.server";

/** GET /api/v1/measures/export.xlsx: every measure matching the /measures filters (same query parameters; all pages), as XLSX in the user's language. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const sheet = await getMeasuresExport({
    municipalityId: context.municipality.id,
    filter: parseMeasureFilter(new URL(request.url).searchParams).filter,
    lang: context.lang,
  });
  const filename = exportFileName({ what: "tiltak", municipalityCode: context.municipality.code, extension: "xlsx" });
  return download(await writeXlsx(sheet), { contentType: XLSX_CONTENT_TYPE, filename });
});
