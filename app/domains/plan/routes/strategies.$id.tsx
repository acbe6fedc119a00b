import { Button, Heading, List, Paragraph } from "@digdir/designsystemet-react";
import { Link, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/strategies.$id";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDate } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { formatPeriod, GoalTree, SavedNotice } from "~/domains/plan/ui/components";
import { metaTitle } from "~/kit/ui/meta";
import { can } from "~/kit/permissions";
import { getStrategyById, listGoalTree } from "~/domains/plan/queries.server";
import { countGoals } from "~/domains/plan/tree";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const strategy = await getStrategyById({ municipalityId, id: params.id });
  const goals = await listGoalTree({ municipalityId, strategyId: strategy.id });
  return {
    canEdit: can(context.principal, "plan.edit"),
    strategy: {
      id: strategy.id,
      title: strategy.title,
      periodFrom: strategy.periodFrom,
      periodTo: strategy.periodTo,
      adoptedOn: strategy.adoptedOn,
      caseReference: strategy.caseReference,
      summary: strategy.summary,
      focusAreas: strategy.focusAreas,
    },
    goals,
  };
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) => metaTitle(matches, (t) => loaderData?.strategy.title ?? t("plan.strategies.title"));

export default function StrategyDetails() {
  const t = useT();
  const lang = useLang();
  const { strategy, goals, canEdit } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const counts = countGoals(goals);
  const notSet = <span className="muted">{t("plan.notSet")}</span>;
  return (
    <div className="stack">
      <Paragraph>
        <Link to="/strategies">{t("plan.strategies.title")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {strategy.title}
      </Heading>
      <SavedNotice show={params.has("saved")} />
      <SavedNotice show={params.has("deleted")} messageKey="plan.goal.deleted" />
      <div className="row">
        {canEdit ? (
          <Button asChild variant="secondary">
            <Link to={`/strategies/${strategy.id}/edit`}>{t("plan.strategy.edit")}</Link>
          </Button>
        ) : null}
        <Button asChild variant="tertiary">
          <Link to={`/strategies/${strategy.id}/history`}>{t("plan.history")}</Link>
        </Button>
      </div>
      <dl className="grid-2">
        <div>
          <dt>
            <strong>{t("plan.strategy.period")}</strong>
          </dt>
          <dd>{formatPeriod(t, strategy.periodFrom, strategy.periodTo)}</dd>
        </div>
        <div>
          <dt>
            <strong>{t("plan.strategy.adoptedOn")}</strong>
          </dt>
          <dd>{strategy.adoptedOn ? formatDate(lang, strategy.adoptedOn) : notSet}</dd>
        </div>
        <div>
          <dt>
            <strong>{t("plan.strategy.caseReference")}</strong>
          </dt>
          <dd>{strategy.caseReference ?? notSet}</dd>
        </div>
      </dl>
      <section className="stack" aria-labelledby="strategy-summary">
        <Heading level={2} data-size="md" id="strategy-summary">
          {t("plan.strategy.summary")}
        </Heading>
        {strategy.summary ? <Paragraph style={{ whiteSpace: "pre-line" }}>{strategy.summary}</Paragraph> : <Paragraph>{notSet}</Paragraph>}
      </section>
      <section className="stack" aria-labelledby="strategy-focus">
        <Heading level={2} data-size="md" id="strategy-focus">
          {t("plan.strategy.focusAreas")}
        </Heading>
        {strategy.focusAreas.length > 0 ? (
          <List.Unordered>
            {strategy.focusAreas.map((area, index) => (
              <List.Item key={`${index}-${area}`}>{area}</List.Item>
            ))}
          </List.Unordered>
        ) : (
          <Paragraph>{t("plan.strategy.noFocusAreas")}</Paragraph>
        )}
      </section>
      <section className="stack" aria-labelledby="strategy-goals">
        <Heading level={2} data-size="md" id="strategy-goals">
          {t("plan.strategy.goals")}
        </Heading>
        {canEdit ? (
          <div>
            <Button asChild variant="secondary" data-size="sm">
              <Link to={`/goals/new?strategyId=${strategy.id}`}>{t("plan.strategy.addGoal")}</Link>
            </Button>
          </div>
        ) : null}
        {goals.length > 0 ? (
          <>
            <Paragraph>{t("plan.goals.summary", { total: counts.total, without: counts.withoutMeasures })}</Paragraph>
            <GoalTree nodes={goals} label={t("plan.goals.treeLabel", { strategy: strategy.title })} />
          </>
        ) : (
          <Paragraph>{t("plan.strategy.noGoals")}</Paragraph>
        )}
      </section>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
