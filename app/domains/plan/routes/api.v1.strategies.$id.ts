import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.strategies.$id";
import { apiHandler, json, methodNotAllowed, pickBody, readJsonObject, withConflictDetails } from "~/kit/api.server";
import { strategyToInput } from "~/domains/plan/api/serializers";
import { STRATEGY_INPUT_FIELDS, STRATEGY_READ_ONLY_FIELDS } from "~/domains/plan/api/schemas";
import { serializeStrategyDetail } from "~/domains/plan/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { updateStrategy } from "~/domains/plan/mutations.server";
import { getStrategyById, listGoalTree } from "~/domains/plan/queries.server";
import { AppError } from "~/kit/errors";

async function loadStrategy(municipalityId: string, id: string) {
  const strategy = await getStrategyById({ municipalityId, id });
  const goals = await listGoalTree({ municipalityId, strategyId: strategy.id });
  return serializeStrategyDetail(strategy, goals);
}

/** GET /api/v1/strategies/:id: the strategy with its goal tree. */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  return json(await loadStrategy(context.municipality.id, params.id));
});

/** PATCH (or PUT) /api/v1/strategies/:id: `version` plus any subset of the fields. */
export const action = apiHandler(async ({ request, params }: Route.ActionArgs) => {
  if (request.method !== "PATCH" && request.method !== "PUT") return methodNotAllowed(["GET", "HEAD", "PATCH", "PUT"]);
  const context = await requireApiContext(request, { capability: "plan.edit" });
  const municipalityId = context.municipality.id;
  const { input, version } = pickBody(await readJsonObject(request), { fields: STRATEGY_INPUT_FIELDS, ignored: STRATEGY_READ_ONLY_FIELDS, version: true });
  const id = params.id;
  await withConflictDetails(
    async () => {
      // The fields not sent are taken from the stored strategy, which must be the version the client edited.
      const current = await getStrategyById({ municipalityId, id });
      if (current.version !== version) throw new AppError("conflict", { messageRef: { key: "plan.conflict" } });
      return updateStrategy({
        municipalityId,
        principal: context.principal,
        id,
        version,
        input: { ...strategyToInput(current), ...input },
        actor: actorOf(context),
      });
    },
    async () => {
      const representation = await loadStrategy(municipalityId, id);
      return { version: representation.version, representation };
    },
  );
  return json(await loadStrategy(municipalityId, id));
});
