/**
 * Extraction: from the document model to an import draft (see draft.ts and docs/import.md).
 *
 * Layouts are recognised from structure only:
 *   - tables with Norwegian headers (Word, Excel, CSV, tab-separated text), incl. goal tables
 *     ("Hovedmål | Strategi | Tiltak | Ansvarlig / Måleindikator");
 *   - lines led by measure codes (prefix codes such as TF01, or numbers such as 1.2.1), read as summary-list
 *     rows, detail-table rows flattened into text, or explanatory paragraphs;
 *   - measure blocks with labelled lines ("Gevinst:", "Ansvar:", "Prioritering 3" …);
 *   - status lists ("Pågående tiltak", "Tiltak som utgår", "Gjennomførte tiltak" + year);
 *   - numbered main goals, "Mål N" goals and numbered sections whose heading is about goals or principles.
 * Occurrences of the same code are merged into one measure that keeps every source.
 */
import { suggestNextCode } from "~/modules/measures/codes";
import type { MeasureStatus } from "~/modules/measures/status";
import type { DraftCost, DraftGoal, DraftMeasure, DraftPrinciple, DraftSource, DraftStrategy, DraftWarning, ImportDraft, MeasureField } from "./draft";
import { type LabelField, labelField, readLabelledLine, statusFromText, statusHeading } from "./labels";
import type { DocumentLine, DocumentModel } from "./model";
import { type Occurrence, TITLE_RANK } from "./occurrence";
import {
  cleanText,
  codePrefix,
  isPeriodToken,
  isUserOrientedMarker,
  joinWrapped,
  looksLikeCost,
  normalizeNumberedCode,
  parseGoalNumbers,
  parseNokAmount,
  parsePeriodRange,
  parsePriority,
} from "./parsers";

const EXCERPT_LENGTH = 160;

export function sourceOf(line: DocumentLine, text?: string): DraftSource {
  const excerpt = cleanText(text ?? line.text);
  return { page: line.page, line: line.line, excerpt: excerpt.length > EXCERPT_LENGTH ? `${excerpt.slice(0, EXCERPT_LENGTH - 1)}…` : excerpt };
}

const isBlank = (line: DocumentLine | undefined) => line === undefined || line.text.trim() === "";

// ---------------------------------------------------------------------------------------------------------
// Structure: table of contents, section headings, status lists

const TOC_RE = /^(.{2,80}?)\s*\.{4,}\s*\d{1,3}\s*$|^(.{2,80}?)\s*\.{3,}\s*\t\s*\d{1,3}\s*$|^(.{2,80}?)\t\d{1,3}\s*$/u;
const SECTION_RE = /^(\d{1,2})(?:\.(\d{1,2}))?\s+(\p{Lu}[^\t]{2,90})$/u;

