import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/strategies.$id.history";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { groupHistory } from "~/domains/history";
import { PlanHistoryTable, strategyFieldLabels } from "~/domains/plan/ui/components";
import { metaTitle } from "~/kit/ui/meta";
import { STRATEGY_HISTORY_FIELDS } from "~/domains/plan/mutations.server";
import { getStrategyById, listStrategyHistory } from "~/domains/plan/queries.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const strategy = await getStrategyById({ municipalityId, id: params.id });
  const entries = await listStrategyHistory({ municipalityId, id: strategy.id });
  return { strategy: { id: strategy.id, title: strategy.title }, groups: groupHistory(entries, STRATEGY_HISTORY_FIELDS) };
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) => (loaderData ? `${t("plan.history")} ${loaderData.strategy.title}` : t("plan.history")));

export default function StrategyHistory() {
  const t = useT();
  const { strategy, groups } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/strategies/${strategy.id}`}>{t("plan.history.backToStrategy")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("plan.history.strategyHeading", { title: strategy.title })}
      </Heading>
      <PlanHistoryTable groups={groups} labels={strategyFieldLabels(t)} names={{}} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
