import type { Route } from "./+types/api.v1.measures.$id.history";
import { apiHandler, json, methodNotAllowed } from "~/kit/api.server";
import { serializeHistoryEntry } from "~/domains/history/index.server";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { listMeasureHistory } from "~/domains/measures/queries.server";

/** GET /api/v1/measures/:id/history: field-level changes, newest first. */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const history = await listMeasureHistory({ municipalityId: context.municipality.id, id: params.id });
  return json({ data: history.map(serializeHistoryEntry) });
});

export const action = apiHandler(async () => methodNotAllowed(["GET", "HEAD"]));
