import type { BarSeriesOption } from "echarts/charts";
import { BarChart } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TitleComponentOption } from "echarts/components";
import { AriaComponent, GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { intlLocales } from "~/kit/i18n";
import { DEFAULT_PALETTE, TEXT_COLOR } from "./palette";
import { estimateTextWidth } from "./text-metrics";

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, AriaComponent, SVGRenderer]);
// No canvas on the server: lay out labels and legends with a (generous) width estimate.
echarts.setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: estimateTextWidth(text ?? "", font) }) });

/** The ECharts options our server-rendered charts may use (bar charts with grid, legend and title). */
export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption>;

/** Short number for labels inside bars: "190k", "1,3 mill." (nb-NO / nn-NO). */
export function formatCompactNumber(lang: "nb" | "nn", value: number): string {
  return new Intl.NumberFormat(intlLocales(lang), { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** Escapes text for an XML/HTML attribute or text node. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

const BASE_OPTION = {
  color: DEFAULT_PALETTE,
  backgroundColor: "transparent",
  textStyle: { fontFamily: "Inter, system-ui, sans-serif", fontSize: 13, color: TEXT_COLOR },
  // Patterns on the bars so series can be told apart without colour.
  aria: { enabled: true, decal: { show: true } },
} as const;

/**
 * Renders a chart to an SVG string on the server (no DOM, no client JavaScript).
 *
 * The root <svg> gets role="img", an aria-label and a <title> (and <desc> when `summary` is given), so the
 * image has a text alternative. Text inside the chart is escaped by ECharts; `title` and `summary` are escaped here.
 */
export function renderChartSvg({
  option,
  width,
  height,
  title,
  summary,
}: {
  option: ChartOption;
  width: number;
  height: number;
  title: string;
  summary?: string;
}): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption({
      ...BASE_OPTION,
      ...option,
      ...(option.legend && !Array.isArray(option.legend) ? { legend: { textStyle: { color: TEXT_COLOR }, ...option.legend } } : {}),
      animation: false,
    });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const label = summary ? `${title}. ${summary}` : title;
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error("ECharts did not return an <svg> element");
  const attributes = ` role="img" aria-label="${escapeXml(label)}" focusable="false"`;
  const head = `<title>${escapeXml(title)}</title>${summary ? `<desc>${escapeXml(summary)}</desc>` : ""}`;
  return `${open[0].replace(/^<svg\b/, `<svg${attributes}`)}${head}${svg.slice(open[0].length)}`;
}
