import type { Route } from "./+types/api.v1.public.plan-csv";
import { buildPlanCsv } from "~/domains/public/open-data.server";
import { requirePublicContext } from "~/domains/public/guard.server";
import { getPublicPlan } from "~/domains/public/queries.server";
import { methodNotAllowed } from "~/kit/api.server";
import { openDataHandler, openDataResponse } from "~/domains/public/open-data-response.server";

/** GET /api/v1/public/:kommunenummer/plan.csv: the published measures as CSV (open data, no authentication). */
export const loader = openDataHandler(async ({ request, params }: Route.LoaderArgs) => {
  const { municipality } = await requirePublicContext({ code: params.kommunenummer });
  const plan = await getPublicPlan({ municipality });
  return openDataResponse(request, buildPlanCsv(municipality, plan), "text/csv; charset=utf-8");
});

export const action = openDataHandler(async () => methodNotAllowed(["GET", "HEAD"]));
