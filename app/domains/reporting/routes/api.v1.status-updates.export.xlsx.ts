import type { Route } from "./+types/api.v1.status-updates.export.xlsx";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getStatusHistoryExport } from "~/domains/reporting/export.server";
import { apiHandler, download } from "~/kit/api.server";
import { exportFileName, writeXlsx, XLSX_CONTENT_TYPE } from "~/kit/xlsx.server";

/** GET /api/v1/status-updates/export.xlsx[?measure=<id>]: the published status updates (never drafts), internal comment included, as XLSX in the user's language. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const sheet = await getStatusHistoryExport({
    municipalityId: context.municipality.id,
    measureId: new URL(request.url).searchParams.get("measure"),
    lang: context.lang,
  });
  const filename = exportFileName({ what: "statushistorikk", municipalityCode: context.municipality.code, extension: "xlsx" });
  return download(await writeXlsx(sheet), { contentType: XLSX_CONTENT_TYPE, filename });
});
