/**
 * Server-rendered charts of planned against realised benefits (NOK). Planned and realised are told apart by
 * more than colour: planned bars are hatched (a decal pattern), realised bars are solid, the legend names both,
 * and the page says so in text. Every number is also in the chart's data table.
 */
import { formatNumber, type Lang, type Translate } from "~/kit/i18n";
import { type RenderedChart, niceAxis } from "~/domains/dashboard/index.server";
import { GRID_LINE_COLOR, SUBTLE_TEXT_COLOR, TEXT_COLOR } from "~/kit/charts/palette";
import { type ChartOption, formatCompactNumber, renderChartSvg } from "~/kit/charts/render.server";
import { estimateTextWidth } from "~/kit/charts/text-metrics";
import { periodLabel } from "./format";

const WIDTH = 880;
const FONT = "13px sans-serif";
const MAX_CATEGORY_LABEL = 240;

export const PLANNED_COLOR = "#1f5fa6";
export const REALISED_COLOR = "#1e7a3c";

/** Diagonal white hatching on the planned bars. */
const PLANNED_DECAL = { symbol: "rect", symbolSize: 1, color: "rgba(255, 255, 255, 0.55)", dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4 };

/** A year's (or any group's) planned and realised NOK. */
export interface PlannedRealised {
  plannedNok: number;
  realisedNok: number;
}

/** A value axis from min to max (both may be negative), with round ticks. */
function valueAxisRange(values: number[]): { min: number; max: number; interval: number } {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = niceAxis(Math.max(max, -min));
  const interval = min < 0 && max > 0 ? niceAxis(max - min).interval : span.interval;
  return {
    max: max > 0 ? Math.ceil(max / interval - 1e-9) * interval : 0,
    min: min < 0 ? -Math.ceil(-min / interval - 1e-9) * interval : 0,
    interval,
  };
}

function series(t: Translate, data: { planned: number[]; realised: number[] }, barMaxWidth: number) {
  return [
    {
      type: "bar" as const,
      name: t("benefitPortfolio.chart.planned"),
      barMaxWidth,
      barGap: "10%",
      itemStyle: { color: PLANNED_COLOR, decal: PLANNED_DECAL, borderColor: PLANNED_COLOR, borderWidth: 1 },
      data: data.planned,
    },
    {
      type: "bar" as const,
      name: t("benefitPortfolio.chart.realised"),
      barMaxWidth,
      itemStyle: { color: REALISED_COLOR, decal: { symbol: "none" }, borderColor: REALISED_COLOR, borderWidth: 1 },
      data: data.realised,
    },
  ];
}

function legend(t: Translate) {
  return { top: 0, left: 0, itemGap: 24, itemWidth: 32, itemHeight: 16, data: [t("benefitPortfolio.chart.planned"), t("benefitPortfolio.chart.realised")] };
}

function valueAxis(t: Translate, lang: Lang, range: { min: number; max: number; interval: number }, horizontal: boolean) {
  return {
    type: "value" as const,
    ...range,
    name: t("benefitPortfolio.chart.axis"),
    nameLocation: horizontal ? ("middle" as const) : ("end" as const),
    nameGap: horizontal ? 28 : 14,
    nameTextStyle: { color: TEXT_COLOR, fontSize: 13, ...(horizontal ? {} : { align: "right" as const }) },
    axisLabel: { color: SUBTLE_TEXT_COLOR, fontSize: 13, formatter: (value: number) => formatCompactNumber(lang, value) },
    splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
  };
}

function categoryAxis(labels: string[], horizontal: boolean) {
  return {
    type: "category" as const,
    inverse: horizontal,
    data: labels,
    axisLabel: { color: TEXT_COLOR, fontSize: 13, width: MAX_CATEGORY_LABEL, overflow: "truncate" as const },
    axisTick: { show: false },
  };
}

