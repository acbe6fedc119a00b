/**
 * Server-rendered pictures for the benefit screens: the yearly benefit profile of a measure (ECharts bar chart,
 * planned against realised NOK) and the benefit map diagram (a hand-laid-out SVG: measures → benefits → goals).
 * Both come with a title and a text summary; the pages add a data table with every number and link.
 */
import { formatDecimal, formatNumber, type Lang, type Translate } from "~/kit/i18n";
import { GRID_LINE_COLOR, SUBTLE_TEXT_COLOR, TEXT_COLOR } from "~/kit/charts/palette";
import { type ChartOption, escapeXml, formatCompactNumber, renderChartSvg } from "~/kit/charts/render.server";
import { estimateTextWidth } from "~/kit/charts/text-metrics";
import type { BenefitMap } from "./map.server";
import type { BenefitSummaryTotal } from "./summary.server";
import { roundFte, roundHours } from "./valuation";

export interface RenderedPicture {
  title: string;
  summary: string;
  /** Null when there is nothing to draw. */
  svg: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Yearly benefit profile

const PROFILE_WIDTH = 880;
const PLANNED_COLOR = "#1f5fa6";
const REALISED_COLOR = "#1e7a3c";

/** A round axis maximum and tick interval (1, 2 or 5 × 10^n) covering `max` (and `min` when negative). */
function profileAxis(min: number, max: number): { min: number; max: number; interval: number } {
  const span = Math.max(max, 0) - Math.min(min, 0);
  if (!(span > 0)) return { min: 0, max: 1, interval: 1 };
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const interval = [1, 2, 5, 10].map((f) => f * magnitude).find((step) => step >= raw) ?? 10 * magnitude;
  return {
    min: min < 0 ? Math.floor(min / interval + 1e-9) * interval : 0,
    max: max > 0 ? Math.ceil(max / interval - 1e-9) * interval : 0,
    interval,
  };
}

/** Sums of the yearly rows: NOK and hours added up, FTE from the summed hours. */
export function profileTotals(rows: BenefitSummaryTotal[], hoursPerFte: number) {
  const plannedHours = roundHours(rows.reduce((sum, r) => sum + r.plannedHours, 0));
  const realisedHours = roundHours(rows.reduce((sum, r) => sum + r.realisedHours, 0));
  return {
    plannedNok: rows.reduce((sum, r) => sum + r.plannedNok, 0),
    realisedNok: rows.reduce((sum, r) => sum + r.realisedNok, 0),
    plannedHours,
    realisedHours,
    plannedFte: roundFte(plannedHours / hoursPerFte),
    realisedFte: roundFte(realisedHours / hoursPerFte),
  };
}

/**
 * The measure's yearly benefit profile: planned and realised NOK per year as grouped bars. The two series have
 * different decal patterns (renderChartSvg turns them on), so they differ by more than colour, and both are named in
 * the legend. The SVG is null when every amount is zero.
 */
export function buildBenefitProfileChart({
  rows,
  hoursPerFte,
  t,
  lang,
}: {
  rows: BenefitSummaryTotal[];
  hoursPerFte: number;
  t: Translate;
  lang: Lang;
}): RenderedPicture {
  const title = t("benefitMap.profile.title");
  const from = String(rows[0]?.year ?? "");
  const to = String(rows.at(-1)?.year ?? "");
  const totals = profileTotals(rows, hoursPerFte);
  const empty = rows.every((r) => r.plannedNok === 0 && r.realisedNok === 0);
  if (empty) return { title, summary: t("benefitMap.profile.empty", { from, to }), svg: null };
  const summary = t("benefitMap.profile.summary", {
    from,
    to,
    planned: formatNumber(lang, totals.plannedNok),
    realised: formatNumber(lang, totals.realisedNok),
    plannedFte: formatDecimal(lang, totals.plannedFte),
    realisedFte: formatDecimal(lang, totals.realisedFte),
  });

  const values = rows.flatMap((r) => [r.plannedNok, r.realisedNok]);
  const axis = profileAxis(Math.min(...values), Math.max(...values));
  const font = "13px sans-serif";
  const axisLabelWidth = Math.max(...[axis.min, axis.max].map((v) => estimateTextWidth(formatNumber(lang, v), font)));
  const label = (color: string) => ({
    show: true,
    position: "top" as const,
    color,
    fontWeight: "bold" as const,
    formatter: (p: { value?: unknown }) => {
      const value = Number(p.value ?? 0);
      return value === 0 ? "" : formatCompactNumber(lang, value);
    },
  });
  const option: ChartOption = {
    legend: { top: 0, left: 0, itemGap: 16, data: [t("benefitMap.profile.planned"), t("benefitMap.profile.realised")] },
    grid: { left: axisLabelWidth + 16, right: 16, top: 64, bottom: 32, outerBoundsMode: "none" },
    xAxis: {
      type: "category",
      data: rows.map((r) => String(r.year)),
      axisLabel: { color: TEXT_COLOR, fontSize: 13 },
      axisTick: { show: false },
    },
    yAxis: {
      type: "value",
      min: axis.min,
      max: axis.max,
      interval: axis.interval,
      name: t("benefitMap.profile.axis"),
      nameLocation: "end",
      nameGap: 14,
      nameTextStyle: { color: TEXT_COLOR, fontSize: 13, align: "right" },
      axisLabel: { color: SUBTLE_TEXT_COLOR, fontSize: 13, formatter: (value: number) => formatNumber(lang, value) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    series: [
      {
        type: "bar",
        name: t("benefitMap.profile.planned"),
        barMaxWidth: 36,
        itemStyle: { color: PLANNED_COLOR },
        label: label(PLANNED_COLOR),
        data: rows.map((r) => r.plannedNok),
      },
      {
        type: "bar",
        name: t("benefitMap.profile.realised"),
        barMaxWidth: 36,
        itemStyle: { color: REALISED_COLOR },
        label: label(REALISED_COLOR),
        data: rows.map((r) => r.realisedNok),
      },
    ],
  };
  const svg = renderChartSvg({ option, width: PROFILE_WIDTH, height: 64 + 280 + 32, title, summary });
  return { title, summary, svg };
}

// ---------------------------------------------------------------------------------------------------------------
// Benefit map diagram

const MAP_WIDTH = 960;
const COLUMN_WIDTH = 260;
const COLUMN_X = [0, 350, 700] as const;
const HEADER_HEIGHT = 32;
const FONT_SIZE = 14;
const LINE_HEIGHT = 18;
const PADDING_X = 10;
const PADDING_Y = 8;
const MAX_LINES = 3;
const NODE_GAP = 10;
const GROUP_GAP = 24;
const FILLS = ["#e8f0fa", "#eaf5ee", "#f3eefa"] as const;

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` px (estimated), at spaces; a word wider
 * than a line is cut. Text that does not fit ends in "…".
 */
export function wrapLabel(text: string, maxWidth: number, maxLines: number, font = `${FONT_SIZE}px sans-serif`): string[] {
  const fits = (s: string) => estimateTextWidth(s, font) <= maxWidth;
  const lines: string[] = [];
  let current = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i];
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      current = "";
    }
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.length > 0 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

export interface MapNode {
  key: string;
  column: 0 | 1 | 2;
  label: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  dashed: boolean;
  emphasised: boolean;
}

export interface MapLink {
  from: string;
  to: string;
  dashed: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  links: MapLink[];
}

function nodeHeight(lines: string[]): number {
  return lines.length * LINE_HEIGHT + 2 * PADDING_Y;
}

/**
 * Lays the map out in three columns. Each measure sits beside its block of benefits (measures without benefits get
 * a slot of their own); goals are stacked in their own order and centred. Node keys: "m:<id>", "b:<id>", "g:<id>".
 */
export function layoutBenefitMap({ map, t, focusGoalId }: { map: BenefitMap; t: Translate; focusGoalId?: string }): MapLayout {
  const textWidth = COLUMN_WIDTH - 2 * PADDING_X;
  const node = (key: string, column: 0 | 1 | 2, label: string, extra: { dashed?: boolean; emphasised?: boolean } = {}): MapNode => {
    const lines = wrapLabel(label, textWidth, MAX_LINES, extra.emphasised ? `bold ${FONT_SIZE}px sans-serif` : undefined);
    return {
      key,
      column,
      label,
      lines,
      x: COLUMN_X[column],
      y: 0,
      width: COLUMN_WIDTH,
      height: nodeHeight(lines),
      dashed: extra.dashed ?? false,
      emphasised: extra.emphasised ?? false,
    };
  };
  const nodes: MapNode[] = [];
  const links: MapLink[] = [];

  let y = HEADER_HEIGHT;
  for (const m of map.measures) {
    const measureNode = node(`m:${m.id}`, 0, `${m.code} ${m.title}`);
    const benefitNodes = map.benefits
      .filter((b) => b.measureId === m.id)
      .map((b) => node(`b:${b.id}`, 1, b.disbenefit ? t("benefitMap.diagram.disbenefit", { title: b.title }) : b.title, { dashed: b.disbenefit }));
    const stack = benefitNodes.reduce((sum, n) => sum + n.height, 0) + Math.max(0, benefitNodes.length - 1) * NODE_GAP;
    const block = Math.max(measureNode.height, stack);
    measureNode.y = y + (block - measureNode.height) / 2;
    let by = y + (block - stack) / 2;
    for (const n of benefitNodes) {
      n.y = by;
      by += n.height + NODE_GAP;
    }
    nodes.push(measureNode, ...benefitNodes);
    y += block + GROUP_GAP;
  }
  const leftHeight = map.measures.length > 0 ? y - GROUP_GAP : HEADER_HEIGHT;

  const goalNodes = map.goals.map((g) => {
    const emphasised = g.id === focusGoalId;
    const label = `${g.number} ${g.title}${emphasised ? ` ${t("benefitMap.diagram.thisGoal")}` : ""}`;
    return node(`g:${g.id}`, 2, label, { emphasised });
  });
  const goalStack = goalNodes.reduce((sum, n) => sum + n.height, 0) + Math.max(0, goalNodes.length - 1) * NODE_GAP;
  const contentHeight = Math.max(leftHeight - HEADER_HEIGHT, goalStack);
  let gy = HEADER_HEIGHT + (contentHeight - goalStack) / 2;
  for (const n of goalNodes) {
    n.y = gy;
    gy += n.height + NODE_GAP;
  }
  nodes.push(...goalNodes);

  for (const b of map.benefits) {
    links.push({ from: `m:${b.measureId}`, to: `b:${b.id}`, dashed: b.disbenefit });
    for (const goalId of b.goalIds) links.push({ from: `b:${b.id}`, to: `g:${goalId}`, dashed: b.disbenefit });
  }
  return { width: MAP_WIDTH, height: Math.ceil(HEADER_HEIGHT + contentHeight + 4), nodes, links };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The layout as an SVG string with role="img", a <title> and a <desc>; all text escaped. */
export function renderBenefitMapSvg({
  layout,
  title,
  summary,
  columns,
}: {
  layout: MapLayout;
  title: string;
  summary: string;
  columns: [string, string, string];
}): string {
  const byKey = new Map(layout.nodes.map((n) => [n.key, n]));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(`${title}. ${summary}`)}" focusable="false" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="Inter, system-ui, sans-serif" font-size="${FONT_SIZE}">`,
    `<title>${escapeXml(title)}</title><desc>${escapeXml(summary)}</desc>`,
  );
  columns.forEach((heading, i) => {
    parts.push(`<text x="${COLUMN_X[i]}" y="18" font-weight="bold" fill="${TEXT_COLOR}">${escapeXml(heading)}</text>`);
  });
  for (const link of layout.links) {
    const from = byKey.get(link.from);
    const to = byKey.get(link.to);
    if (!from || !to) continue;
    const x1 = from.x + from.width;
    const y1 = round1(from.y + from.height / 2);
    const x2 = to.x;
    const y2 = round1(to.y + to.height / 2);
    const mid = round1((x1 + x2) / 2);
    parts.push(
      `<path d="M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}" fill="none" stroke="${SUBTLE_TEXT_COLOR}" stroke-width="1.5"${link.dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
    );
  }
  for (const n of layout.nodes) {
    const stroke = n.emphasised ? 3 : 1.5;
    parts.push(
      `<g><title>${escapeXml(n.label)}</title>`,
      `<rect x="${n.x + stroke / 2}" y="${round1(n.y)}" width="${n.width - stroke}" height="${n.height}" rx="6" fill="${FILLS[n.column]}" stroke="${TEXT_COLOR}" stroke-width="${stroke}"${n.dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
      `<text fill="${TEXT_COLOR}"${n.emphasised ? ' font-weight="bold"' : ""}>`,
      ...n.lines.map((line, i) => `<tspan x="${n.x + PADDING_X}" y="${round1(n.y + PADDING_Y + (i + 1) * LINE_HEIGHT - 4)}">${escapeXml(line)}</tspan>`),
      `</text></g>`,
    );
  }
  parts.push("</svg>");
  return parts.join("");
}

/** The benefit map diagram with its title and summary; the SVG is null when the map has no benefits. */
export function buildBenefitMapDiagram({ map, t, lang, focusGoalId }: { map: BenefitMap; t: Translate; lang: Lang; focusGoalId?: string }): RenderedPicture {
  const title = t("benefitMap.diagram.title");
  const summary = t("benefitMap.diagram.summary", {
    measures: formatNumber(lang, map.measures.length),
    benefits: formatNumber(lang, map.benefits.length),
    goals: formatNumber(lang, map.goals.length),
  });
  if (map.benefits.length === 0) return { title, summary, svg: null };
  const layout = layoutBenefitMap({ map, t, focusGoalId });
  const columns: [string, string, string] = [t("benefitMap.diagram.measures"), t("benefitMap.diagram.benefits"), t("benefitMap.diagram.goals")];
  return { title, summary, svg: renderBenefitMapSvg({ layout, title, summary, columns }) };
}
