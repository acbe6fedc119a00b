import { formatNumber, type Lang, type Translate } from "~/kit/i18n";
import { GRID_LINE_COLOR, SUBTLE_TEXT_COLOR, TEXT_COLOR } from "~/kit/charts/palette";
import { FUNDING_COLORS, STATUS_COLORS } from "./colors";
import { type ChartOption, formatCompactNumber, renderChartSvg } from "~/kit/charts/render.server";
import { estimateTextWidth } from "~/kit/charts/text-metrics";
import { FUNDING_SOURCES, MEASURE_STATUSES } from "~/domains/measures";
import type { CostByYearAndFunding, FundingSource, SectorStatusCounts, StatusCount } from "./queries.server";

/** A server-rendered chart: its title, a text summary (also the SVG's text alternative) and the SVG, or null when there is nothing to draw. */
export interface RenderedChart {
  title: string;
  summary: string;
  svg: string | null;
}

/*
 * Layout is computed here rather than left to ECharts, so we know how many pixels each bar segment gets and can
 * leave out a data label that would not fit inside its segment (the number is still in the table).
 */
const WIDTH = 880;
const FONT = "13px sans-serif";
const BOLD_FONT = "bold 13px sans-serif";
const LEGEND_GAP = 16;
const LEGEND_ROW = 30;
const MAX_CATEGORY_LABEL = 240;

const axisLabel = { color: SUBTLE_TEXT_COLOR, fontSize: 13 };
const splitLine = { lineStyle: { color: GRID_LINE_COLOR } };

/** A round axis maximum and tick interval (1, 2 or 5 × 10^n) covering `max`. */
export function niceAxis(max: number, { integer = false }: { integer?: boolean } = {}): { max: number; interval: number } {
  if (!(max > 0)) return { max: 1, interval: 1 };
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let interval = [1, 2, 5, 10].map((f) => f * magnitude).find((step) => step >= raw) ?? 10 * magnitude;
  if (integer) interval = Math.max(1, Math.ceil(interval));
  return { max: Math.ceil(max / interval - 1e-9) * interval, interval };
}

/** How many rows ECharts needs for a horizontal legend with these labels (greedy wrapping, as ECharts does). */
function legendRows(labels: string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const label of labels) {
    const item = 25 + 5 + estimateTextWidth(label, FONT);
    if (x > 0 && x + item > width) {
      rows++;
      x = 0;
    }
    x += item + LEGEND_GAP;
  }
  return rows;
}

function categoryLabelWidth(labels: string[]): number {
  return Math.min(MAX_CATEGORY_LABEL, Math.max(0, ...labels.map((l) => estimateTextWidth(l, FONT))));
}

/** Label text for a bar segment, or "" when the segment is empty or too small for it. */
function segmentLabel(text: string, segment: { length: number; thickness: number }, horizontal: boolean): string {
  const width = estimateTextWidth(text, BOLD_FONT) + 6;
  const height = 18;
  const fits = horizontal ? width <= segment.length && height <= segment.thickness : height <= segment.length && width <= segment.thickness;
  return fits ? text : "";
}

type LabelParams = { value?: unknown; dataIndex?: number };

function valueAxis(name: string, axis: { max: number; interval: number }, lang: Lang, horizontal: boolean) {
  return {
    type: "value" as const,
    max: axis.max,
    interval: axis.interval,
    name,
    nameLocation: horizontal ? ("middle" as const) : ("end" as const),
    nameGap: horizontal ? 28 : 14,
    nameTextStyle: { color: TEXT_COLOR, fontSize: 13, ...(horizontal ? {} : { align: "right" as const }) },
    axisLabel: { ...axisLabel, formatter: (value: number) => formatNumber(lang, value) },
    splitLine,
  };
}

function categoryAxis(labels: string[], horizontal: boolean) {
  return {
    type: "category" as const,
    inverse: horizontal,
    data: labels,
    axisLabel: { ...axisLabel, color: TEXT_COLOR, width: MAX_CATEGORY_LABEL, overflow: "truncate" as const },
    axisTick: { show: false },
  };
}

