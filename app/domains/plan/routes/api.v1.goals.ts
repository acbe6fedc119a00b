import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.goals";
import { apiHandler, created, json, methodNotAllowed, pickBody, readJsonObject } from "~/kit/api.server";
import { GOAL_CREATE_FIELDS, GOAL_READ_ONLY_FIELDS, goalListQuerySchema } from "~/domains/plan/api/schemas";
import { serializeGoalDetail, serializeGoalList, serializeGoalTree } from "~/domains/plan/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { searchParamsToObject } from "~/domains/measures/index.server";
import { createGoal } from "~/domains/plan/mutations.server";
import { getStrategyById, listGoalTree } from "~/domains/plan/queries.server";
import { parseInput } from "~/kit/validation";

/** GET /api/v1/goals[?strategyId=…][&format=tree|flat]: a tree by default, or a flat depth-first list. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const municipalityId = context.municipality.id;
  const query = parseInput(goalListQuerySchema, searchParamsToObject(new URL(request.url).searchParams));
  if (query.strategyId) await getStrategyById({ municipalityId, id: query.strategyId });
  const tree = await listGoalTree({ municipalityId, strategyId: query.strategyId });
  return json({ data: query.format === "flat" ? serializeGoalList(tree) : serializeGoalTree(tree) });
});

/** POST /api/v1/goals (coordinators and admins). */
export const action = apiHandler(async ({ request }: Route.ActionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "HEAD", "POST"]);
  const context = await requireApiContext(request, { capability: "plan.edit" });
  const { input } = pickBody(await readJsonObject(request), { fields: GOAL_CREATE_FIELDS, ignored: GOAL_READ_ONLY_FIELDS });
  const goal = await createGoal({ municipalityId: context.municipality.id, principal: context.principal, input, actor: actorOf(context) });
  return created(serializeGoalDetail(goal, []), `/goals/${goal.id}`);
});