/** Planned against realised NOK per year (the portfolio's benefit profile), as grouped vertical bars. */
export function buildBenefitYearChart({ years, t, lang }: { years: Array<PlannedRealised & { year: number }>; t: Translate; lang: Lang }): RenderedChart {
  const title = t("benefitPortfolio.chart.years.title");
  const period = years.length > 0 ? periodLabel({ fromYear: years[0].year, toYear: years[years.length - 1].year }) : "";
  if (years.every((y) => y.plannedNok === 0 && y.realisedNok === 0)) {
    return { title, summary: t("benefitPortfolio.chart.empty", { period }), svg: null };
  }
  const n = (value: number) => formatNumber(lang, value);
  const parts = years.map((y) => t("benefitPortfolio.chart.years.part", { year: y.year, planned: n(y.plannedNok), realised: n(y.realisedNok) })).join("; ");
  const summary = t("benefitPortfolio.chart.years.summary", {
    period,
    planned: n(years.reduce((sum, y) => sum + y.plannedNok, 0)),
    realised: n(years.reduce((sum, y) => sum + y.realisedNok, 0)),
    parts,
  });
  const range = valueAxisRange(years.flatMap((y) => [y.plannedNok, y.realisedNok]));
  const axisLabelWidth = Math.max(...[range.min, range.max].map((v) => estimateTextWidth(formatCompactNumber(lang, v), FONT)));
  const grid = { left: axisLabelWidth + 24, right: 16, top: 72, bottom: 32 };
  const plotHeight = 280;
  const option: ChartOption = {
    legend: legend(t),
    grid: { ...grid, outerBoundsMode: "none" },
    xAxis: categoryAxis(
      years.map((y) => String(y.year)),
      false,
    ),
    yAxis: valueAxis(t, lang, range, false),
    series: series(t, { planned: years.map((y) => y.plannedNok), realised: years.map((y) => y.realisedNok) }, 56),
  };
  const svg = renderChartSvg({ option, width: WIDTH, height: grid.top + plotHeight + grid.bottom, title, summary });
  return { title, summary, svg };
}

/** Planned against realised NOK per sector over a period, as grouped horizontal bars. */
export function buildBenefitSectorChart({
  rows,
  period,
  t,
  lang,
}: {
  rows: Array<PlannedRealised & { sectorName: string | null }>;
  period: { fromYear: number; toYear: number };
  t: Translate;
  lang: Lang;
}): RenderedChart {
  const title = t("benefitPortfolio.chart.sector.title");
  if (rows.every((r) => r.plannedNok === 0 && r.realisedNok === 0)) {
    return { title, summary: t("benefitPortfolio.chart.empty", { period: periodLabel(period) }), svg: null };
  }
  const n = (value: number) => formatNumber(lang, value);
  const labels = rows.map((r) => r.sectorName ?? t("benefitPortfolio.sector.none"));
  const parts = rows
    .map((r, i) => t("benefitPortfolio.chart.sector.part", { sector: labels[i], planned: n(r.plannedNok), realised: n(r.realisedNok) }))
    .join("; ");
  const summary = t("benefitPortfolio.chart.sector.summary", { period: periodLabel(period), parts });
  const range = valueAxisRange(rows.flatMap((r) => [r.plannedNok, r.realisedNok]));
  const labelWidth = Math.min(MAX_CATEGORY_LABEL, Math.max(...labels.map((l) => estimateTextWidth(l, FONT))));
  const grid = { left: labelWidth + 16, right: 40, top: 40, bottom: 48 };
  const perRow = 56;
  const option: ChartOption = {
    legend: legend(t),
    grid: { ...grid, outerBoundsMode: "none" },
    xAxis: valueAxis(t, lang, range, true),
    yAxis: categoryAxis(labels, true),
    series: series(t, { planned: rows.map((r) => r.plannedNok), realised: rows.map((r) => r.realisedNok) }, 22),
  };
  const svg = renderChartSvg({ option, width: WIDTH, height: grid.top + rows.length * perRow + grid.bottom, title, summary });
  return { title, summary, svg };
}
