import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.strategies";
import { apiHandler, created, json, methodNotAllowed, pickBody, readJsonObject } from "~/kit/api.server";
import { STRATEGY_INPUT_FIELDS, STRATEGY_READ_ONLY_FIELDS } from "~/domains/plan/api/schemas";
import { serializeStrategy, serializeStrategyDetail } from "~/domains/plan/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { createStrategy } from "~/domains/plan/mutations.server";
import { listStrategies } from "~/domains/plan/queries.server";

/** GET /api/v1/strategies: all strategies of the municipality, newest period first. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const strategies = await listStrategies({ municipalityId: context.municipality.id });
  return json({ data: strategies.map(serializeStrategy) });
});

/** POST /api/v1/strategies (coordinators and admins). */
export const action = apiHandler(async ({ request }: Route.ActionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "HEAD", "POST"]);
  const context = await requireApiContext(request, { capability: "plan.edit" });
  const { input } = pickBody(await readJsonObject(request), { fields: STRATEGY_INPUT_FIELDS, ignored: STRATEGY_READ_ONLY_FIELDS });
  const strategy = await createStrategy({ municipalityId: context.municipality.id, principal: context.principal, input, actor: actorOf(context) });
  return created(serializeStrategyDetail(strategy, []), `/strategies/${strategy.id}`);
});