export function buildStatusChart({ rows, t, lang }: { rows: StatusCount[]; t: Translate; lang: Lang }): RenderedChart {
  const title = t("dashboard.status.title");
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  if (total === 0) return { title, summary: t("dashboard.status.empty"), svg: null };
  const parts = rows
    .filter((r) => r.count > 0)
    .map((r) => t("dashboard.status.part", { status: t(`measures.status.${r.status}`), count: formatNumber(lang, r.count) }))
    .join(", ");
  const summary = t("dashboard.status.summary", { total: formatNumber(lang, total), parts });
  const labels = rows.map((r) => t(`measures.status.${r.status}`));
  const axis = niceAxis(Math.max(...rows.map((r) => r.count)), { integer: true });
  const option: ChartOption = {
    grid: { left: categoryLabelWidth(labels) + 16, right: 48, top: 8, bottom: 44, outerBoundsMode: "none" },
    xAxis: valueAxis(t("dashboard.status.axis"), axis, lang, true),
    yAxis: categoryAxis(labels, true),
    series: [
      {
        type: "bar",
        name: t("dashboard.status.count"),
        barMaxWidth: 24,
        data: rows.map((r) => ({ value: r.count, itemStyle: { color: STATUS_COLORS[r.status] } })),
        label: {
          show: true,
          position: "right",
          color: TEXT_COLOR,
          fontWeight: "bold",
          formatter: (p: LabelParams) => formatNumber(lang, Number(p.value ?? 0)),
        },
      },
    ],
  };
  const height = rows.length * 34 + 52;
  const svg = renderChartSvg({ option, width: WIDTH, height, title, summary });
  return { title, summary, svg };
}

export function sectorLabel(row: Pick<SectorStatusCounts, "sectorName">, t: Translate): string {
  return row.sectorName ?? t("dashboard.sector.none");
}

export function buildSectorChart({ rows, t, lang }: { rows: SectorStatusCounts[]; t: Translate; lang: Lang }): RenderedChart {
  const title = t("dashboard.sector.title");
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  if (total === 0) return { title, summary: t("dashboard.status.empty"), svg: null };
  const parts = rows.map((r) => t("dashboard.sector.part", { sector: sectorLabel(r, t), count: formatNumber(lang, r.total) })).join(", ");
  const summary = t("dashboard.sector.summary", { parts });

  const statuses = MEASURE_STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));
  const legendLabels = statuses.map((s) => t(`measures.status.${s}`));
  const legendHeight = legendRows(legendLabels, WIDTH) * LEGEND_ROW;
  const labels = rows.map((r) => sectorLabel(r, t));
  const axis = niceAxis(Math.max(...rows.map((r) => r.total)), { integer: true });
  const grid = { left: categoryLabelWidth(labels) + 16, right: 24, top: legendHeight + 8, bottom: 44 };
  const perRow = 40;
  const plotWidth = WIDTH - grid.left - grid.right;
  const barThickness = 28;
  const option: ChartOption = {
    legend: { top: 0, left: 0, itemGap: LEGEND_GAP, data: legendLabels },
    grid: { ...grid, outerBoundsMode: "none" },
    xAxis: valueAxis(t("dashboard.status.axis"), axis, lang, true),
    yAxis: categoryAxis(labels, true),
    series: statuses.map((s) => ({
      type: "bar" as const,
      stack: "status",
      name: t(`measures.status.${s}`),
      barWidth: barThickness,
      itemStyle: { color: STATUS_COLORS[s], borderColor: "#ffffff", borderWidth: 1 },
      label: {
        show: true,
        position: "inside" as const,
        color: "#ffffff",
        fontWeight: "bold" as const,
        formatter: (p: LabelParams) => {
          const value = Number(p.value ?? 0);
          if (!value) return "";
          return segmentLabel(formatNumber(lang, value), { length: (value / axis.max) * plotWidth, thickness: barThickness }, true);
        },
      },
      data: rows.map((r) => r.counts[s]),
    })),
  };
  const height = grid.top + rows.length * perRow + grid.bottom;
  const svg = renderChartSvg({ option, width: WIDTH, height, title, summary });
  return { title, summary, svg };
}

/** The cost aggregates as a year × funding source table (serialisable, for the chart and its data table). */
export interface CostTable {
  /** Years in order; null ("no year") last. */
  years: Array<number | null>;
  /** Funding sources that have at least one cost line, in catalogue order. */
  sources: FundingSource[];
  /** amounts[yearIndex][sourceIndex], NOK. */
  amounts: number[][];
  yearTotals: number[];
  /** Cost lines with an unknown amount, per year. */
  yearUnknown: number[];
  total: number;
  unknown: number;
}

