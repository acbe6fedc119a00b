import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/goals.$id.benefit-map";
import { BenefitMapFigure, RegisterBenefitLinks } from "~/domains/benefits/ui/benefit-map";
import { metaTitle } from "~/kit/ui/meta";
import { useT } from "~/kit/ui/page-context";
import { createTranslator } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { canEditBenefit } from "~/kit/permissions";
import { buildBenefitMapDiagram } from "~/domains/benefits/map-charts.server";
import { getBenefitMapForGoal } from "~/domains/benefits/map.server";
import { getGoalById } from "~/domains/plan/index.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const goal = await getGoalById({ municipalityId, id: params.id });
  const map = await getBenefitMapForGoal({ municipalityId, goalId: goal.id });
  const measures = map.measures.map(({ id, code, title }) => ({ id, code, title }));
  return {
    goal: { id: goal.id, number: goal.number, title: goal.title },
    map: { measures, benefits: map.benefits, goals: map.goals },
    editableMeasures: measures.filter((_, i) => canEditBenefit(context.principal, map.measures[i])),
    diagram: buildBenefitMapDiagram({ map, t: createTranslator(context.lang), lang: context.lang, focusGoalId: goal.id }),
  };
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) =>
    loaderData ? t("benefitMap.heading.goal", { number: loaderData.goal.number, title: loaderData.goal.title }) : t("benefitMap.title"),
  );

export default function GoalBenefitMapPage() {
  const t = useT();
  const { goal, map, editableMeasures, diagram } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/goals/${goal.id}`}>{t("benefitMap.back.goal", { number: goal.number })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("benefitMap.heading.goal", { number: goal.number, title: goal.title })}
      </Heading>
      <Paragraph>{t("benefitMap.intro.goal")}</Paragraph>
      {map.benefits.length === 0 ? (
        <>
          <Paragraph>{map.measures.length === 0 ? t("benefitMap.empty.goalNoMeasures") : t("benefitMap.empty.goal")}</Paragraph>
          <RegisterBenefitLinks measures={editableMeasures} />
        </>
      ) : (
        <BenefitMapFigure map={map} diagram={diagram} focusGoalId={goal.id} />
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
