import { actorOf } from "~/kit/context";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/goals.new";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { formatPeriod, GoalFormFields, goalFieldLabels, SelectField } from "~/domains/plan/ui/components";
import { metaTitle } from "~/kit/ui/meta";
import { createGoal } from "~/domains/plan/mutations.server";
import { getStrategyById, listGoalTree, listStrategies } from "~/domains/plan/queries.server";
import { createGoalSchema } from "~/domains/plan/schema";
import { findGoalPath, flattenGoalTree, suggestGoalNumber } from "~/domains/plan/tree";
import { AppError } from "~/kit/errors";
import { readFormInput } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "plan.edit" });
  const municipalityId = context.municipality.id;
  const url = new URL(request.url);
  const strategies = await listStrategies({ municipalityId });
  const strategyId = url.searchParams.get("strategyId") || (strategies.length === 1 ? strategies[0].id : null);
  const parentId = url.searchParams.get("parentId") || null;
  const choices = strategies.map((s) => ({ id: s.id, title: s.title, periodFrom: s.periodFrom, periodTo: s.periodTo }));
  if (!strategyId) {
    if (parentId) throw new AppError("not_found");
    return { strategies: choices, strategy: null, parentOptions: [], parentId: null, suggestedNumber: "" };
  }
  const strategy = await getStrategyById({ municipalityId, id: strategyId });
  const tree = await listGoalTree({ municipalityId, strategyId: strategy.id });
  const parent = parentId ? findGoalPath(tree, parentId).at(-1) : undefined;
  if (parentId && !parent) throw new AppError("not_found");
  return {
    strategies: choices,
    strategy: { id: strategy.id, title: strategy.title, periodFrom: strategy.periodFrom, periodTo: strategy.periodTo },
    parentOptions: flattenGoalTree(tree).map(({ node, depth }) => ({ id: node.id, number: node.number, title: node.title, depth })),
    parentId: parent?.id ?? null,
    suggestedNumber: suggestGoalNumber(
      parent?.number ?? null,
      (parent ? parent.children : tree).map((n) => n.number),
    ),
  };
});

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "plan.edit" });
  const created = await createGoal({
    municipalityId: context.municipality.id,
    principal: context.principal,
    input: readFormInput({ form, texts: Object.keys(createGoalSchema.shape) }),
    actor: actorOf(context),
  });
  return redirect(`/goals/${created.id}?saved=1`);
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("plan.goal.new.title"));

export default function NewGoal() {
  const t = useT();
  const { strategies, strategy, parentOptions, parentId, suggestedNumber } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const state = result && result.ok === false ? result : undefined;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("plan.goal.new.title")}
      </Heading>
      {strategies.length === 0 ? (
        <Paragraph>
          {t("plan.goals.noStrategies")} <Link to="/strategies/new">{t("plan.strategies.new")}</Link>
        </Paragraph>
      ) : !strategy ? (
        <Form method="get" className="stack form-narrow">
          <SelectField
            name="strategyId"
            label={t("plan.goal.chooseStrategy")}
            state={undefined}
            options={strategies.map((s) => ({ value: s.id, label: `${s.title} (${formatPeriod(t, s.periodFrom, s.periodTo)})` }))}
          />
          <div>
            <Button type="submit">{t("plan.goal.chooseStrategy.submit")}</Button>
          </div>
        </Form>
      ) : (
        <>
          <Paragraph>
            {t("plan.goal.strategy")}: <Link to={`/strategies/${strategy.id}`}>{strategy.title}</Link> (
            {formatPeriod(t, strategy.periodFrom, strategy.periodTo)})
          </Paragraph>
          <FormErrorSummary state={state} labels={goalFieldLabels(t)} />
          <PostForm className="stack form-narrow" noValidate>
            <input type="hidden" name="strategyId" value={strategy.id} />
            <GoalFormFields state={state} stored={{ parentId, number: suggestedNumber }} parentOptions={parentOptions} />
            <div className="row">
              <Button type="submit">{t("plan.goal.create")}</Button>
              <Button asChild variant="tertiary">
                <Link to={parentId ? `/goals/${parentId}` : `/strategies/${strategy.id}`}>{t("action.cancel")}</Link>
              </Button>
            </div>
          </PostForm>
        </>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
