import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.goals.$id";
import { apiHandler, json, methodNotAllowed, pickBody, readJsonObject, withConflictDetails } from "~/kit/api.server";
import { goalToInput } from "~/domains/plan/api/serializers";
import { GOAL_UPDATE_FIELDS, GOAL_UPDATE_READ_ONLY_FIELDS } from "~/domains/plan/api/schemas";
import { serializeGoalDetail } from "~/domains/plan/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { updateGoal } from "~/domains/plan/mutations.server";
import { getGoalById, listMeasuresForGoal } from "~/domains/plan/queries.server";
import { AppError } from "~/kit/errors";

async function loadGoal(municipalityId: string, id: string) {
  const goal = await getGoalById({ municipalityId, id });
  return serializeGoalDetail(goal, await listMeasuresForGoal({ municipalityId, goalId: goal.id }));
}

/** GET /api/v1/goals/:id: the goal with its linked measures. */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  return json(await loadGoal(context.municipality.id, params.id));
});

/** PATCH (or PUT) /api/v1/goals/:id: `version` plus any subset of parentId, number, title, description, indicator. */
export const action = apiHandler(async ({ request, params }: Route.ActionArgs) => {
  if (request.method !== "PATCH" && request.method !== "PUT") return methodNotAllowed(["GET", "HEAD", "PATCH", "PUT"]);
  const context = await requireApiContext(request, { capability: "plan.edit" });
  const municipalityId = context.municipality.id;
  const body = await readJsonObject(request);
  const { input, version } = pickBody(body, { fields: GOAL_UPDATE_FIELDS, ignored: GOAL_UPDATE_READ_ONLY_FIELDS, version: true });
  const id = params.id;
  await withConflictDetails(
    async () => {
      // The fields not sent are taken from the stored goal, which must be the version the client edited.
      const current = await getGoalById({ municipalityId, id });
      if (body.strategyId !== undefined && body.strategyId !== current.strategyId) {
        throw new AppError("validation", { fieldErrors: { strategyId: { key: "validation.invalid" } } });
      }
      if (current.version !== version) throw new AppError("conflict", { messageRef: { key: "plan.conflict" } });
      return updateGoal({ municipalityId, principal: context.principal, id, version, input: { ...goalToInput(current), ...input }, actor: actorOf(context) });
    },
    async () => {
      const representation = await loadGoal(municipalityId, id);
      return { version: representation.version, representation };
    },
  );
  return json(await loadGoal(municipalityId, id));
});
