import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/benefits.$id.history";
import { benefitHistoryFieldLabel, benefitHistorySubject, formatBenefitHistoryValue } from "~/domains/benefits/ui/history-format";
import { HistoryTable } from "~/domains/history/ui";
import { metaTitle } from "~/kit/ui/meta";
import { benefitHeaderOf, useBenefitHeader } from "~/domains/benefits/ui/layout";
import { useLang, useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { groupBenefitHistory } from "~/domains/benefits/history";
import { getBenefitForRequest } from "~/domains/benefits/layout.server";
import { listBenefitHistory } from "~/domains/benefits/queries.server";
import { listResponsibleOptions } from "~/domains/measures/index.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const benefit = await getBenefitForRequest({ request, municipalityId, id: params.id });
  const [entries, users] = await Promise.all([listBenefitHistory({ municipalityId, id: benefit.id }), listResponsibleOptions({ municipalityId })]);
  return {
    groups: groupBenefitHistory(entries),
    users: Object.fromEntries(users.map((u) => [u.id, u.name])),
  };
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const benefit = loaderData && benefitHeaderOf(matches);
  return metaTitle(matches, (t) => (benefit ? t("benefitRecords.history.heading", { title: benefit.title }) : t("benefitRecords.history.title")));
};

export default function BenefitHistory() {
  const t = useT();
  const lang = useLang();
  const benefit = useBenefitHeader();
  const { groups, users } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/benefits/${benefit.id}`}>{t("benefits.backToBenefit")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("benefitRecords.history.heading", { title: benefit.title })}
      </Heading>
      <Paragraph>{t("benefitRecords.history.intro")}</Paragraph>
      <HistoryTable
        groups={groups.map((g) => ({ ...g, subject: benefitHistorySubject(t, lang, g.subject) }))}
        texts={{
          caption: t("benefitRecords.history.caption"),
          when: t("measures.history.when"),
          who: t("measures.history.who"),
          field: t("measures.history.field"),
          from: t("measures.history.from"),
          to: t("measures.history.to"),
          created: t("measures.history.created"),
          updated: t("measures.history.updated"),
          deleted: t("benefitRecords.history.deleted"),
          empty: t("measures.value.empty"),
          unknownUser: t("measures.history.unknownUser"),
          noChanges: t("measures.history.empty"),
        }}
        fieldLabel={(field) => benefitHistoryFieldLabel(t, field)}
        formatValue={(field, value) => formatBenefitHistoryValue(t, lang, field, value, users)}
      />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
