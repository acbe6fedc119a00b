import type { Route } from "./+types/api.v1.goals.export.csv";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getGoalsExport } from "~/domains/reporting/index.server";
import { apiHandler, download } from "~/kit/api.server";
import { CSV_CONTENT_TYPE, toCsv } from "~/kit/csv";
import { exportFileName, sheetToCsvRows } from "~/kit/xlsx.server";

/** GET /api/v1/goals/export.csv: every goal with its strategy, parent goal and number of measures, as CSV (UTF-8 with BOM, semicolons, decimal comma) in the user's language. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const sheet = await getGoalsExport({ municipalityId: context.municipality.id, lang: context.lang });
  const filename = exportFileName({ what: "mal", municipalityCode: context.municipality.code, extension: "csv" });
  return download(toCsv(sheetToCsvRows(sheet)), { contentType: CSV_CONTENT_TYPE, filename });
});
