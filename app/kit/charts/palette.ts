/**
 * Chart colours. Every fill is dark enough for white data labels (contrast ≥ 4.5:1) and therefore also stands
 * out from the white page (≥ 3:1, WCAG 1.4.11). Colour is never the only cue: charts also carry text labels,
 * a legend with text and decal patterns, and every chart has a data table.
 */
/** Default series colours when a chart does not set its own. */
export const DEFAULT_PALETTE = ["#1f5fa6", "#a35200", "#1e7a3c", "#6a3d9a", "#b3261e", "#0e6e6e", "#8a2d6b", "#5c6670", "#7a5230"];

/** Text on the page background (Designsystemet neutral text). */
export const TEXT_COLOR = "#1e2b3c";
export const SUBTLE_TEXT_COLOR = "#4b5563";
export const GRID_LINE_COLOR = "#d2d6dc";

function channel(value: number): number {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(Number.parseInt(h, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
