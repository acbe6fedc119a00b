import { Heading, Link as DsLink, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/dashboard";
import { numericColumns, useAmountColumns } from "~/domains/benefits/ui";
import { ChartFigure, type ChartTable } from "~/kit/charts/chart-figure";
import { KeyFigures } from "~/kit/charts/key-figures";
import { NotificationList, ReportingDue } from "~/domains/reporting/ui";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDecimal, formatNumber } from "~/kit/i18n";
import { metaTitle } from "~/kit/ui/meta";
import { requireContext } from "~/domains/tenancy/index.server";
import { getDashboard } from "~/domains/dashboard/overview.server";
import { getReportingInbox } from "~/domains/reporting/index.server";
import { MEASURE_STATUSES, type MeasureStatus } from "~/domains/measures";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const [dashboard, inbox] = await Promise.all([
    getDashboard({ municipalityId: context.municipality.id, lang: context.lang }),
    getReportingInbox({ municipalityId: context.municipality.id, principal: context.principal }),
  ]);
  return { ...dashboard, inbox, municipalityName: context.municipality.name };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("dashboard.title"));

/** Statuses counted in the user-oriented share (all but dropped and merged). */
const COUNTED_STATUSES = MEASURE_STATUSES.filter((s) => s !== "dropped" && s !== "merged");

function measuresHref(params: Record<string, string | readonly string[]>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of typeof value === "string" ? [value] : value) search.append(name, v);
  }
  const query = search.toString();
  return query ? `/measures?${query}` : "/measures";
}

export default function Dashboard() {
  const t = useT();
  const lang = useLang();
  const data = useLoaderData<typeof loader>();
  const n = (value: number) => formatNumber(lang, value);
  const count = (status: MeasureStatus) => data.statusCounts.find((r) => r.status === status)?.count ?? 0;
  const total = data.statusCounts.reduce((sum, r) => sum + r.count, 0);
  const share = data.userOriented;

  const statusTable: ChartTable = {
    columns: [t("dashboard.status.column"), t("dashboard.status.count")],
    numeric: [1],
    rows: data.statusCounts.map((r) => ({
      key: r.status,
      cells: [
        <Link key="l" to={measuresHref({ status: r.status })}>
          {t(`measures.status.${r.status}`)}
        </Link>,
        n(r.count),
      ],
    })),
    footer: [t("dashboard.table.total"), n(total)],
  };

  const sectorStatuses = MEASURE_STATUSES.filter((s) => data.sectorCounts.some((r) => r.counts[s] > 0));
  const sectorTable: ChartTable = {
    columns: [t("dashboard.sector.column"), ...sectorStatuses.map((s) => t(`measures.status.${s}`)), t("dashboard.table.total")],
    numeric: sectorStatuses.map((_, i) => i + 1).concat(sectorStatuses.length + 1),
    rows: data.sectorCounts.map((r) => ({
      key: r.sectorId ?? "none",
      cells: [
        r.sectorId ? (
          <Link key="l" to={measuresHref({ sector: r.sectorId })}>
            {r.sectorName}
          </Link>
        ) : (
          t("dashboard.sector.none")
        ),
        ...sectorStatuses.map((s) =>
          r.sectorId && r.counts[s] > 0 ? (
            <Link key={s} to={measuresHref({ sector: r.sectorId, status: s })}>
              {n(r.counts[s])}
            </Link>
          ) : (
            n(r.counts[s])
          ),
        ),
        n(r.total),
      ],
    })),
    footer: [
      t("dashboard.table.total"),
      ...sectorStatuses.map((s) => n(data.sectorCounts.reduce((sum, r) => sum + r.counts[s], 0))),
      n(data.sectorCounts.reduce((sum, r) => sum + r.total, 0)),
    ],
  };

  const cost = data.costTable;
  const nok = (amount: number) => t("common.nok", { amount: n(amount) });
  const costTable: ChartTable = {
    columns: [t("dashboard.cost.year"), ...cost.sources.map((s) => t(`measures.funding.${s}`)), t("dashboard.table.total"), t("dashboard.cost.unknownColumn")],
    numeric: cost.sources.map((_, i) => i + 1).concat(cost.sources.length + 1, cost.sources.length + 2),
    rows: cost.years.map((year, i) => ({
      key: String(year ?? "none"),
      cells: [year === null ? t("dashboard.cost.noYear") : String(year), ...cost.amounts[i].map(nok), nok(cost.yearTotals[i]), n(cost.yearUnknown[i])],
    })),
    footer: [
      t("dashboard.table.total"),
      ...cost.sources.map((_, si) => nok(cost.amounts.reduce((sum, row) => sum + row[si], 0))),
      nok(cost.total),
      n(cost.unknown),
    ],
  };

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("dashboard.title")}
      </Heading>
      <Paragraph>{t("dashboard.intro", { municipality: data.municipalityName })}</Paragraph>
      <ReportingDue owed={data.inbox.owed} />
      <NotificationList notifications={data.inbox.notifications} compact />

      <KeyFigures
        id="key-figures"
        title={t("dashboard.key.title")}
        items={[
          { key: "total", label: t("dashboard.key.total"), value: n(total), href: measuresHref({}) },
          { key: "in_progress", label: t("dashboard.key.inProgress"), value: n(count("in_progress")), href: measuresHref({ status: "in_progress" }) },
          { key: "completed", label: t("dashboard.key.completed"), value: n(count("completed")), href: measuresHref({ status: "completed" }) },
          {
            key: "user_oriented",
            label: t("dashboard.key.userOriented"),
            value:
              share.share === null
                ? t("dashboard.key.userOrientedNone")
                : t("dashboard.key.userOrientedValue", { percent: n(share.share * 100), count: n(share.userOriented), total: n(share.total) }),
            href: measuresHref({ userOriented: "yes", status: COUNTED_STATUSES }),
          },
        ]}
      >
        <Paragraph data-size="sm" className="muted">
          {t("dashboard.key.userOrientedNote")}
        </Paragraph>
      </KeyFigures>

      <ChartFigure
        id="chart-status"
        title={data.charts.status.title}
        svg={data.charts.status.svg}
        summary={data.charts.status.summary}
        table={total > 0 ? statusTable : undefined}
      />

      <ChartFigure
        id="chart-sector"
        title={data.charts.sector.title}
        svg={data.charts.sector.svg}
        summary={data.charts.sector.summary}
        table={total > 0 ? sectorTable : undefined}
      />

      <ChartFigure
        id="chart-cost"
        title={data.charts.cost.title}
        svg={data.charts.cost.svg}
        summary={data.charts.cost.summary}
        table={cost.years.length > 0 ? costTable : undefined}
      >
        <Paragraph data-size="sm" className="muted">
          {t("dashboard.cost.note")}
        </Paragraph>
      </ChartFigure>

      <BenefitFigures benefits={data.benefits} />

      <section className="stack">
        <Heading level={2} data-size="sm" id="goals-without-measures">
          {t("dashboard.goals.title")}
        </Heading>
        {data.goalCount === 0 ? (
          <Paragraph>{t("dashboard.goals.noGoals")}</Paragraph>
        ) : data.goalsWithoutMeasures.length === 0 ? (
          <Paragraph>{t("dashboard.goals.none")}</Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm" className="muted">
              {t("dashboard.goals.intro")}
            </Paragraph>
            <div className="table-wrap" role="region" aria-labelledby="goals-without-measures" tabIndex={0}>
              <Table data-size="sm" zebra>
                <caption className="visually-hidden">{t("dashboard.goals.title")}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t("dashboard.goals.goal")}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t("dashboard.goals.strategy")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.goalsWithoutMeasures.map((g) => (
                    <Table.Row key={g.id}>
                      <Table.Cell>
                        <Link to={`/goals/${g.id}`}>
                          {g.number} {g.title}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>{g.strategyTitle}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </>
        )}
      </section>

      <Paragraph>
        <DsLink asChild>
          <Link to="/measures">{t("dashboard.allMeasures")}</Link>
        </DsLink>
      </Paragraph>
    </div>
  );
}

