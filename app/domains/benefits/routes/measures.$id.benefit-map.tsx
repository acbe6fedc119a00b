import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/measures.$id.benefit-map";
import { BenefitMapFigure, RegisterBenefitLinks } from "~/domains/benefits/ui/benefit-map";
import { metaTitle } from "~/kit/ui/meta";
import { measureHeaderOf, useMeasureHeader } from "~/domains/measures/ui";
import { useT } from "~/kit/ui/page-context";
import { createTranslator } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { canEditBenefit } from "~/kit/permissions";
import { buildBenefitMapDiagram } from "~/domains/benefits/map-charts.server";
import { getBenefitMapForMeasure } from "~/domains/benefits/map.server";
import { getMeasureForRequest } from "~/domains/measures/index.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measure = await getMeasureForRequest({ request, municipalityId, id: params.id });
  const map = await getBenefitMapForMeasure({ municipalityId, measureId: measure.id });
  return {
    canEdit: canEditBenefit(context.principal, measure),
    map: { measures: map.measures.map(({ id, code, title }) => ({ id, code, title })), benefits: map.benefits, goals: map.goals },
    diagram: buildBenefitMapDiagram({ map, t: createTranslator(context.lang), lang: context.lang }),
  };
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const measure = loaderData && measureHeaderOf(matches);
  return metaTitle(matches, (t) => (measure ? t("benefitMap.heading.measure", { code: measure.code, title: measure.title }) : t("benefitMap.title")));
};

export default function MeasureBenefitMapPage() {
  const t = useT();
  const measure = useMeasureHeader();
  const { canEdit, map, diagram } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/measures/${measure.id}`}>{t("benefitMap.back.measure", { code: measure.code })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("benefitMap.heading.measure", { code: measure.code, title: measure.title })}
      </Heading>
      <Paragraph>{t("benefitMap.intro.measure")}</Paragraph>
      {map.benefits.length === 0 ? (
        <>
          <Paragraph>{t("benefitMap.empty.measure")}</Paragraph>
          {canEdit ? <RegisterBenefitLinks measures={[measure]} /> : null}
        </>
      ) : (
        <BenefitMapFigure map={map} diagram={diagram} />
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
