/** Rebuilding text lines from PDF text items, and dropping running page headers and footers. */

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfLine {
  text: string;
  /** Set when the line has wide gaps, as table rows do: the text between the gaps. */
  cells?: string[];
}

/**
 * Groups items whose baselines are within a third of the font height into one line (top to bottom), orders
 * each line by x, joins pieces with a space when there is a visible gap, and splits into cells where the gap
 * is wider than twice the font height. A wide vertical gap gives an empty line (a paragraph break).
 */
export function rebuildPageLines(items: readonly PdfTextItem[]): PdfLine[] {
  // pdf.js reports the space between two runs as an item of its own; gaps are measured instead.
  const sorted = items.filter((item) => item.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    const tolerance = Math.max(1, (item.height || 10) / 3);
    if (group && Math.abs(group[0].y - item.y) <= tolerance) group.push(item);
    else groups.push([item]);
  }
  const lines: PdfLine[] = [];
  let previous: PdfTextItem | null = null;
  for (const group of groups) {
    // A vertical gap of more than 1.8 line heights is a paragraph break: keep it as an empty line.
    if (previous && previous.y - group[0].y > (previous.height || 10) * 1.8 * 1.2) lines.push({ text: "" });
    previous = group[0];
    group.sort((a, b) => a.x - b.x);
    const cells: string[] = [];
    let current = "";
    let end = Number.NEGATIVE_INFINITY;
    for (const item of group) {
      const gap = item.x - end;
      const size = item.height || 10;
      if (current !== "" && gap > size * 2) {
        cells.push(current.trim());
        current = item.str;
      } else current += current !== "" && gap > size * 0.15 && !current.endsWith(" ") && !item.str.startsWith(" ") ? ` ${item.str}` : item.str;
      end = item.x + item.width;
    }
    cells.push(current.trim());
    const kept = cells.filter((cell) => cell !== "");
    if (kept.length === 0) continue;
    lines.push(kept.length > 1 ? { text: kept.join(" "), cells: kept } : { text: kept[0] });
  }
  return lines;
}

function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/gu, "#").replace(/\s+/gu, " ").trim();
}

/**
 * Drops running headers and footers: among the first and last three lines of each page, a line whose shape
 * (digits ignored, so "Side 3 av 9" matches "Side 4 av 9") appears on more than half of the pages (at least
 * three) is removed from every page. Lines with table cells (a table header repeated on each page) are kept.
 */
export function dropRunningLines<T extends { lines: PdfLine[] }>(pages: readonly T[]): { pages: T[]; dropped: number } {
  if (pages.length < 3) return { pages: [...pages], dropped: 0 };
  const edge = (lines: PdfLine[]) => {
    const text = lines.filter((line) => line.text !== "");
    return [...text.slice(0, 3), ...text.slice(-3)];
  };
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(edge(page.lines).map((line) => shape(line.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const running = new Set([...counts].filter(([key, count]) => key !== "" && count > pages.length / 2).map(([key]) => key));
  let dropped = 0;
  const kept = pages.map((page) => {
    const edges = new Set(edge(page.lines));
    const lines = page.lines.filter((line) => {
      const drop = edges.has(line) && !line.cells && running.has(shape(line.text));
      if (drop) dropped++;
      return !drop;
    });
    return { ...page, lines };
  });
  return { pages: kept, dropped };
}