/** The benefit key figures of the current year and planned against realised NOK per year, with a link to the portfolio follow-up. */
function BenefitFigures({ benefits }: { benefits: Route.ComponentProps["loaderData"]["benefits"] }) {
  const t = useT();
  const lang = useLang();
  const amounts = useAmountColumns();
  const { current, chart } = benefits;
  const nok = (value: number) => t("common.nok", { amount: formatNumber(lang, value) });
  const hours = (value: number) => t("benefitPortfolio.value.hours", { hours: formatDecimal(lang, value) });
  const fte = (value: number) => t("benefitPortfolio.value.fte", { fte: formatDecimal(lang, value) });
  return (
    <>
      <KeyFigures
        id="benefit-key-figures"
        showTitle
        title={t("benefitPortfolio.dashboard.keyTitle", { year: benefits.currentYear })}
        items={[
          { key: "plannedNok", label: t("benefitPortfolio.key.plannedNok"), value: nok(current.plannedNok) },
          { key: "realisedNok", label: t("benefitPortfolio.key.realisedNok"), value: nok(current.realisedNok) },
          { key: "plannedHours", label: t("benefitPortfolio.key.plannedHours"), value: hours(current.plannedHours) },
          { key: "realisedHours", label: t("benefitPortfolio.key.realisedHours"), value: hours(current.realisedHours) },
          { key: "plannedFte", label: t("benefitPortfolio.key.plannedFte"), value: fte(current.plannedFte) },
          { key: "realisedFte", label: t("benefitPortfolio.key.realisedFte"), value: fte(current.realisedFte) },
        ]}
      >
        <Paragraph data-size="sm" className="muted">
          {t("benefitPortfolio.dashboard.keyNote", { year: benefits.currentYear })}
        </Paragraph>
      </KeyFigures>

      <ChartFigure
        id="chart-benefits"
        title={chart.title}
        svg={chart.svg}
        summary={chart.summary}
        table={{
          columns: [t("benefitPortfolio.col.year"), ...amounts.headers],
          numeric: numericColumns(1, 6),
          rows: benefits.years.map((y) => ({ key: String(y.year), cells: [String(y.year), ...amounts.cells(y)] })),
        }}
      >
        {chart.svg ? (
          <Paragraph data-size="sm" className="muted">
            {t("benefitPortfolio.chart.patternNote")}
          </Paragraph>
        ) : null}
      </ChartFigure>
      <Paragraph>
        <DsLink asChild>
          <Link to="/benefits/portfolio">{t("benefitPortfolio.dashboard.link")}</Link>
        </DsLink>
      </Paragraph>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
