import "~/domains/reporting/ui/reporting.css";
import { Button, Heading, Link as DsLink, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/reporting";
import { metaTitle } from "~/kit/ui/meta";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDate, formatNumber } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { can } from "~/kit/permissions";
import { listRounds } from "~/domains/reporting/queries.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "reporting.view" });
  const rounds = await listRounds({ municipalityId: context.municipality.id });
  return { rounds, canManage: can(context.principal, "reporting.manage"), closedCount: rounds.filter((r) => r.state === "closed").length };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("reporting.title"));

export default function ReportingPage() {
  const t = useT();
  const lang = useLang();
  const { rounds, canManage, closedCount } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("reporting.title")}
      </Heading>
      <Paragraph>{t("reporting.intro")}</Paragraph>
      <div className="action-row">
        {canManage ? (
          <Button asChild>
            <Link to="/reporting/new">{t("reporting.rounds.new")}</Link>
          </Button>
        ) : null}
        {closedCount >= 2 ? (
          <Button asChild variant="secondary">
            <Link to="/reporting/compare">{t("reporting.rounds.compare")}</Link>
          </Button>
        ) : null}
      </div>
      <section className="stack" aria-labelledby="rounds-heading">
        <Heading level={2} data-size="md" id="rounds-heading">
          {t("reporting.rounds.heading")}
        </Heading>
        {rounds.length === 0 ? (
          <Paragraph>{t("reporting.rounds.empty")}</Paragraph>
        ) : (
          <Table aria-labelledby="rounds-heading">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("reporting.rounds.column.title")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("reporting.rounds.column.deadline")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("reporting.rounds.column.state")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("reporting.rounds.column.reported")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rounds.map((r) => (
                <Table.Row key={r.id}>
                  <Table.HeaderCell scope="row">
                    <DsLink asChild>
                      <Link to={`/reporting/${r.id}`}>{r.title}</Link>
                    </DsLink>
                  </Table.HeaderCell>
                  <Table.Cell>{formatDate(lang, r.deadline)}</Table.Cell>
                  <Table.Cell>{t(`reporting.round.state.${r.state}`)}</Table.Cell>
                  <Table.Cell>
                    {t("reporting.rounds.reported", { published: formatNumber(lang, r.published), expected: formatNumber(lang, r.expected) })}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
