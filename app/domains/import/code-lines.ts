/** Lines led by measure codes: summary-list rows, detail-table rows flattened into text, paragraphs. */
import type { MeasureStatus } from "~/domains/measures";
import type { DraftCost } from "./draft";
import { statusHeading } from "./labels";
import type { DocumentLine } from "./model";
import type { Occurrence } from "./occurrence";
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
} from "./parsers";
import { sourceOf, isBlank, sectionHeading, readCells } from "./structure";
import { applyPeriod } from "./fields";

export interface CodeLead {
  priority: number | null;
  codes: string[];
  rest: string;
  /** Index of the last line the lead used (codes may continue on the next lines after a comma). */
  lastIndex: number;
}

const LEAD_PRIORITY_RE = /^(\d{1,2})(?:\s*\((\d{4})\))?\s*\*?\s+(?=[A-ZÆØÅ\d])/u;
export const LEAD_CODE_RE = /^([A-ZÆØÅ]{1,4}\d{1,3}|\d{1,2}(?:\.\d{1,2}){2,3}\.?)(?=[\s,]|$)\s*(,)?\s*/u;

export function readCodeLead(lines: readonly DocumentLine[], index: number, accept: (code: string) => boolean): CodeLead | null {
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
export function acceptedCodes(lines: readonly DocumentLine[]): (code: string) => boolean {
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
  return (code) => accepted.has(codePrefix(code) ?? (normalizeNumberedCode(code) ? "#" : ""));
}

const MARKER_CELL_RE = /^\((ny|nytt|new)\)$/iu;
const MOVED_RE = /^\((?:tidl\.?|tidligere|tidlegare|før|flyttet fra|flytta frå)?\s*([A-ZÆØÅ]{1,4}\d{1,3})\)$/iu;

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
  const words = cleanText(text)
    .replace(/\s*\/\s*/gu, "/")
    .split(" ");
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

export function codeLedOccurrences(
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
      } else if (
        firstLineRest.length > 75 ||
        (firstLineRest !== "" && contentCells.length > 0 && /^\p{Ll}/u.test(contentCells[0].text) && contentCells.every((c) => c.text.length > 60))
      ) {
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
