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
import { suggestNextCode } from "~/domains/measures";
import type { DraftWarning, ImportDraft } from "./draft";
import type { DocumentModel } from "./model";
import { cleanText, codePrefix, normalizeNumberedCode } from "./parsers";
import { tocName, sectionsByLine } from "./structure";
import { type CodeLead, readCodeLead, acceptedCodes, codeLedOccurrences } from "./code-lines";
import { BLOCK_TITLE_RE, blockOccurrences } from "./blocks";
import { type ColumnMapping, tableOccurrences } from "./tables";
import { textGoals, readStrategy } from "./text-goals";
import { mergeOccurrences, sectorsByPrefix, sectorInitials } from "./merge";

export interface ExtractOptions {
  /** Column mappings chosen on the column-mapping screen (Excel/CSV), by table index; other tables use their headers. */
  columnMapping?: ColumnMapping;
}

/** Extracts the draft plan from a document model. Pure: the same model and options always give the same draft. */
export function extractDraft(model: DocumentModel, options: ExtractOptions = {}): ImportDraft {
  const lines = model.lines;
  const layouts: string[] = [];
  const sectorNames = new Set(
    lines
      .map((line) => tocName(line.text))
      .filter((name): name is string => name !== null)
      .map((name) => name.toLowerCase()),
  );
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
  const tables = tableOccurrences(model, options.columnMapping);
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