function tocName(text: string): string | null {
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

function sectionHeading(line: DocumentLine, codeLead: boolean): SectionHeading | null {
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
function sectionsByLine(lines: readonly DocumentLine[], sectorNames: Set<string>, startsMeasure: (index: number) => boolean): (string | null)[] {
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

// ---------------------------------------------------------------------------------------------------------
// Code-led lines

interface CodeLead {
  priority: number | null;
  codes: string[];
  rest: string;
  /** Index of the last line the lead used (codes may continue on the next lines after a comma). */
  lastIndex: number;
}

const LEAD_PRIORITY_RE = /^(\d{1,2})(?:\s*\((\d{4})\))?\s*\*?\s+(?=[A-ZÆØÅ\d])/u;
const LEAD_CODE_RE = /^([A-ZÆØÅ]{1,4}\d{1,3}|\d{1,2}(?:\.\d{1,2}){2,3}\.?)(?=[\s,]|$)\s*(,)?\s*/u;

function readCodeLead(lines: readonly DocumentLine[], index: number, accept: (code: string) => boolean): CodeLead | null {
  let text = cleanText(lines[index].text);
  let priority: number | null = null;
  const lead = LEAD_PRIORITY_RE.exec(text);
  if (lead) {
    priority = Number(lead[1]);
    text = text.slice(lead[0].length);
  }
  const codes: string[] = [];
  let lastIndex = index;
  for (;;) {
    const match = LEAD_CODE_RE.exec(text);
    if (!match) break;
    const code = normalizeNumberedCode(match[1]) ?? match[1];
    if (!accept(code)) break;
    codes.push(code);
    text = text.slice(match[0].length);
    if (match[2] && text === "") {
      let next = lastIndex + 1;
      while (next < lines.length && isBlank(lines[next]) && next - lastIndex < 3) next++;
      if (next < lines.length && LEAD_CODE_RE.test(cleanText(lines[next].text))) {
        lastIndex = next;
        text = cleanText(lines[next].text);
      }
    }
  }
  if (codes.length === 0) return null;
  // A bare priority number before something that is not a code is no lead at all.
  return { priority, codes, rest: text, lastIndex };
}

const MEASURE_HEADING_RE = /\btiltak\p{L}*\b/iu;

/**
 * Codes that lead lines, by prefix; a prefix (or the numbered scheme) counts with three or more distinct codes.
 * Numbered codes (1.2.1) also look like chapter numbers, so in running text they count only when a short line
 * about measures ("Tiltak", "Tiltak 2023", "Tiltaksplan") stands within 30 lines before one of them.
 */
function acceptedCodes(lines: readonly DocumentLine[]): (code: string) => boolean {
  const byScheme = new Map<string, Set<string>>();
  let numberedUnderMeasureHeading = false;
  let lastMeasureHeading = Number.NEGATIVE_INFINITY;
  lines.forEach((line, index) => {
    if (line.cells) return;
    const text = cleanText(line.text);
    if (text.length <= 60 && MEASURE_HEADING_RE.test(text)) lastMeasureHeading = index;
    const lead = readCodeLead(lines, index, (code) => codePrefix(code) !== null || normalizeNumberedCode(code) !== null);
    for (const code of lead?.codes ?? []) {
      const scheme = codePrefix(code) ?? "#";
      if (scheme === "#" && index - lastMeasureHeading <= 30) numberedUnderMeasureHeading = true;
      if (!byScheme.has(scheme)) byScheme.set(scheme, new Set());
      byScheme.get(scheme)?.add(code);
    }
  });
  const accepted = new Set(
    [...byScheme].filter(([scheme, codes]) => codes.size >= 3 && (scheme !== "#" || numberedUnderMeasureHeading)).map(([scheme]) => scheme),
  );
  return (code) => accepted.has(codePrefix(code) ?? (normalizeNumberedCode(code) ? "#" : "")) ;
}

const MARKER_CELL_RE = /^\((ny|nytt|new)\)$/iu;
const MOVED_RE = /^\((?:tidl\.?|tidligere|tidlegare|før|flyttet fra|flytta frå)?\s*([A-ZÆØÅ]{1,4}\d{1,3})\)$/iu;

/** Splits the lines after a code lead into cells (runs of lines separated by blank lines). */
function readCells(lines: readonly DocumentLine[], from: number, to: number): { text: string; lines: DocumentLine[] }[] {
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

const TRAILING_AMOUNT_RE = /\s((?:kr\.?\s*)?\d{1,3}(?:[ \u00a0]\d{3})+,-|\d+[ \u00a0]?000,-|ukjent\b.*)$/iu;
const TRAILING_MARKER_RE = /\s(x)$/iu;
const TRAILING_PERIOD_RE = /\s((?:[HV]\d{2}|\d{2}|-)\s?\/\s?(?:[HV]?\d{2})|[HV]\d{2}|kontinuerlig|kontinuerleg|løpende|\d{2}-\d{2})$/iu;

interface Peeled {
  title: string;
  costs: DraftCost[];
  userOriented: boolean | null;
  period: string | null;
}

/** Takes a summary-list row apart from the end: cost ("145 000,-"), the BT marker "X", a period. */
function peelListRow(text: string): Peeled {
  let title = ` ${cleanText(text)}`;
  const costs: DraftCost[] = [];
  let userOriented: boolean | null = null;
  let period: string | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const amount = TRAILING_AMOUNT_RE.exec(title);
    if (amount) {
      const parsed = parseNokAmount(amount[1]);
      if (parsed) costs.unshift({ amountNok: parsed.amountNok, minNok: parsed.minNok, text: parsed.text });
      title = title.slice(0, amount.index);
      continue;
    }
    const marker = TRAILING_MARKER_RE.exec(title);
    if (marker) {
      userOriented = true;
      title = title.slice(0, marker.index);
      continue;
    }
    const periodMatch = TRAILING_PERIOD_RE.exec(title);
    if (periodMatch && period === null && isPeriodToken(periodMatch[1])) {
      period = periodMatch[1];
      title = title.slice(0, periodMatch.index);
      continue;
    }
    break;
  }
  return { title: cleanText(title), costs, userOriented, period };
}

/** The last cell of a detail row: "Kontinuerlig 1-8", "Årlig 3 (1,6,7)", "V19/19 7 1,2,6,8", "18/18 Nytt". */
function readTail(text: string): { period: string | null; goals: number[] } | null {
  const words = cleanText(text).replace(/\s*\/\s*/gu, "/").split(" ");
  for (let split = 0; split <= words.length; split++) {
    const left = words.slice(0, split).join(" ");
    const right = words.slice(split).join(" ");
    const goals = right === "" ? [] : parseGoalNumbers(right);
    const leftOk = left === "" || isPeriodToken(left);
    if (leftOk && (goals.length > 0 || (right === "" && left !== "") || (left !== "" && /^\p{L}{2,12}$/u.test(right)))) {
      if (left === "" && goals.length === 0) continue;
      return { period: left === "" ? null : left, goals };
    }
  }
  return null;
}

const YEAR_LINE_RE = /^((?:19|20)\d{2})\s*:?\s*(\(.*\))?$/u;
/** Where a cost starts inside a detail-table title that was not separated from it: "E-rom 1 600 000 (…)". */
const COST_IN_TITLE_RE = /\s((?:kr\.?\s*)?\d{1,3}(?:[ \u00a0]\d{3})+(?:,-)?|ukjent\b).*$/iu;

const QUANTITY_RE = /\d.*\b(timer|time|t|min|minutt|%|dager|dagar|stk|færre|reduser\p{L}*|kr)\b|\d+\s?%/iu;

interface Context {
  status: MeasureStatus | null;
  completedYear: number | null;
}

function applyPeriod(occurrence: Occurrence, text: string, source: DraftSource) {
  const period = parsePeriodRange(text);
  occurrence.start = period.start;
  occurrence.end = period.end;
  occurrence.periodText = period.text;
  occurrence.fieldSources.period = source;
}

function codeLedOccurrences(
  lines: readonly DocumentLine[],
  leads: ReadonlyMap<number, CodeLead>,
  sectorNames: Set<string>,
  sections: readonly (string | null)[],
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  const context: Context = { status: null, completedYear: null };
  const isStop = (index: number) => {
    const line = lines[index];
    const text = cleanText(line.text);
    return (
      leads.has(index) ||
      line.cells !== undefined ||
      line.heading === true ||
      statusHeading(text) !== null ||
      sectorNames.has(text.toLowerCase()) ||
      (sections[index] !== null && sections[index] !== sections[index - 1]) ||
      /^(innhold|innhald|innholdsfortegnelse)$/iu.test(text) ||
      sectionHeading(line, false) !== null ||
      (context.status === "completed" && YEAR_LINE_RE.test(text))
    );
  };
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    const text = cleanText(line.text);
    const lead = leads.get(index);
    // A new section (sector) ends the status list before it.
    if (index > 0 && sections[index] !== null && sections[index] !== sections[index - 1]) context.status = null;
    if (!lead) {
      const status = statusHeading(text);
      if (status) {
        context.status = status;
        context.completedYear = null;
      } else if (sectorNames.has(text.toLowerCase()) || line.heading) {
        context.status = null;
      } else if (/^(innhold|innhald|innholdsfortegnelse)$/iu.test(text) || sectionHeading(line, false)) {
        context.status = null;
      } else if (context.status === "completed") {
        const year = YEAR_LINE_RE.exec(text);
        if (year) context.completedYear = Number(year[1]);
      }
      index++;
      continue;
    }
    let end = lead.lastIndex + 1;
    while (end < lines.length && end - index < 60 && !isStop(end)) end++;
    const cells = readCells(lines, lead.lastIndex + 1, end);
    const source = sourceOf(line, [line.text, ...lines.slice(index + 1, Math.min(end, index + 3)).map((l) => l.text)].join(" "));
    const movedFrom: string[] = [];
    const contentCells = cells.filter((cell) => {
      const moved = MOVED_RE.exec(cell.text);
      if (moved) movedFrom.push(moved[1]);
      return !moved && !MARKER_CELL_RE.test(cell.text);
    });
    const base = (code: string | null): Occurrence => ({
      kind: "detail",
      code,
      title: null,
      section: sections[index],
      source,
      fieldSources: {},
      ...(context.status ? { status: context.status } : {}),
      ...(context.status === "completed" && context.completedYear ? { completedYear: context.completedYear } : {}),
    });

    if (lead.codes.length > 1) {
      for (const code of lead.codes) {
        const occurrence = { ...base(code), kind: "group" as const, title: lead.rest || contentCells[0]?.text || null };
        if (context.status) occurrence.fieldSources = { status: source };
        occurrences.push(occurrence);
      }
    } else {
      const code = lead.codes[0];
      const occurrence = base(code);
      if (context.status) occurrence.fieldSources.status = source;
      const firstLineRest = lead.rest;
      if (context.status) {
        occurrence.kind = "list";
        if (lead.priority !== null && context.status !== "completed") {
          occurrence.priority = lead.priority;
          occurrence.fieldSources.priority = source;
        }
        const rawRest = lines[lead.lastIndex].text.replace(/^.*?[A-ZÆØÅ]{1,4}\d{1,3}\s*/u, "");
        const wide = context.status === "dropped" ? /^(.*?\S)\s{2,}(\S.*)$/u.exec(rawRest.trim()) : null;
        const titleCells = firstLineRest === "" ? contentCells.slice(0, 1) : [];
        const others = firstLineRest === "" ? contentCells.slice(1) : contentCells;
        const titleText = wide ? wide[1] : joinWrapped([firstLineRest, ...titleCells.map((c) => c.text)]);
        const peeled = peelListRow(titleText);
        occurrence.title = peeled.title || null;
        occurrence.costs = peeled.costs;
        occurrence.userOriented = peeled.userOriented;
        if (peeled.period) applyPeriod(occurrence, peeled.period, source);
        const reasons: string[] = wide ? [wide[2]] : [];
        for (const cell of others) {
          const value = cell.text;
          const cellSource = sourceOf(cell.lines[0], value);
          const bt = /^x\b\s*(.*)$/iu.exec(value);
          if (isUserOrientedMarker(value) || bt) {
            occurrence.userOriented = true;
            occurrence.fieldSources.userOriented = cellSource;
            if (bt?.[1]) {
              for (const part of bt[1].split(/(?<=,-)\s+/u)) {
                const amount = parseNokAmount(part);
                if (amount) occurrence.costs.push({ amountNok: amount.amountNok, minNok: amount.minNok, text: amount.text });
              }
            }
          } else if (context.status !== "dropped" && looksLikeCost(value)) {
            const amount = parseNokAmount(value);
            occurrence.costs.push({ amountNok: amount?.amountNok ?? null, minNok: amount?.minNok ?? null, text: value });
            occurrence.fieldSources.costs = cellSource;
          } else if (context.status !== "dropped" && isPeriodToken(value)) applyPeriod(occurrence, value, cellSource);
          else if (context.status === "dropped") reasons.push(value);
          else if (occurrence.title === null) occurrence.title = value;
        }
        if (occurrence.costs.length > 0) occurrence.fieldSources.costs ??= source;
        if (occurrence.userOriented) occurrence.fieldSources.userOriented ??= source;
        if (reasons.length > 0) occurrence.statusReason = joinWrapped(reasons);
        if (context.status === "dropped") occurrence.listText = joinWrapped([occurrence.title ?? "", ...reasons]);
      } else if (firstLineRest.length > 75 || (firstLineRest !== "" && contentCells.length > 0 && /^\p{Ll}/u.test(contentCells[0].text) && contentCells.every((c) => c.text.length > 60))) {
        occurrence.kind = "paragraph";
        occurrence.description = joinWrapped([firstLineRest, ...contentCells.map((c) => c.text)]).slice(0, 2000);
        occurrence.fieldSources.description = source;
      } else {
        occurrence.kind = "detail";
        const titleCell = firstLineRest === "" ? contentCells.shift() : null;
        const firstCellLines: string[] = [];
        // The title cell continues on the lines after the code line, up to the first blank line.
        let next = lead.lastIndex + 1;
        while (titleCell === null && next < end && !isBlank(lines[next])) firstCellLines.push(lines[next++].text);
        if (titleCell === null && firstCellLines.length > 0) contentCells.shift();
        occurrence.title = titleCell ? titleCell.text : joinWrapped([firstLineRest, ...firstCellLines]);
        const rest = contentCells.filter((cell) => !MOVED_RE.test(cell.text));
        const costInTitle = COST_IN_TITLE_RE.exec(occurrence.title);
        if (costInTitle && costInTitle.index > 0) {
          rest.unshift({ text: costInTitle[0].trim(), lines: titleCell ? titleCell.lines : [line] });
          occurrence.title = occurrence.title.slice(0, costInTitle.index).trim();
        }
        const last = rest.at(-1);
        const tail = last ? readTail(last.text) : null;
        if (tail && last) {
          rest.pop();
          const tailSource = sourceOf(last.lines[0], last.text);
          if (tail.period) applyPeriod(occurrence, tail.period, tailSource);
          if (tail.goals.length > 0) {
            occurrence.goalNumbers = tail.goals;
            occurrence.fieldSources.goalNumbers = tailSource;
          }
        }
        const costCell = rest[0] && looksLikeCost(rest[0].text) ? rest.shift() : undefined;
        if (costCell) {
          const amount = parseNokAmount(costCell.text);
          occurrence.costs = [{ amountNok: amount?.amountNok ?? null, minNok: amount?.minNok ?? null, text: costCell.text }];
          occurrence.fieldSources.costs = sourceOf(costCell.lines[0], costCell.text);
        }
        const quantitative = rest.find((cell) => cell.text.length < 140 && QUANTITY_RE.test(cell.text) && cell !== rest[0]);
        const qualitative = rest.find((cell) => cell !== quantitative && cell.text.split(" ").length >= 3);
        if (qualitative) {
          occurrence.qualitative = qualitative.text;
          occurrence.fieldSources.qualitative = sourceOf(qualitative.lines[0], qualitative.text);
        }
        if (quantitative) {
          occurrence.quantitative = quantitative.text;
          occurrence.fieldSources.quantitative = sourceOf(quantitative.lines[0], quantitative.text);
        }
      }
      if (occurrence.title) occurrence.fieldSources.title = source;
      occurrences.push(occurrence);
    }
    for (const old of movedFrom) {
      occurrences.push({
        kind: "moved",
        code: old,
        title: null,
        status: "merged",
        movedTo: lead.codes[0],
        statusReason: `(${old}) → ${lead.codes[0]}`,
        section: sections[index],
        source,
        fieldSources: { status: source },
      });
    }
    index = end;
  }
  return occurrences;
}

// ---------------------------------------------------------------------------------------------------------
// Labelled measure blocks

const BLOCK_TITLE_RE = /^tiltak\b/iu;

function blockOccurrences(lines: readonly DocumentLine[], isLead: (index: number) => boolean, sections: readonly (string | null)[]): Occurrence[] {
  const occurrences: Occurrence[] = [];
  const labelled = lines.map((line) => (line.cells ? null : readLabelledLine(line.text)));
  const startsBlock = (index: number) => isLead(index) || lines[index].heading === true || BLOCK_TITLE_RE.test(cleanText(lines[index].text));
  let consumedUntil = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!labelled[i] || i <= consumedUntil) continue;
    // The heading and description: the text above the first label, back to the previous block (at most 12 lines).
    let top = i - 1;
    const stop = Math.max(consumedUntil + 1, i - 12);
    while (top >= stop && !labelled[top] && !statusHeading(lines[top].text)) top--;
    const above = lines.slice(top + 1, i);
    let headingAt = -1;
    for (let k = above.length - 1; k >= 0; k--) {
      if (!isBlank(above[k]) && startsBlock(top + 1 + k)) {
        headingAt = k;
        break;
      }
    }
    const paragraphs = readCells(lines, headingAt >= 0 ? top + 1 + headingAt : top + 1, i);
    const titledBlock = labelled[i]?.field === "title";
    if (paragraphs.length === 0 && !titledBlock) continue;
    // Without a marked heading, the heading is the paragraph before the last one (or the first line).
    let headingLine: DocumentLine;
    let description: string[];
    if (titledBlock) {
      headingLine = lines[i];
      description = [];
    } else if (headingAt >= 0 || paragraphs.length === 1) {
      headingLine = paragraphs[0].lines[0];
      description = [joinWrapped(paragraphs[0].lines.slice(1).map((l) => l.text)), ...paragraphs.slice(1).map((p) => p.text)];
    } else {
      const headingParagraph = paragraphs[paragraphs.length - 2];
      headingLine = headingParagraph.lines[0];
      description = [joinWrapped(headingParagraph.lines.slice(1).map((l) => l.text)), paragraphs[paragraphs.length - 1].text];
    }
    const headingText = cleanText(headingLine.text);
    const fields = new Map<LabelField, { value: string; label: string; source: DraftSource }>();
    let j = i;
    let current: LabelField | null = null;
    while (j < lines.length) {
      const label = labelled[j];
      if (label) {
        if (j > i && label.field === "title") break;
        current = label.field;
        const previous = fields.get(label.field);
        fields.set(label.field, { value: previous ? `${previous.value} ${label.value}` : label.value, label: label.label, source: sourceOf(lines[j]) });
        j++;
        continue;
      }
      // Text right under "Tiltak: <title>" describes the measure.
      if (current === "title" && !isBlank(lines[j]) && !startsBlock(j)) {
        description.push(cleanText(lines[j].text));
        j++;
        continue;
      }
      if (isBlank(lines[j])) {
        // A blank line ends the block unless another label follows directly.
        let k = j;
        while (k < lines.length && isBlank(lines[k])) k++;
        if (k < lines.length && labelled[k]) {
          j = k;
          continue;
        }
        break;
      }
      if (startsBlock(j) || statusHeading(lines[j].text)) break;
      const entry = current ? fields.get(current) : undefined;
      if (entry) entry.value = `${entry.value} ${cleanText(lines[j].text)}`.trim();
      j++;
    }
    consumedUntil = j - 1;
    if ([...fields.keys()].filter((field) => field !== "title").length < 2) continue;
    let title = headingText;
    let code: string | null = null;
    const coded = /^(?:tiltak\s*)?([A-ZÆØÅ]{1,4}\d{1,3}|\d{1,2}(?:\.\d{1,2}){0,3})\.?\s*[:.)–-]?\s+(.+)$/iu.exec(title);
    if (coded) {
      code = normalizeNumberedCode(coded[1]) ?? coded[1];
      title = coded[2];
    } else title = title.replace(/^tiltak\s*[:.–-]\s*/iu, "");
    const titleField = fields.get("title");
    if (titleField) title = cleanText(titleField.value);
    if (title === "" || title.length > 160) continue;
    const source = sourceOf(headingLine, headingText);
    const occurrence: Occurrence = { kind: "block", code, title, source, fieldSources: { title: source } };
    if (code) occurrence.fieldSources.code = source;
    const section = sections[lines.indexOf(headingLine)];
    if (section) {
      occurrence.section = section;
      occurrence.sector = section;
      occurrence.fieldSources.sector = source;
    }
    const describedBy = fields.get("description");
    const feasibility = fields.get("feasibility");
    const text = joinWrapped([...description, describedBy?.value ?? "", feasibility ? `${feasibility.label}: ${feasibility.value}` : ""]);
    if (text !== "") {
      occurrence.description = text;
      occurrence.fieldSources.description = describedBy?.source ?? (description.join("") !== "" ? source : feasibility?.source);
    }
    applyFields(occurrence, fields);
    occurrences.push(occurrence);
  }
  return occurrences;
}

