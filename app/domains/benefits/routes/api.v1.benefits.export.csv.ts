import type { Route } from "./+types/api.v1.benefits.export.csv";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getBenefitRegisterExport } from "~/domains/benefits/export.server";
import { apiHandler, download } from "~/kit/api.server";
import { CSV_CONTENT_TYPE, toCsv } from "~/kit/csv";
import { exportFileName, sheetToCsvRows } from "~/kit/xlsx.server";

/** GET /api/v1/benefits/export.csv: the benefit register: one row per benefit, as CSV (UTF-8 with BOM, semicolons, decimal comma) in the user's language. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const sheet = await getBenefitRegisterExport({ municipalityId: context.municipality.id, lang: context.lang });
  const filename = exportFileName({ what: "gevinster", municipalityCode: context.municipality.code, extension: "csv" });
  return download(toCsv(sheetToCsvRows(sheet)), { contentType: CSV_CONTENT_TYPE, filename });
});
