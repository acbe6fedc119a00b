import type { Route } from "./+types/reports.council.pdf";
import { requireContext } from "~/domains/tenancy/index.server";
import { currentYearInNorway } from "~/domains/benefits/index.server";
import { assembleYearReport } from "~/domains/report/assemble.server";
import { parseReportYear, renderCouncilReport } from "~/domains/report/render.server";
import { download } from "~/kit/api.server";
import { withLoader } from "~/kit/http.server";

/** GET /reports/council.pdf?year=2026: the council report for a calendar year, from live data. */
export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "plan.read" });
  const year = parseReportYear({ url: new URL(request.url), defaultYear: currentYearInNorway() });
  const data = await assembleYearReport({ municipalityId: context.municipality.id, year });
  const file = await renderCouncilReport({ data, format: "pdf", municipalityCode: context.municipality.code, label: String(year) });
  return download(file.body, { contentType: file.contentType, filename: file.filename });
});