/** Copies labelled values (block labels or mapped table cells) into an occurrence. */
function applyFields(occurrence: Occurrence, fields: ReadonlyMap<LabelField, { value: string; source: DraftSource }>) {
  for (const [field, { value: raw, source }] of fields) {
    const value = cleanText(raw);
    if (value === "") continue;
    switch (field) {
      case "responsible": {
        const split = /^(.*?)[,.]?\s*måleindikator(?:ar|er)?\s*:\s*(.*)$/iu.exec(value);
        const responsible = cleanText((split ? split[1] : value).replace(/^ansvarl\p{L}*\s*:\s*/iu, "").replace(/[,.]$/u, ""));
        if (responsible) {
          occurrence.responsible = responsible;
          occurrence.fieldSources.responsible = source;
        }
        if (split && split[2]) {
          occurrence.indicator = split[2];
          occurrence.fieldSources.indicator = source;
        }
        break;
      }
      case "indicator":
        occurrence.indicator = value;
        occurrence.fieldSources.indicator = source;
        break;
      case "sector":
        occurrence.sector = value;
        occurrence.fieldSources.sector = source;
        break;
      case "cost": {
        const amount = parseNokAmount(value);
        occurrence.costs = [{ amountNok: amount?.amountNok ?? null, minNok: amount?.minNok ?? null, text: value }];
        occurrence.fieldSources.costs = source;
        break;
      }
      case "qualitative":
        occurrence.qualitative = value;
        occurrence.fieldSources.qualitative = source;
        break;
      case "quantitative":
        occurrence.quantitative = value;
        occurrence.fieldSources.quantitative = source;
        break;
      case "period":
        applyPeriod(occurrence, value, source);
        break;
      case "status": {
        const status = statusFromText(value);
        if (status) {
          occurrence.status = status;
          occurrence.fieldSources.status = source;
          if (status === "dropped") {
            const reason = cleanText(value.replace(/^\p{L}+\s*[:,–-]?\s*/u, ""));
            if (reason) occurrence.statusReason = reason;
          }
          const year = /\b((?:19|20)\d{2})\b/u.exec(value);
          if (status === "completed" && year) occurrence.completedYear = Number(year[1]);
        }
        break;
      }
      case "priority": {
        const priority = parsePriority(value);
        if (priority !== null) {
          occurrence.priority = priority;
          occurrence.fieldSources.priority = source;
        }
        break;
      }
      case "goalNumbers": {
        const goals = parseGoalNumbers(value);
        if (goals.length > 0) {
          occurrence.goalNumbers = goals;
          occurrence.fieldSources.goalNumbers = source;
        }
        break;
      }
      case "userOriented":
        occurrence.userOriented = isUserOrientedMarker(value);
        occurrence.fieldSources.userOriented = source;
        break;
      default:
        break;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Tables with headers (Word, Excel, CSV, tab-separated text)

interface TableResult {
  occurrences: Occurrence[];
  goals: DraftGoal[];
  layouts: string[];
}

function headerMapping(cells: readonly string[]): Map<number, LabelField> | null {
  const mapping = new Map<number, LabelField>();
  cells.forEach((cell, index) => {
    const field = labelField(cell);
    if (field && ![...mapping.values()].includes(field)) mapping.set(index, field);
  });
  const fields = [...mapping.values()];
  if (!fields.includes("title") || mapping.size < 2) return null;
  return mapping;
}

function tableOccurrences(model: DocumentModel): TableResult {
  const result: TableResult = { occurrences: [], goals: [], layouts: [] };
  const goalsByNumber = new Map<string, DraftGoal>();
  const addGoal = (number: string, title: string, parent: string | null, source: DraftSource) => {
    const existing = goalsByNumber.get(number);
    if (existing) {
      if (title) existing.title = cleanText(`${existing.title} ${title}`);
      existing.sources.push(source);
      return existing;
    }
    const goal: DraftGoal = { id: `g-${number}`, number, title: cleanText(title), parent, sources: [source] };
    goalsByNumber.set(number, goal);
    result.goals.push(goal);
    return goal;
  };
  let mapping: Map<number, LabelField> | null = null;
  let headerKey = "";
  let currentGoal: DraftGoal | null = null;
  let currentSubgoal: DraftGoal | null = null;
  type Pending = { occurrence: Occurrence; fields: Map<LabelField, { value: string; source: DraftSource }>; hasMarkerColumn: boolean };
  let last: Pending | null = null;
  const pending: Pending[] = [];
  for (const table of model.tables) {
    const rowsWithCodes = table.rows.filter((row) => row.cells.some((cell) => LEAD_CODE_RE.test(cleanText(cell)))).length;
    for (const row of table.rows) {
      const line = model.lines[row.line - 1];
      const found = headerMapping(row.cells);
      if (found) {
        mapping = found;
        headerKey = row.cells.map((c) => cleanText(c).toLowerCase()).join("|");
        if (!result.layouts.includes("table")) result.layouts.push("table");
        if ([...found.values()].includes("goal") && !result.layouts.includes("goal-table")) result.layouts.push("goal-table");
        continue;
      }
      if (!mapping || row.cells.map((c) => cleanText(c).toLowerCase()).join("|") === headerKey) continue;
      const source = sourceOf(line);
      const cellOf = (field: LabelField) => {
        for (const [index, mapped] of mapping ?? []) if (mapped === field) return cleanText(row.cells[index] ?? "");
        return "";
      };
      const goalCell = cellOf("goal");
      const mainGoal = /^mål\s*(\d{1,2})\b\.?\s*(.*)$/iu.exec(goalCell);
      if (mainGoal) {
        currentGoal = addGoal(mainGoal[1], mainGoal[2], null, source);
        currentSubgoal = null;
      } else if (goalCell && currentGoal) addGoal(currentGoal.number, goalCell, null, source);
      const subgoalCell = cellOf("subgoal");
      const subgoal = /^(\d{1,2}\.\d{1,2})\.?(?:\s+(.*))?$/u.exec(subgoalCell);
      if (subgoal) {
        currentSubgoal = addGoal(subgoal[1], subgoal[2] ?? "", subgoal[1].split(".")[0], source);
      } else if (subgoalCell && currentSubgoal) addGoal(currentSubgoal.number, subgoalCell, currentSubgoal.parent, source);

      let titleCell = cellOf("title");
      let code = cellOf("code") || null;
      const led = LEAD_CODE_RE.exec(titleCell);
      if (!code && led) {
        code = normalizeNumberedCode(led[1]) ?? led[1];
        titleCell = titleCell.slice(led[0].length);
      }
      if (code) code = normalizeNumberedCode(code) ?? code;
      const codedTable = rowsWithCodes >= 2;
      const isNew = code !== null ? true : !codedTable && titleCell !== "";
      const fields = new Map<LabelField, { value: string; source: DraftSource }>();
      for (const [index, field] of mapping) {
        const value = cleanText(row.cells[index] ?? "");
        if (value !== "" && field !== "goal" && field !== "subgoal" && field !== "title" && field !== "code") fields.set(field, { value, source });
      }
      if (!isNew) {
        // A continuation row: wrapped cells of the previous measure.
        if (last) {
          if (titleCell) last.occurrence.title = cleanText(`${last.occurrence.title ?? ""} ${titleCell}`);
          for (const [field, entry] of fields) {
            const previous = last.fields.get(field);
            last.fields.set(field, previous ? { value: `${previous.value} ${entry.value}`, source: previous.source } : entry);
          }
        }
        continue;
      }
      const occurrence: Occurrence = { kind: "table", code, title: cleanText(titleCell) || null, source, fieldSources: { title: source } };
      if (code) occurrence.fieldSources.code = source;
      if (currentGoal && mapping && [...mapping.values()].includes("goal")) {
        const number = code && /^\d/u.test(code) ? Number(code.split(".")[0]) : Number(currentGoal.number);
        occurrence.goalNumbers = [number];
        occurrence.fieldSources.goalNumbers = source;
      }
      // In a PDF, a wrapped title cell continues on the next lines, which have no other cells.
      if (model.format === "pdf" && occurrence.title) {
        for (let k = row.line; k < model.lines.length; k++) {
          const next = model.lines[k];
          if (isBlank(next) || next.cells || cleanText(next.text).length > 80) break;
          occurrence.title = `${occurrence.title} ${cleanText(next.text)}`;
        }
      }
      last = { occurrence, fields, hasMarkerColumn: [...mapping.values()].includes("userOriented") };
      pending.push(last);
    }
  }
  for (const { occurrence, fields, hasMarkerColumn } of pending) {
    applyFields(occurrence, fields);
    // In a table with a user-oriented column, an empty cell means "no".
    if (hasMarkerColumn && occurrence.userOriented === undefined) occurrence.userOriented = false;
    if (occurrence.title || occurrence.code) result.occurrences.push(occurrence);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Goals and principles in running text, strategy metadata

function textGoals(lines: readonly DocumentLine[], existing: Set<string>): { goals: DraftGoal[]; principles: DraftPrinciple[] } {
  const goals: DraftGoal[] = [];
  const principles: DraftPrinciple[] = [];
  const text = lines.map((line) => (line.cells ? "" : cleanText(line.text)));
  // "Mål 1 …" lines.
  lines.forEach((line, index) => {
    const match = /^(?:hovedmål|hovudmål|mål)\s+(\d{1,2})\s*[:.–-]?\s+(\p{Lu}.{3,200})$/iu.exec(text[index]);
    if (match && !existing.has(match[1])) {
      existing.add(match[1]);
      goals.push({ id: `g-${match[1]}`, number: match[1], title: match[2], parent: null, sources: [sourceOf(line)] });
    }
  });
  // Numbered lists "1. …", "2. …" (three or more, in order) shortly after a line about goals.
  for (let i = 0; i < lines.length; i++) {
    if (!/^1[.)]\s+\p{Lu}/u.test(text[i])) continue;
    const before = text.slice(Math.max(0, i - 12), i).filter((t) => t !== "").slice(-6);
    if (!before.some((t) => /\b(mål|målsetting|målsetjing|hovedmål|hovudmål|hovedmålene|hovudmåla)\b|mål$/iu.test(t) || /skal:$/u.test(t))) continue;
    const items: { number: number; parts: string[]; line: DocumentLine }[] = [];
    let j = i;
    while (j < lines.length) {
      const match = /^(\d{1,2})[.)]\s+(.*)$/u.exec(text[j]);
      if (match && Number(match[1]) === items.length + 1) items.push({ number: Number(match[1]), parts: [match[2]], line: lines[j] });
      else if (text[j] !== "" && items.length > 0 && !/^\d/u.test(text[j]) && text[j].length < 200 && !/[.]$/u.test(items.at(-1)?.parts.at(-1) ?? ".")) {
        items.at(-1)?.parts.push(text[j]);
      } else if (text[j] !== "") break;
      j++;
    }
    if (items.length >= 3) {
      for (const item of items) {
        const number = String(item.number);
        if (existing.has(number)) continue;
        existing.add(number);
        const title = joinWrapped(item.parts).replace(/,\s*\d+\s+tiltak\b.*$/iu, "").replace(/\.$/u, "");
        goals.push({ id: `g-${number}`, number, title, parent: null, sources: [sourceOf(item.line)] });
      }
      i = j;
    }
  }
  // Numbered sections whose heading is about goals ("5 Målbilde") or principles ("4 Føringer …").
  let mode: "goals" | "principles" | null = null;
  let major: string | null = null;
  lines.forEach((line, index) => {
    const heading = sectionHeading(line, false);
    if (!heading) return;
    if (heading.minor === null) {
      major = heading.major;
      mode = /mål/iu.test(heading.title) ? "goals" : /føring|prinsipp|grunnprinsipp/iu.test(heading.title) ? "principles" : null;
      return;
    }
    if (heading.major !== major || mode === null) return;
    if (mode === "goals" && !existing.has(heading.number)) {
      existing.add(heading.number);
      goals.push({ id: `g-${heading.number}`, number: heading.number, title: heading.title, parent: null, sources: [sourceOf(line)] });
    } else if (mode === "principles") {
      let description: string | null = null;
      for (let k = index + 1; k < Math.min(lines.length, index + 80); k++) {
        if (sectionHeading(lines[k], false)) break;
        const lead = /^(overordnet føring|overordna føring|prinsipp)\s*:\s*(.*)$/iu.exec(text[k]);
        if (lead) {
          const parts = [lead[2]];
          for (let m = k + 1; m < lines.length && text[m] !== "" && parts.length < 6; m++) parts.push(text[m]);
          description = joinWrapped(parts);
          break;
        }
      }
      principles.push({ id: `p-${heading.number}`, title: heading.title, description, sources: [sourceOf(line)] });
    }
  });
  return { goals, principles };
}

function isoDate(day: string, month: string, year: string): string | null {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function readStrategy(lines: readonly DocumentLine[]): DraftStrategy {
  const strategy: DraftStrategy = { title: null, municipality: null, period: null, adoptedOn: null, caseNumber: null, sources: {} };
  const head = lines.slice(0, 120).filter((line) => !isBlank(line) && !line.cells);
  for (const line of head.slice(0, 25)) {
    const text = cleanText(line.text);
    if (!strategy.title && text.length <= 90 && /(strategi|handlingsplan|handlingsprogram|tiltaksplan|plan for)/iu.test(text) && !/[.,]$/u.test(text)) {
      strategy.title = text;
      strategy.sources.title = sourceOf(line);
    }
  }
  for (const line of head) {
    const text = cleanText(line.text);
    const municipality = /\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:kommune|kommunes)\b/u.exec(text);
    if (!strategy.municipality && municipality && !/^(Den|Denne|Hver|Kvar|Alle|Kommunal)$/u.test(municipality[1])) {
      strategy.municipality = municipality[1];
      strategy.sources.municipality = sourceOf(line);
    }
    const period = /^(?:.*\s)?((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})$/u.exec(text);
    if (!strategy.period && period && text.length <= 90) {
      strategy.period = `${period[1]}–${period[2]}`;
      strategy.sources.period = sourceOf(line);
    }
  }
  const all = lines.filter((line) => !line.cells);
  for (const [index, line] of all.entries()) {
    const text = cleanText(line.text);
    if (strategy.adoptedOn || !/\b(vedtatt|vedteke|vedteken|vedtekne|vedtek|godkjent|godkjend)\b/iu.test(text)) continue;
    const date = /\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b/u.exec(text);
    if (!date) continue;
    const iso = isoDate(date[1], date[2], date[3]);
    if (!iso) continue;
    strategy.adoptedOn = iso;
    strategy.sources.adoptedOn = sourceOf(line);
    const nearby = all.slice(Math.max(0, index - 1), index + 6).filter((l) => !isBlank(l));
    for (const candidate of [line, ...nearby]) {
      const caseNumber = /\b((?:K-|PS\s?)?[Ss]ak(?:\s?nr\.?)?\s*\d{1,4}\/\d{2,4})\b/u.exec(cleanText(candidate.text));
      if (caseNumber) {
        strategy.caseNumber = caseNumber[1];
        strategy.sources.caseNumber = sourceOf(candidate);
        break;
      }
    }
    break;
  }
  if (!strategy.period) {
    const counts = new Map<string, { count: number; line: DocumentLine }>();
    for (const line of all) {
      const match = /^((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})$/u.exec(cleanText(line.text));
      if (!match) continue;
      const key = `${match[1]}–${match[2]}`;
      counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, line: counts.get(key)?.line ?? line });
    }
    const best = [...counts].sort((a, b) => b[1].count - a[1].count)[0];
    if (best && best[1].count >= 2) {
      strategy.period = best[0];
      strategy.sources.period = sourceOf(best[1].line);
    }
  }
  return strategy;
}

// ---------------------------------------------------------------------------------------------------------
// Merging and confidence

const STATUS_WEIGHT: Record<MeasureStatus, number> = { merged: 6, dropped: 5, completed: 4, in_progress: 3, prioritised: 2, planned: 1, proposed: 0, idea: 0 };
const BASE_CONFIDENCE: Record<Occurrence["kind"], number> = { table: 0.6, block: 0.6, detail: 0.5, list: 0.45, paragraph: 0.3, group: 0.3, moved: 0.35 };

function sectorInitials(sector: string): string {
  const words = sector.split(/\s+/u).filter((word) => /^\p{L}/u.test(word) && !/^(og|i|for|med|av)$/iu.test(word));
  return words.length === 1 ? words[0].slice(0, 3).toUpperCase() : words.map((word) => word[0].toUpperCase()).join("");
}

function mergeOccurrences(occurrences: readonly Occurrence[], prefixSectors: Map<string, string>): DraftMeasure[] {
  const groups = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const key = occurrence.code ? `m-${occurrence.code}` : `m-line-${occurrence.source.line}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)?.push(occurrence);
  }
  const measures: DraftMeasure[] = [];
  for (const [id, group] of groups) {
    const byTitle = [...group].sort((a, b) => TITLE_RANK[b.kind] - TITLE_RANK[a.kind]);
    const fieldSources: Partial<Record<MeasureField, DraftSource>> = {};
    const pick = <K extends keyof Occurrence>(key: K, field: MeasureField | null, order = byTitle): NonNullable<Occurrence[K]> | null => {
      for (const occurrence of order) {
        const value = occurrence[key];
        if (value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0)) {
          const source = field ? occurrence.fieldSources[field] : undefined;
          if (field && source) fieldSources[field] = source;
          return value as NonNullable<Occurrence[K]>;
        }
      }
      return null;
    };
    const byStatus = [...group].filter((o) => o.status).sort((a, b) => STATUS_WEIGHT[b.status as MeasureStatus] - STATUS_WEIGHT[a.status as MeasureStatus]);
    const titled = byTitle.find((o) => o.title && o.kind !== "group") ?? byTitle.find((o) => o.title);
    const code = group[0].code;
    const prefix = code ? codePrefix(code) : null;
    const sectorFromCode = prefix ? (prefixSectors.get(prefix) ?? null) : null;
    const statusOccurrence = byStatus[0];
    const costs = byTitle.find((o) => o.costs && o.costs.length > 0);
    const periodOccurrence = byTitle.find((o) => o.periodText);
    const measure: DraftMeasure = {
      id,
      code,
      suggestedCode: null,
      title: titled?.title ?? "",
      description: pick("description", "description"),
      sector: pick("sector", "sector") ?? sectorFromCode,
      priority: pick("priority", "priority"),
      status: statusOccurrence?.status ?? null,
      statusReason: statusOccurrence?.statusReason ?? null,
      completedYear: statusOccurrence?.completedYear ?? null,
      movedTo: statusOccurrence?.movedTo ?? null,
      responsible: pick("responsible", "responsible"),
      indicator: pick("indicator", "indicator"),
      start: periodOccurrence?.start ?? null,
      end: periodOccurrence?.end ?? null,
      periodText: periodOccurrence?.periodText ?? null,
      costs: costs?.costs ?? [],
      benefits: { qualitative: pick("qualitative", "qualitative"), quantitative: pick("quantitative", "quantitative") },
      goalNumbers: pick("goalNumbers", "goalNumbers") ?? [],
      userOriented: pick("userOriented", "userOriented"),
      confidence: 0,
      sources: group.map((o) => o.source),
      fieldSources,
    };
    if (titled?.fieldSources.title) fieldSources.title = titled.fieldSources.title;
    if (code) fieldSources.code = group[0].source;
    if (statusOccurrence?.fieldSources.status) fieldSources.status = statusOccurrence.fieldSources.status;
    if (costs?.fieldSources.costs) fieldSources.costs = costs.fieldSources.costs;
    if (periodOccurrence?.fieldSources.period) fieldSources.period = periodOccurrence.fieldSources.period;
    if (measure.sector && !fieldSources.sector && sectorFromCode) fieldSources.sector = group[0].source;
    measures.push(measure);
  }
  for (const measure of measures) {
    const dropped = (groups.get(measure.id) ?? []).find((o) => o.status === "dropped" && o.listText);
    if (dropped?.listText && measure.status === "dropped") {
      const reason = reasonAfterTitle(dropped.listText, measure.title);
      if (reason) measure.statusReason = reason;
    }
  }
  // A moved code takes the title of the code it moved to.
  const byCode = new Map(measures.filter((m) => m.code).map((m) => [m.code as string, m]));
  for (const measure of measures) {
    if (measure.title === "" && measure.movedTo) {
      const target = byCode.get(measure.movedTo);
      if (target) {
        measure.title = target.title;
        if (target.fieldSources.title) measure.fieldSources.title = target.fieldSources.title;
      }
    }
  }
  for (const measure of measures) {
    const group = groups.get(measure.id) ?? [];
    const best = Math.max(...group.map((o) => BASE_CONFIDENCE[o.kind]));
    const found = [
      measure.sector,
      measure.status,
      measure.responsible,
      measure.indicator,
      measure.periodText,
      measure.costs.length > 0 ? 1 : null,
      measure.benefits.qualitative,
      measure.goalNumbers.length > 0 ? 1 : null,
      measure.priority,
      measure.description,
    ].filter((value) => value !== null && value !== undefined).length;
    let confidence = best + found * 0.04 + (group.length > 1 ? 0.1 : 0);
    if (measure.title === "") confidence -= 0.3;
    else if (measure.title.length > 160 || measure.title.split(" ").length < 2) confidence -= 0.1;
    measure.confidence = Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100;
  }
  return measures;
}

/**
 * The reason of a dropped-list row whose title and reason ran together: what follows the measure's title
 * ("Samle og optimalisere faktureringsarbeid Ikke hensiktsmessig …" → "Ikke hensiktsmessig …").
 * Letters and digits are compared; spaces, hyphens and punctuation are ignored. Null when the row does not
 * start with the title.
 */
export function reasonAfterTitle(listText: string, title: string): string | null {
  const wanted = title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  if (wanted === "") return null;
  let matched = 0;
  for (let i = 0; i < listText.length; i++) {
    const char = listText[i].toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(char)) continue;
    if (char !== wanted[matched]) return null;
    matched++;
    if (matched === wanted.length) {
      const reason = cleanText(listText.slice(i + 1).replace(/^[\s.,;:)»”-]+/u, ""));
      return reason === "" ? null : reason;
    }
  }
  return null;
}

/** Names the sector of each code prefix after the section heading most of its measures stand under. */
function sectorsByPrefix(occurrences: readonly Occurrence[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const occurrence of occurrences) {
    const prefix = occurrence.code ? codePrefix(occurrence.code) : null;
    if (!prefix || !occurrence.section || occurrence.kind === "group") continue;
    const counts = votes.get(prefix) ?? new Map<string, number>();
    counts.set(occurrence.section, (counts.get(occurrence.section) ?? 0) + (occurrence.kind === "detail" || occurrence.kind === "block" ? 2 : 1));
    votes.set(prefix, counts);
  }
  const sectors = new Map<string, string>();
  for (const [prefix, counts] of votes) {
    const [best] = [...counts].sort((a, b) => b[1] - a[1]);
    if (best) sectors.set(prefix, best[0]);
  }
  return sectors;
}

/** Extracts the draft plan from a document model. Pure: the same model always gives the same draft. */
export function extractDraft(model: DocumentModel): ImportDraft {
  const lines = model.lines;
  const layouts: string[] = [];
  const sectorNames = new Set(lines.map((line) => tocName(line.text)).filter((name): name is string => name !== null).map((name) => name.toLowerCase()));
  const accept = acceptedCodes(lines);
  const leads = new Map<number, CodeLead>();
  lines.forEach((line, index) => {
    const lead = line.cells ? null : readCodeLead(lines, index, accept);
    if (lead) leads.set(index, lead);
  });
  const sections = sectionsByLine(lines, sectorNames, (index) => leads.has(index) || BLOCK_TITLE_RE.test(cleanText(lines[index].text)));
  const codeOccurrences = codeLedOccurrences(lines, leads, sectorNames, sections);
  if (codeOccurrences.some((o) => o.code && codePrefix(o.code))) layouts.push("prefix-codes");
  if (codeOccurrences.some((o) => o.code && normalizeNumberedCode(o.code))) layouts.push("numbered-measures");
  if (codeOccurrences.some((o) => o.kind === "list")) layouts.push("status-lists");
  const blocks = blockOccurrences(lines, (index) => leads.has(index), sections);
  if (blocks.length > 0) layouts.push("labelled-blocks");
  // A block measure whose code also leads a line elsewhere is the same measure: keep the block's fields.
  const tables = tableOccurrences(model);
  layouts.push(...tables.layouts);
  const goalNumbers = new Set(tables.goals.map((goal) => goal.number));
  const { goals: textGoalList, principles } = textGoals(lines, goalNumbers);
  const blockCodes = new Set(blocks.map((b) => b.code).filter(Boolean));
  const occurrences = [...tables.occurrences, ...blocks, ...codeOccurrences.filter((o) => !(o.code && blockCodes.has(o.code) && o.kind === "detail"))];
  const measures = mergeOccurrences(occurrences, sectorsByPrefix(occurrences));
  const warnings: DraftWarning[] = [];
  const existingCodes = measures.map((m) => m.code).filter((code): code is string => code !== null);
  for (const measure of measures) {
    if (measure.code) continue;
    const prefix = measure.sector ? sectorInitials(measure.sector) : "T";
    measure.suggestedCode = suggestNextCode({ prefix, existingCodes });
    existingCodes.push(measure.suggestedCode);
  }
  for (const measure of measures) {
    if (measure.title === "") warnings.push({ key: "import.warning.noTitle", params: { code: measure.code ?? measure.id }, source: measure.sources[0] });
  }
  if (measures.length === 0) warnings.push({ key: "import.warning.noMeasures" });
  const goals = [...tables.goals, ...textGoalList];
  // Goal references must name a main goal of the document when it has numbered main goals.
  const mainGoals = new Set(goals.filter((goal) => goal.parent === null && /^\d+$/u.test(goal.number)).map((goal) => Number(goal.number)));
  if (mainGoals.size > 0) {
    for (const measure of measures) {
      const known = measure.goalNumbers.filter((n) => mainGoals.has(n));
      if (known.length !== measure.goalNumbers.length) {
        warnings.push({ key: "import.warning.unknownGoals", params: { code: measure.code ?? measure.id }, source: measure.fieldSources.goalNumbers });
        measure.goalNumbers = known;
      }
    }
  }
  if (goals.length > 0 && !layouts.includes("goal-table")) layouts.push("goals");
  return {
    file: { name: model.fileName, format: model.format, pages: model.pageCount, lines: model.lines.length },
    layouts,
    strategy: readStrategy(lines),
    goals,
    principles,
    measures,
    warnings,
  };
}
