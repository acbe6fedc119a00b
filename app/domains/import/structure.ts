/** Document structure for extraction: sources, blank lines, table of contents, section headings, cells. */
import type { DraftSource } from "./draft";
import { labelField, readLabelledLine, statusHeading } from "./labels";
import type { DocumentLine } from "./model";
import { cleanText, isPeriodToken, joinWrapped } from "./parsers";

const EXCERPT_LENGTH = 160;

export function sourceOf(line: DocumentLine, text?: string): DraftSource {
  const excerpt = cleanText(text ?? line.text);
  return { page: line.page, line: line.line, excerpt: excerpt.length > EXCERPT_LENGTH ? `${excerpt.slice(0, EXCERPT_LENGTH - 1)}…` : excerpt };
}

export const isBlank = (line: DocumentLine | undefined) => line === undefined || line.text.trim() === "";

const TOC_RE = /^(.{2,80}?)\s*\.{4,}\s*\d{1,3}\s*$|^(.{2,80}?)\s*\.{3,}\s*\t\s*\d{1,3}\s*$|^(.{2,80}?)\t\d{1,3}\s*$/u;
const SECTION_RE = /^(\d{1,2})(?:\.(\d{1,2}))?\s+(\p{Lu}[^\t]{2,90})$/u;

export function tocName(text: string): string | null {
  const match = TOC_RE.exec(text.trim());
  const name = match ? (match[1] ?? match[2] ?? match[3]) : null;
  return name ? cleanText(name.replace(/\.+$/u, "")) : null;
}

interface SectionHeading {
  number: string;
  major: string;
  minor: string | null;
  title: string;
}

export function sectionHeading(line: DocumentLine, codeLead: boolean): SectionHeading | null {
  if (line.cells || codeLead) return null;
  const text = cleanText(line.text);
  if (text.length > 100 || /[.,:;]$/u.test(text) || /\.{3,}/u.test(text)) return null;
  const match = SECTION_RE.exec(text);
  if (!match) return null;
  const title = match[3];
  if (/^[A-ZÆØÅ]{1,4}\d{1,3}\b/u.test(title) || /\d{3}/u.test(title)) return null;
  return { number: match[2] ? `${match[1]}.${match[2]}` : match[1], major: match[1], minor: match[2] ?? null, title };
}

const SECTOR_LINE_RE = /^\p{Lu}[\p{L} ,&/-]{1,39}$/u;

/**
 * The section (sector or service area) each line stands under. A section starts at an entry of the table of
 * contents, at a Word heading, or at a short stand-alone line (blank lines around it) that is followed by
 * measures within a few lines. Status-list headings, "Innhold" and numbered chapters end it.
 */
export function sectionsByLine(lines: readonly DocumentLine[], sectorNames: Set<string>, startsMeasure: (index: number) => boolean): (string | null)[] {
  const sections: (string | null)[] = [];
  let current: string | null = null;
  lines.forEach((line, index) => {
    const text = cleanText(line.text);
    if (statusHeading(text) || /^(innhold|innhald|innholdsfortegnelse)$/iu.test(text) || sectionHeading(line, false)) current = null;
    else if (sectorNames.has(text.toLowerCase()) || (line.heading && !readLabelledLine(text))) current = text;
    else if (
      !line.cells &&
      SECTOR_LINE_RE.test(text) &&
      text.split(" ").length <= 5 &&
      !/\b(tiltak|nr|kostnad|prioritet|status|innhold|innhald)\b/iu.test(text) &&
      !readLabelledLine(text) &&
      labelField(text) === null &&
      !isPeriodToken(text) &&
      text.split(" ").every((word) => labelField(word) === null) &&
      isBlank(lines[index - 1]) &&
      isBlank(lines[index + 1])
    ) {
      let seen = 0;
      for (let k = index + 1; k < lines.length && seen < 3; k++) {
        if (isBlank(lines[k])) continue;
        if (startsMeasure(k)) {
          current = text;
          break;
        }
        seen++;
      }
    }
    sections.push(current);
  });
  return sections;
}

/** Splits the lines after a code lead into cells (runs of lines separated by blank lines). */
export function readCells(lines: readonly DocumentLine[], from: number, to: number): { text: string; lines: DocumentLine[] }[] {
  const cells: { text: string; lines: DocumentLine[] }[] = [];
  let current: DocumentLine[] = [];
  for (let i = from; i < to; i++) {
    if (isBlank(lines[i])) {
      if (current.length > 0) cells.push({ text: joinWrapped(current.map((l) => l.text)), lines: current });
      current = [];
    } else current.push(lines[i]);
  }
  if (current.length > 0) cells.push({ text: joinWrapped(current.map((l) => l.text)), lines: current });
  return cells.filter((cell) => cell.text !== "");
}
