import type { Route } from "./+types/api.v1.status-updates.export.csv";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getStatusHistoryExport } from "~/domains/reporting/export.server";
import { apiHandler, download } from "~/kit/api.server";
import { CSV_CONTENT_TYPE, toCsv } from "~/kit/csv";
import { exportFileName, sheetToCsvRows } from "~/kit/xlsx.server";

/** GET /api/v1/status-updates/export.csv[?measure=<id>]: the published status updates (never drafts), internal comment included, as CSV (UTF-8 with BOM, semicolons, decimal comma) in the user's language. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const sheet = await getStatusHistoryExport({
    municipalityId: context.municipality.id,
    measureId: new URL(request.url).searchParams.get("measure"),
    lang: context.lang,
  });
  const filename = exportFileName({ what: "statushistorikk", municipalityCode: context.municipality.code, extension: "csv" });
  return download(toCsv(sheetToCsvRows(sheet)), { contentType: CSV_CONTENT_TYPE, filename });
});
