import type { Route } from "./+types/api.v1.goals.export.xlsx";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getGoalsExport } from "~/domains/reporting/index.server";
import { apiHandler, download } from "~/kit/api.server";
import { exportFileName, writeXlsx, XLSX_CONTENT_TYPE } from "~/kit/xlsx.server";

/** GET /api/v1/goals/export.xlsx: every goal with its strategy, parent goal and number of measures, as XLSX in the user's language. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const sheet = await getGoalsExport({ municipalityId: context.municipality.id, lang: context.lang });
  const filename = exportFileName({ what: "mal", municipalityCode: context.municipality.code, extension: "xlsx" });
  return download(await writeXlsx(sheet), { contentType: XLSX_CONTENT_TYPE, filename });
});
