import type { Route } from "./+types/api.v1.benefits.export.xlsx";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getBenefitRegisterExport } from "~/domains/benefits/export.server";
import { apiHandler, download } from "~/kit/api.server";
import { exportFileName, writeXlsx, XLSX_CONTENT_TYPE } from "~/kit/xlsx.server";

/** GET /api/v1/benefits/export.xlsx: the benefit register: one row per benefit, as XLSX in the user's language. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const sheet = await getBenefitRegisterExport({ municipalityId: context.municipality.id, lang: context.lang });
  const filename = exportFileName({ what: "gevinster", municipalityCode: context.municipality.code, extension: "xlsx" });
  return download(await writeXlsx(sheet), { contentType: XLSX_CONTENT_TYPE, filename });
});
