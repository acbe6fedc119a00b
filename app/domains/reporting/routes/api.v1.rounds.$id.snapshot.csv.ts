import type { Route } from "./+types/api.v1.rounds.$id.snapshot.csv";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getSnapshotExport } from "~/domains/reporting/export.server";
import { apiHandler, download } from "~/kit/api.server";
import { CSV_CONTENT_TYPE, toCsv } from "~/kit/csv";
import { exportFileName, sheetToCsvRows } from "~/kit/xlsx.server";

/** GET /api/v1/rounds/:id/snapshot.csv: the frozen portfolio of a closed round (404 while it is open), as CSV (UTF-8 with BOM, semicolons, decimal comma) in the user's language. */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "reporting.view" });
  const sheet = await getSnapshotExport({ municipalityId: context.municipality.id, roundId: params.id, lang: context.lang });
  const filename = exportFileName({ what: "oyeblikksbilde", municipalityCode: context.municipality.code, extension: "csv" });
  return download(toCsv(sheetToCsvRows(sheet)), { contentType: CSV_CONTENT_TYPE, filename });
});
