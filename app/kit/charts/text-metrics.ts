/**
 * Text width estimate for server-side chart rendering, where there is no canvas to measure text with.
 *
 * ECharts uses the estimate to lay out axis labels and legends. The browser then draws the text in whatever
 * font it has, so the estimate is deliberately on the wide side (DejaVu Sans metrics, one of the widest common
 * sans-serif fonts): too wide only costs a little space, too narrow makes labels overlap or get clipped.
 */

/** Advance widths in em. */
const WIDTHS: Record<string, number> = {
  " ": 0.32,
  "\u00a0": 0.32,
  "\u202f": 0.32,
  ".": 0.34,
  ",": 0.34,
  ":": 0.34,
  ";": 0.34,
  "'": 0.28,
  "!": 0.4,
  "|": 0.34,
  "(": 0.39,
  ")": 0.39,
  "[": 0.39,
  "]": 0.39,
  "/": 0.34,
  "-": 0.36,
  "–": 0.5,
  "%": 0.95,
  "&": 0.78,
  f: 0.36,
  i: 0.28,
  j: 0.28,
  l: 0.28,
  m: 0.98,
  r: 0.42,
  s: 0.53,
  t: 0.4,
  w: 0.82,
  c: 0.56,
  k: 0.58,
  v: 0.6,
  x: 0.6,
  y: 0.6,
  z: 0.53,
  æ: 0.98,
  I: 0.3,
  J: 0.3,
  M: 0.87,
  W: 1,
  Æ: 1,
  L: 0.56,
  F: 0.58,
  E: 0.64,
  T: 0.62,
};

function charWidth(char: string): number {
  const known = WIDTHS[char];
  if (known !== undefined) return known;
  if (/[0-9]/.test(char)) return 0.64;
  if (/\p{Ll}/u.test(char)) return 0.62;
  if (/\p{Lu}/u.test(char)) return 0.74;
  return 0.65;
}

/** Width in px of `text` in a CSS font shorthand such as "bold 13px Inter, sans-serif". */
export function estimateTextWidth(text: string, font = "12px sans-serif"): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  const bold = /\b(bold|bolder|[6-9]00)\b/.test(font) ? 1.13 : 1;
  let em = 0;
  for (const char of text) em += charWidth(char);
  // A little extra on top of DejaVu Sans, so browsers' font differences do not make labels collide.
  return em * size * bold * 1.04;
}
