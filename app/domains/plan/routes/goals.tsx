import { Button, Field, Heading, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { Form, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/goals";
import { DownloadLinks } from "~/kit/ui/download-links";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { formatPeriod, GoalTree } from "~/domains/plan/ui/components";
import { metaTitle } from "~/kit/ui/meta";
import { can } from "~/kit/permissions";
import { listGoalTree, listStrategies } from "~/domains/plan/queries.server";
import { countGoals } from "~/domains/plan/tree";
import { AppError } from "~/kit/errors";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const selected = new URL(request.url).searchParams.get("strategyId") || null;
  const strategies = await listStrategies({ municipalityId });
  if (selected && !strategies.some((s) => s.id === selected)) throw new AppError("not_found");
  const tree = await listGoalTree({ municipalityId, strategyId: selected ?? undefined });
  return {
    canEdit: can(context.principal, "plan.edit"),
    selected,
    strategies: strategies.map((s) => ({ id: s.id, title: s.title, periodFrom: s.periodFrom, periodTo: s.periodTo })),
    sections: strategies
      .filter((s) => !selected || s.id === selected)
      .map((s) => ({
        strategy: { id: s.id, title: s.title, periodFrom: s.periodFrom, periodTo: s.periodTo },
        goals: tree.filter((node) => node.strategyId === s.id),
      })),
  };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("plan.goals.title"));

export default function Goals() {
  const t = useT();
  const { strategies, sections, selected, canEdit } = useLoaderData<typeof loader>();
  const counts = countGoals(sections.flatMap((s) => s.goals));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("plan.goals.title")}
      </Heading>
      <Paragraph>{t("plan.goals.intro")}</Paragraph>
      {strategies.length === 0 ? (
        <Paragraph>
          {t("plan.goals.noStrategies")} {canEdit ? <Link to="/strategies/new">{t("plan.strategies.new")}</Link> : null}
        </Paragraph>
      ) : (
        <>
          <Form method="get" className="inline-form" key={selected ?? "all"}>
            <Field>
              <Label htmlFor="filter-strategy">{t("plan.goals.filter.strategy")}</Label>
              <Select id="filter-strategy" name="strategyId" defaultValue={selected ?? ""}>
                <Select.Option value="">{t("plan.goals.filter.all")}</Select.Option>
                {strategies.map((s) => (
                  <Select.Option key={s.id} value={s.id}>
                    {s.title} ({formatPeriod(t, s.periodFrom, s.periodTo)})
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Button type="submit" variant="secondary">
              {t("action.filter")}
            </Button>
          </Form>
          <Paragraph>{t("plan.goals.summary", { total: counts.total, without: counts.withoutMeasures })}</Paragraph>
        </>
      )}
      {sections.map(({ strategy, goals }) => (
        <section key={strategy.id} className="stack" aria-labelledby={`strategy-${strategy.id}`}>
          <Heading level={2} data-size="md" id={`strategy-${strategy.id}`}>
            <Link to={`/strategies/${strategy.id}`}>{strategy.title}</Link> ({formatPeriod(t, strategy.periodFrom, strategy.periodTo)})
          </Heading>
          {canEdit ? (
            <div>
              <Button asChild variant="secondary" data-size="sm">
                <Link to={`/goals/new?strategyId=${strategy.id}`}>{t("plan.strategy.addGoal")}</Link>
              </Button>
            </div>
          ) : null}
          {goals.length > 0 ? (
            <GoalTree nodes={goals} label={t("plan.goals.treeLabel", { strategy: strategy.title })} />
          ) : (
            <Paragraph>{t("plan.strategy.noGoals")}</Paragraph>
          )}
        </section>
      ))}
      {strategies.length > 0 ? <DownloadLinks id="goals-export" title="exports.goals.title" base="/api/v1/goals/export" /> : null}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
