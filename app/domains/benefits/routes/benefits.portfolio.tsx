import { Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/benefits.portfolio";
import { AmountsTable, numericColumns, PeriodForm, useAmountColumns } from "~/domains/benefits/ui/portfolio";
import { ChartFigure, type ChartTable } from "~/kit/charts/chart-figure";
import { KeyFigures } from "~/kit/charts/key-figures";
import { metaTitle } from "~/kit/ui/meta";
import { useLang, useT } from "~/kit/ui/page-context";
import { createTranslator, formatDecimal, formatNumber } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { can } from "~/kit/permissions";
import { buildBenefitSectorChart, buildBenefitYearChart } from "~/domains/benefits/charts.server";
import { periodLabel } from "~/domains/benefits/format";
import { parsePortfolioPeriod } from "~/domains/benefits/portfolio-period";
import { currentYearInNorway, getBenefitPortfolio, getCurrentStrategy, strategyRange } from "~/domains/benefits/portfolio.server";
import { getValuationSettings } from "~/domains/benefits/queries.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const currentYear = currentYearInNorway();
  const [strategy, valuation] = await Promise.all([getCurrentStrategy({ municipalityId, year: currentYear }), getValuationSettings({ municipalityId })]);
  const period = parsePortfolioPeriod({
    searchParams: new URL(request.url).searchParams,
    strategyRange: strategy ? strategyRange(strategy) : null,
    currentYear,
  });
  const base = { strategy, period, valuation, canManageSettings: can(context.principal, "admin.settings") };
  if (!period.ok) return { ...base, portfolio: null, charts: null };
  const portfolio = await getBenefitPortfolio({ municipalityId, fromYear: period.fromYear, toYear: period.toYear });
  const t = createTranslator(context.lang);
  return {
    ...base,
    portfolio,
    charts: {
      years: buildBenefitYearChart({ years: portfolio.years, t, lang: context.lang }),
      sector: buildBenefitSectorChart({ rows: portfolio.bySector, period: portfolio, t, lang: context.lang }),
    },
  };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("benefitPortfolio.title"));

