import { actorOf } from "~/kit/context";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/goals.$id.edit";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { formatPeriod, GoalFormFields, goalFieldLabels, PlanConflictNotice, VersionInput } from "~/domains/plan/ui/components";
import { metaTitle } from "~/kit/ui/meta";
import { type GoalSnapshot, updateGoal } from "~/domains/plan/mutations.server";
import { getGoalById, getStrategyById, listGoalTree } from "~/domains/plan/queries.server";
import { updateGoalSchema, versionSchema } from "~/domains/plan/schema";
import { findGoalPath, flattenGoalTree, subtreeIds } from "~/domains/plan/tree";
import { AppError } from "~/kit/errors";
import { readFormInput } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";
import { parseInput } from "~/kit/validation";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "plan.edit" });
  const municipalityId = context.municipality.id;
  const goal = await getGoalById({ municipalityId, id: params.id });
  const strategy = await getStrategyById({ municipalityId, id: goal.strategyId });
  const tree = await listGoalTree({ municipalityId, strategyId: strategy.id });
  const node = findGoalPath(tree, goal.id).at(-1);
  if (!node) throw new AppError("not_found");
  // A goal cannot be moved below itself or one of its own sub-goals.
  const excluded = subtreeIds(node);
  const goals = flattenGoalTree(tree).map(({ node: n, depth }) => ({ id: n.id, number: n.number, title: n.title, depth }));
  return {
    goal: {
      id: goal.id,
      parentId: goal.parentId,
      number: goal.number,
      title: goal.title,
      description: goal.description,
      indicator: goal.indicator,
      version: goal.version,
    },
    strategy: { id: strategy.id, title: strategy.title, periodFrom: strategy.periodFrom, periodTo: strategy.periodTo },
    goals,
    parentOptions: goals.filter((g) => !excluded.has(g.id)),
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "plan.edit" });
  const updated = await updateGoal({
    municipalityId: context.municipality.id,
    principal: context.principal,
    id: params.id,
    input: readFormInput({ form, texts: Object.keys(updateGoalSchema.shape) }),
    version: parseInput(versionSchema, form.get("version")),
    actor: actorOf(context),
  });
  return redirect(`/goals/${updated.id}?saved=1`);
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) => (loaderData ? `${t("plan.goal.edit.title")}: ${loaderData.goal.number} ${loaderData.goal.title}` : t("plan.goal.edit.title")));

export default function EditGoal() {
  const t = useT();
  const { goal, strategy, goals, parentOptions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const state = result && result.ok === false ? result : undefined;
  const current = state?.details?.current as GoalSnapshot | undefined;
  const notSet = t("plan.notSet");
  const parentLabel = (id: string | null) => {
    if (!id) return t("plan.goal.parent.none");
    const parent = goals.find((g) => g.id === id);
    return parent ? `${parent.number} ${parent.title}` : notSet;
  };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("plan.goal.edit.title")}
      </Heading>
      <Paragraph>
        {t("plan.goal.strategy")}: <Link to={`/strategies/${strategy.id}`}>{strategy.title}</Link> ({formatPeriod(t, strategy.periodFrom, strategy.periodTo)})
      </Paragraph>
      {current ? (
        <PlanConflictNotice
          updatedAt={current.updatedAt}
          rows={[
            [t("plan.goal.parent"), parentLabel(current.parentId)],
            [t("plan.goal.number"), current.number],
            [t("plan.goal.title"), current.title],
            [t("plan.goal.description"), current.description ?? notSet],
            [t("plan.goal.indicator"), current.indicator ?? notSet],
          ]}
        />
      ) : null}
      <FormErrorSummary state={state} labels={goalFieldLabels(t)} />
      <PostForm className="stack form-narrow" noValidate>
        <VersionInput state={state} conflictVersion={current?.version} stored={goal.version} />
        <GoalFormFields state={state} stored={goal} parentOptions={parentOptions} />
        <div className="row">
          <Button type="submit">{t("action.save")}</Button>
          <Button asChild variant="tertiary">
            <Link to={`/goals/${goal.id}`}>{t("action.cancel")}</Link>
          </Button>
        </div>
      </PostForm>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