/** Pivots the aggregated cost rows (one per year and source, summed in the database) into a table. */
export function pivotCosts(rows: CostByYearAndFunding[]): CostTable {
  const years = [...new Set(rows.map((r) => r.year))].sort((x, y) => (x === null ? 1 : y === null ? -1 : x - y));
  const sources = FUNDING_SOURCES.filter((s) => rows.some((r) => r.fundingSource === s));
  const amounts = years.map(() => sources.map(() => 0));
  const yearTotals = years.map(() => 0);
  const yearUnknown = years.map(() => 0);
  for (const r of rows) {
    const y = years.indexOf(r.year);
    amounts[y][sources.indexOf(r.fundingSource)] = r.amountNok;
    yearTotals[y] += r.amountNok;
    yearUnknown[y] += r.unknownCount;
  }
  return {
    years,
    sources,
    amounts,
    yearTotals,
    yearUnknown,
    total: yearTotals.reduce((a, b) => a + b, 0),
    unknown: yearUnknown.reduce((a, b) => a + b, 0),
  };
}

export function buildCostChart({ table, t, lang }: { table: CostTable; t: Translate; lang: Lang }): RenderedChart & { unknownNote: string | null } {
  const title = t("dashboard.cost.title");
  const unknownNote =
    table.unknown === 0
      ? null
      : table.unknown === 1
        ? t("dashboard.cost.unknownOne")
        : t("dashboard.cost.unknownMany", { count: formatNumber(lang, table.unknown) });
  if (table.years.length === 0) return { title, summary: t("dashboard.cost.empty"), svg: null, unknownNote };
  const yearLabel = (year: number | null) => (year === null ? t("dashboard.cost.noYear") : String(year));
  const parts = table.years.map((y, i) => t("dashboard.cost.part", { year: yearLabel(y), amount: formatNumber(lang, table.yearTotals[i]) })).join(", ");
  const summary = [t("dashboard.cost.summary", { total: formatNumber(lang, table.total), parts }), unknownNote].filter(Boolean).join(" ");
  if (table.total === 0) return { title, summary, svg: null, unknownNote };

  const legendLabels = table.sources.map((s) => t(`measures.funding.${s}`));
  const legendHeight = legendRows(legendLabels, WIDTH) * LEGEND_ROW;
  const axis = niceAxis(Math.max(...table.yearTotals));
  const grid = { left: estimateTextWidth(formatNumber(lang, axis.max), FONT) + 16, right: 16, top: legendHeight + 44, bottom: 32 };
  const plotHeight = 300;
  const plotWidth = WIDTH - grid.left - grid.right;
  const barWidth = Math.round(Math.min(72, (plotWidth / table.years.length) * 0.6));
  const option: ChartOption = {
    legend: { top: 0, left: 0, itemGap: LEGEND_GAP, data: legendLabels },
    grid: { ...grid, outerBoundsMode: "none" },
    xAxis: categoryAxis(table.years.map(yearLabel), false),
    yAxis: valueAxis(t("dashboard.cost.axis"), axis, lang, false),
    series: [
      ...table.sources.map((s, si) => ({
        type: "bar" as const,
        stack: "cost",
        name: t(`measures.funding.${s}`),
        barWidth,
        itemStyle: { color: FUNDING_COLORS[s], borderColor: "#ffffff", borderWidth: 1 },
        label: {
          show: true,
          position: "inside" as const,
          color: "#ffffff",
          fontWeight: "bold" as const,
          formatter: (p: LabelParams) => {
            const value = Number(p.value ?? 0);
            if (!value) return "";
            return segmentLabel(formatCompactNumber(lang, value), { length: (value / axis.max) * plotHeight, thickness: barWidth }, false);
          },
        },
        data: table.amounts.map((row) => row[si]),
      })),
      {
        // Invisible series on top of each stack that only carries the year's total as a label.
        type: "bar" as const,
        stack: "cost",
        name: t("dashboard.table.total"),
        barWidth,
        silent: true,
        itemStyle: { color: "transparent" },
        label: {
          show: true,
          position: "top" as const,
          color: TEXT_COLOR,
          fontWeight: "bold" as const,
          formatter: (p: LabelParams) => formatNumber(lang, table.yearTotals[p.dataIndex ?? 0] ?? 0),
        },
        data: table.years.map(() => 0),
      },
    ],
  };
  const svg = renderChartSvg({ option, width: WIDTH, height: grid.top + plotHeight + grid.bottom, title, summary });
  return { title, summary, svg, unknownNote };
}
