import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/strategies";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDate } from "~/kit/i18n";
import { can } from "~/kit/permissions";
import { requireContext } from "~/domains/tenancy/index.server";
import { formatPeriod } from "~/domains/plan/ui/components";
import { metaTitle } from "~/kit/ui/meta";
import { listStrategies } from "~/domains/plan/queries.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const strategies = await listStrategies({ municipalityId: context.municipality.id });
  return {
    canEdit: can(context.principal, "plan.edit"),
    strategies: strategies.map((s) => ({
      id: s.id,
      title: s.title,
      periodFrom: s.periodFrom,
      periodTo: s.periodTo,
      adoptedOn: s.adoptedOn,
      caseReference: s.caseReference,
    })),
  };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("plan.strategies.title"));

export default function Strategies() {
  const t = useT();
  const lang = useLang();
  const { strategies, canEdit } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("plan.strategies.title")}
      </Heading>
      <Paragraph>{t("plan.strategies.intro")}</Paragraph>
      {canEdit ? (
        <div>
          <Button asChild>
            <Link to="/strategies/new">{t("plan.strategies.new")}</Link>
          </Button>
        </div>
      ) : null}
      {strategies.length === 0 ? (
        <Paragraph>{t("plan.strategies.empty")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table>
            <caption className="visually-hidden">{t("plan.strategies.title")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("plan.strategy.title")}</Table.HeaderCell>
                <Table.HeaderCell>{t("plan.strategy.period")}</Table.HeaderCell>
                <Table.HeaderCell>{t("plan.strategy.adoptedOn")}</Table.HeaderCell>
                <Table.HeaderCell>{t("plan.strategy.caseReference")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {strategies.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>
                    <Link to={`/strategies/${s.id}`}>{s.title}</Link>
                  </Table.Cell>
                  <Table.Cell>{formatPeriod(t, s.periodFrom, s.periodTo)}</Table.Cell>
                  <Table.Cell>{s.adoptedOn ? formatDate(lang, s.adoptedOn) : <span className="muted">{t("plan.notSet")}</span>}</Table.Cell>
                  <Table.Cell>{s.caseReference ?? <span className="muted">{t("plan.notSet")}</span>}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
