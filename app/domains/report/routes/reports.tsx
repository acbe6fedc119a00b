import { Button, Heading, Link as DsLink, Paragraph, Table } from "@digdir/designsystemet-react";
import { useLoaderData } from "react-router";
import type { Route } from "./+types/reports";
import { metaTitle } from "~/kit/ui/meta";
import { SelectInput } from "~/domains/measures/ui";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDate } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { currentYearInNorway } from "~/domains/benefits/index.server";
import { listRounds } from "~/domains/reporting/index.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "plan.read" });
  const current = currentYearInNorway();
  // Closed rounds only: their report is the frozen snapshot, the one that goes to the council.
  const rounds = (await listRounds({ municipalityId: context.municipality.id, state: "closed" })).map((r) => ({
    id: r.id,
    title: r.title,
    deadline: r.deadline,
    closedAt: r.closedAt,
  }));
  return { current, years: Array.from({ length: 7 }, (_, i) => current + 1 - i), rounds };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("report.page.title"));

export default function ReportsPage() {
  const t = useT();
  const lang = useLang();
  const { current, years, rounds } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("report.page.title")}
      </Heading>
      <Paragraph>{t("report.page.intro")}</Paragraph>
      <section className="stack" aria-labelledby="year-report-heading">
        <Heading level={2} data-size="md" id="year-report-heading">
          {t("report.page.yearHeading")}
        </Heading>
        {/* A plain GET form: the browser downloads the file, with or without JavaScript. */}
        <form method="get" action="/reports/council.docx" className="action-row action-row--form">
          <SelectInput
            name="year"
            label={t("report.page.year")}
            state={undefined}
            value={String(current)}
            choices={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <Button type="submit">{t("report.page.docx")}</Button>
          <Button type="submit" variant="secondary" formAction="/reports/council.pdf">
            {t("report.page.pdf")}
          </Button>
        </form>
      </section>
      <section className="stack" aria-labelledby="round-reports-heading">
        <Heading level={2} data-size="md" id="round-reports-heading">
          {t("report.page.roundsHeading")}
        </Heading>
        <Paragraph>{t("report.page.roundsIntro")}</Paragraph>
        {rounds.length === 0 ? (
          <Paragraph>{t("report.page.roundsEmpty")}</Paragraph>
        ) : (
          <Table aria-labelledby="round-reports-heading">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("report.page.col.round")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("report.page.col.deadline")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("report.page.col.closed")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("report.page.col.download")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rounds.map((r) => (
                <Table.Row key={r.id}>
                  <Table.HeaderCell scope="row">{r.title}</Table.HeaderCell>
                  <Table.Cell>{formatDate(lang, r.deadline)}</Table.Cell>
                  <Table.Cell>{r.closedAt ? formatDate(lang, r.closedAt) : ""}</Table.Cell>
                  <Table.Cell>
                    <span className="action-row">
                      <DsLink href={`/reporting/${r.id}/report.docx`} download>
                        {t("report.page.roundDocx")}
                        <span className="visually-hidden"> {r.title}</span>
                      </DsLink>
                      <DsLink href={`/reporting/${r.id}/report.pdf`} download>
                        {t("report.page.roundPdf")}
                        <span className="visually-hidden"> {r.title}</span>
                      </DsLink>
                    </span>
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
