import type { Route } from "./+types/api.v1.public.plan-csv";
import { buildPlanCsv } from "~/modules/public/open-data.server";
import { requirePublicContext } from "~/modules/public/guard.server";
import { getPublicPlan } from "~/modules/public/queries.server";
import { methodNotAllowed } from "~/kit/api.server";
import { openDataHandler, openDataResponse } from "~/utils/open-data.server";

/** GET /api/v1/public/:kommunenummer/plan.csv: the published measures as CSV (open data, no authentication). */
export const loader = openDataHandler(async ({ request, params }: Route.LoaderArgs) => {
  const { municipality } = await requirePublicContext({ code: params.kommunenummer });
  const plan = await getPublicPlan({ municipality });
  return openDataResponse(request, buildPlanCsv(municipality, plan), "text/csv; charset=utf-8");
});

export const action = openDataHandler(async () => methodNotAllowed(["GET", "HEAD"]));
