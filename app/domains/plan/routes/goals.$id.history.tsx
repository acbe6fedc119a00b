import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/goals.$id.history";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { groupHistory } from "~/domains/history";
import { goalFieldLabels, PlanHistoryTable } from "~/domains/plan/ui/components";
import { metaTitle } from "~/kit/ui/meta";
import { GOAL_HISTORY_FIELDS } from "~/domains/plan/mutations.server";
import { getGoalById, listGoalHistory, listPlanReferenceNames } from "~/domains/plan/queries.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const goal = await getGoalById({ municipalityId, id: params.id });
  const entries = await listGoalHistory({ municipalityId, id: goal.id });
  // Strategy and parent goal are stored as ids; show their current names.
  const ids = entries
    .filter((e) => e.field === "strategyId" || e.field === "parentId")
    .flatMap((e) => [e.oldValue, e.newValue])
    .filter((v): v is string => typeof v === "string");
  const names = await listPlanReferenceNames({ municipalityId, ids });
  return {
    goal: { id: goal.id, number: goal.number, title: goal.title },
    groups: groupHistory(entries, GOAL_HISTORY_FIELDS),
    names,
  };
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) => (loaderData ? `${t("plan.history")} ${loaderData.goal.number} ${loaderData.goal.title}` : t("plan.history")));

export default function GoalHistory() {
  const t = useT();
  const { goal, groups, names } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/goals/${goal.id}`}>{t("plan.history.backToGoal")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("plan.history.goalHeading", { number: goal.number, title: goal.title })}
      </Heading>
      <PlanHistoryTable groups={groups} labels={goalFieldLabels(t)} names={names} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
