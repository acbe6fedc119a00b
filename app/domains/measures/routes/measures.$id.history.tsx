import "~/domains/measures/ui/measures.css";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/measures.$id.history";
import { HistoryTable } from "~/domains/history/ui";
import { fieldLabelKey, formatFieldValue } from "~/domains/measures/ui/format";
import { MeasuresErrorBoundary } from "~/domains/measures/ui/page";
import { metaTitle } from "~/kit/ui/meta";
import { measureHeaderOf, useMeasureHeader } from "~/domains/measures/ui/layout";
import { useLang, useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { groupHistory } from "~/domains/history";
import { MEASURE_SNAPSHOT_FIELDS } from "~/domains/measures/fields";
import { getMeasureForRequest } from "~/domains/measures/layout.server";
import { listMeasureHistory } from "~/domains/measures/queries.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measure = await getMeasureForRequest({ request, municipalityId, id: params.id });
  const entries = await listMeasureHistory({ municipalityId, id: measure.id });
  // One group per save (change set), newest first; fields in the order of the form.
  const groups = groupHistory(entries, MEASURE_SNAPSHOT_FIELDS);
  return { groups };
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const measure = loaderData && measureHeaderOf(matches);
  return metaTitle(matches, (t) => (measure ? `${t("measures.history")} ${measure.code}` : t("measures.history")));
};

export default function MeasureHistory() {
  const t = useT();
  const lang = useLang();
  const measure = useMeasureHeader();
  const { groups } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/measures/${measure.id}`}>{t("measures.backToMeasure", { code: measure.code })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("measures.history.heading", { code: measure.code, title: measure.title })}
      </Heading>
      <HistoryTable
        className="measure-table"
        groups={groups}
        texts={{
          caption: t("measures.history.caption"),
          when: t("measures.history.when"),
          who: t("measures.history.who"),
          field: t("measures.history.field"),
          from: t("measures.history.from"),
          to: t("measures.history.to"),
          created: t("measures.history.created"),
          updated: t("measures.history.updated"),
          empty: t("measures.value.empty"),
          unknownUser: t("measures.history.unknownUser"),
          noChanges: t("measures.history.empty"),
        }}
        fieldLabel={(field) => t(fieldLabelKey(field))}
        formatValue={(field, value) => formatFieldValue(t, lang, field, value)}
      />
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
