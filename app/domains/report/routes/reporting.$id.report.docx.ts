import type { Route } from "./+types/reporting.$id.report.docx";
import { requireContext } from "~/domains/tenancy/index.server";
import { assembleRoundReport } from "~/domains/report/assemble.server";
import { renderCouncilReport } from "~/domains/report/render.server";
import { download } from "~/kit/api.server";
import { withLoader } from "~/kit/http.server";

/** GET /reporting/:id/report.docx: the council report for a reporting round (its snapshot when closed). */
export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "plan.read" });
  const data = await assembleRoundReport({ municipalityId: context.municipality.id, roundId: params.id });
  const file = await renderCouncilReport({
    data,
    format: "docx",
    municipalityCode: context.municipality.code,
    label: data.scope.kind === "round" ? data.scope.title : String(data.year),
  });
  return download(file.body, { contentType: file.contentType, filename: file.filename });
});
