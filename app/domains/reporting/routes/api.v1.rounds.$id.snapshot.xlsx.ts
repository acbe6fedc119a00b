import type { Route } from "./+types/api.v1.rounds.$id.snapshot.xlsx";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getSnapshotExport } from "~/domains/reporting/export.server";
import { apiHandler, download } from "~/kit/api.server";
import { exportFileName, writeXlsx, XLSX_CONTENT_TYPE } from "~/kit/xlsx.server";

/** GET /api/v1/rounds/:id/snapshot.xlsx: the frozen portfolio of a closed round (404 while it is open), as XLSX in the user's language. */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "reporting.view" });
  const sheet = await getSnapshotExport({ municipalityId: context.municipality.id, roundId: params.id, lang: context.lang });
  const filename = exportFileName({ what: "oyeblikksbilde", municipalityCode: context.municipality.code, extension: "xlsx" });
  return download(await writeXlsx(sheet), { contentType: XLSX_CONTENT_TYPE, filename });
});