export default function BenefitPortfolio() {
  const t = useT();
  const lang = useLang();
  const data = useLoaderData<typeof loader>();
  const amounts = useAmountColumns();
  const { portfolio, charts, period } = data;
  const nok = (value: number) => t("common.nok", { amount: formatNumber(lang, value) });
  const hours = (value: number) => t("benefitPortfolio.value.hours", { hours: formatDecimal(lang, value) });
  const fte = (value: number) => t("benefitPortfolio.value.fte", { fte: formatDecimal(lang, value) });

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("benefitPortfolio.title")}
      </Heading>
      {portfolio ? <Paragraph>{t("benefitPortfolio.intro", { period: periodLabel(portfolio) })}</Paragraph> : null}
      <Paragraph data-size="sm" className="muted">
        {t("benefitPortfolio.rules")}
      </Paragraph>

      <PeriodForm values={period.values} fieldErrors={period.ok ? undefined : period.fieldErrors} strategy={data.strategy} />

      {!portfolio || !charts ? (
        <Paragraph>{t("benefitPortfolio.invalid")}</Paragraph>
      ) : (
        <>
          <KeyFigures
            id="portfolio-key-figures"
            showTitle
            title={t("benefitPortfolio.key.title", { period: periodLabel(portfolio) })}
            items={[
              { key: "plannedNok", label: t("benefitPortfolio.key.plannedNok"), value: nok(portfolio.total.plannedNok) },
              { key: "realisedNok", label: t("benefitPortfolio.key.realisedNok"), value: nok(portfolio.total.realisedNok) },
              { key: "plannedHours", label: t("benefitPortfolio.key.plannedHours"), value: hours(portfolio.total.plannedHours) },
              { key: "realisedHours", label: t("benefitPortfolio.key.realisedHours"), value: hours(portfolio.total.realisedHours) },
              { key: "plannedFte", label: t("benefitPortfolio.key.plannedFte"), value: fte(portfolio.total.plannedFte) },
              { key: "realisedFte", label: t("benefitPortfolio.key.realisedFte"), value: fte(portfolio.total.realisedFte) },
            ]}
          >
            <Paragraph data-size="sm" className="muted">
              {t("benefitPortfolio.key.note")}
            </Paragraph>
          </KeyFigures>

          <ChartFigure
            id="portfolio-years"
            title={charts.years.title}
            svg={charts.years.svg}
            summary={charts.years.summary}
            tableOpen
            table={{
              columns: [t("benefitPortfolio.col.year"), ...amounts.headers],
              numeric: numericColumns(1, 6),
              rows: portfolio.years.map((y) => ({ key: String(y.year), cells: [String(y.year), ...amounts.cells(y)] })),
              footer: [t("benefitPortfolio.total"), ...amounts.cells(portfolio.total)],
            }}
          >
            {charts.years.svg ? (
              <Paragraph data-size="sm" className="muted">
                {t("benefitPortfolio.chart.patternNote")}
              </Paragraph>
            ) : null}
          </ChartFigure>

          <ChartFigure
            id="portfolio-sectors"
            title={charts.sector.title}
            svg={charts.sector.svg}
            summary={charts.sector.summary}
            tableOpen
            table={{
              columns: [t("benefitPortfolio.col.sector"), t("benefitPortfolio.col.benefits"), ...amounts.headers],
              numeric: numericColumns(1, 7),
              rows: portfolio.bySector.map((r) => ({
                key: r.sectorId ?? "none",
                cells: [r.sectorName ?? t("benefitPortfolio.sector.none"), formatNumber(lang, r.benefitCount), ...amounts.cells(r)],
              })),
              footer: [t("benefitPortfolio.total"), formatNumber(lang, portfolio.total.benefitCount), ...amounts.cells(portfolio.total)],
            }}
          >
            {charts.sector.svg ? (
              <Paragraph data-size="sm" className="muted">
                {t("benefitPortfolio.chart.patternNote")}
              </Paragraph>
            ) : null}
          </ChartFigure>

          <GoalSection goals={portfolio.byGoal} />

          <section className="stack" aria-labelledby="portfolio-types-title">
            <Heading level={2} data-size="sm" id="portfolio-types-title">
              {t("benefitPortfolio.type.title")}
            </Heading>
            {portfolio.byType.length === 0 ? (
              <Paragraph>{t("benefitPortfolio.empty")}</Paragraph>
            ) : (
              <AmountsTable
                id="portfolio-types"
                caption={t("benefitPortfolio.type.title")}
                table={{
                  columns: [t("benefitPortfolio.col.type"), t("benefitPortfolio.col.benefits"), ...amounts.headers],
                  numeric: numericColumns(1, 7),
                  rows: portfolio.byType.map((r) => ({
                    key: r.type,
                    cells: [t(`benefits.type.${r.type}`), formatNumber(lang, r.benefitCount), ...amounts.cells(r)],
                  })),
                  footer: [t("benefitPortfolio.total"), formatNumber(lang, portfolio.total.benefitCount), ...amounts.cells(portfolio.total)],
                }}
              />
            )}
          </section>

          <section className="stack" aria-labelledby="portfolio-disbenefits-title">
            <Heading level={2} data-size="sm" id="portfolio-disbenefits-title">
              {t("benefitPortfolio.disbenefits.title")}
            </Heading>
            <Paragraph data-size="sm" className="muted">
              {t("benefitPortfolio.disbenefits.intro")}
            </Paragraph>
            {portfolio.disbenefitTotal.benefitCount === 0 ? (
              <Paragraph>{t("benefitPortfolio.disbenefits.none")}</Paragraph>
            ) : (
              <AmountsTable
                id="portfolio-disbenefits"
                caption={t("benefitPortfolio.disbenefits.title")}
                table={{
                  columns: [t("benefitPortfolio.col.year"), ...amounts.headers],
                  numeric: numericColumns(1, 6),
                  rows: portfolio.disbenefitYears.map((y) => ({ key: String(y.year), cells: [String(y.year), ...amounts.cells(y)] })),
                  footer: [t("benefitPortfolio.total"), ...amounts.cells(portfolio.disbenefitTotal)],
                }}
              />
            )}
          </section>
        </>
      )}

      <section className="stack" aria-labelledby="portfolio-valuation-title">
        <Heading level={2} data-size="sm" id="portfolio-valuation-title">
          {t("benefitPortfolio.valuation.title")}
        </Heading>
        <Paragraph>
          {t("benefitPortfolio.valuation.text", {
            cost: formatDecimal(lang, data.valuation.hourlyCostNok),
            hours: formatDecimal(lang, data.valuation.hoursPerFte),
          })}
        </Paragraph>
        {data.valuation.isDefault ? <Paragraph>{t("benefitPortfolio.valuation.default")}</Paragraph> : null}
        {data.canManageSettings ? (
          <Paragraph>
            <DsLink asChild>
              <Link to="/admin/settings#valuation-heading">{t("benefitPortfolio.valuation.settings")}</Link>
            </DsLink>
          </Paragraph>
        ) : null}
      </section>
    </div>
  );
}

function GoalSection({ goals }: { goals: NonNullable<Route.ComponentProps["loaderData"]["portfolio"]>["byGoal"] }) {
  const t = useT();
  const lang = useLang();
  const amounts = useAmountColumns();
  const severalStrategies = new Set(goals.filter((g) => g.goalId).map((g) => g.strategyTitle)).size > 1;
  const table: ChartTable = {
    columns: [
      t("benefitPortfolio.col.goal"),
      ...(severalStrategies ? [t("benefitPortfolio.col.strategy")] : []),
      t("benefitPortfolio.col.benefits"),
      ...amounts.headers,
    ],
    numeric: numericColumns(severalStrategies ? 2 : 1, 7),
    rows: goals.map((g) => ({
      key: g.goalId ?? "none",
      cells: [
        g.goalId ? (
          <Link key="goal" to={`/goals/${g.goalId}`}>
            {g.number} {g.title}
          </Link>
        ) : (
          t("benefitPortfolio.goal.none")
        ),
        ...(severalStrategies ? [g.strategyTitle ?? ""] : []),
        formatNumber(lang, g.benefitCount),
        ...amounts.cells(g),
      ],
    })),
  };
  return (
    <section className="stack" aria-labelledby="portfolio-goals-title">
      <Heading level={2} data-size="sm" id="portfolio-goals-title">
        {t("benefitPortfolio.goal.title")}
      </Heading>
      {goals.length === 0 ? (
        <Paragraph>{t("benefitPortfolio.empty")}</Paragraph>
      ) : (
        <>
          <AmountsTable id="portfolio-goals" caption={t("benefitPortfolio.goal.title")} table={table} />
          <Paragraph data-size="sm" id="portfolio-goals-note">
            {t("benefitPortfolio.goal.note")}
          </Paragraph>
        </>
      )}
    </section>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
