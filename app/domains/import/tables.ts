/** Tables with Norwegian headers (Word, Excel, CSV, tab-separated text, PDF rows), incl. goal tables. */
import type { DraftGoal, DraftSource } from "./draft";
import { type LabelField, labelField } from "./labels";
import type { DocumentModel } from "./model";
import type { Occurrence } from "./occurrence";
import { cleanText, normalizeNumberedCode } from "./parsers";
import { sourceOf, isBlank } from "./structure";
import { LEAD_CODE_RE } from "./code-lines";
import { applyFields } from "./fields";

/**
 * A column mapping chosen by hand for one table (the column-mapping screen for Excel/CSV): the line of the header
 * row, and per column index the field it holds, or null when the column is not imported. Rows above the header row
 * are not read; every row after it is data.
 */
export interface TableColumnMapping {
  headerLine: number;
  columns: readonly (LabelField | null)[];
}

/** Chosen column mappings by table index (`DocumentModel.tables`); other tables are read from their headers. */
export type ColumnMapping = Readonly<Record<number, TableColumnMapping>>;

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

/** The mapping of a chosen header row (the first column with a field wins), or null when nothing is imported. */
function chosenMapping(columns: readonly (LabelField | null)[]): Map<number, LabelField> | null {
  const mapping = new Map<number, LabelField>();
  columns.forEach((field, index) => {
    if (field && ![...mapping.values()].includes(field)) mapping.set(index, field);
  });
  return mapping.size > 0 ? mapping : null;
}

export function tableOccurrences(model: DocumentModel, columnMapping: ColumnMapping = {}): TableResult {
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
  const noteLayouts = (found: Map<number, LabelField>) => {
    if (!result.layouts.includes("table")) result.layouts.push("table");
    if ([...found.values()].includes("goal") && !result.layouts.includes("goal-table")) result.layouts.push("goal-table");
  };
  const rowKey = (cells: readonly string[]) => cells.map((c) => cleanText(c).toLowerCase()).join("|");
  for (const [tableIndex, table] of model.tables.entries()) {
    const chosen = columnMapping[tableIndex];
    // With a chosen mapping, only the data rows and the columns mapped to code or title can carry a code.
    const codeColumns = chosen ? chosen.columns.flatMap((field, index) => (field === "code" || field === "title" ? [index] : [])) : null;
    const rowsWithCodes = table.rows.filter(
      (row) =>
        (!chosen || row.line > chosen.headerLine) &&
        (codeColumns ? codeColumns.map((index) => row.cells[index] ?? "") : row.cells).some((cell) => LEAD_CODE_RE.test(cleanText(cell))),
    ).length;
    if (chosen) {
      // A chosen mapping applies to its own table only, and its rows never continue another table's measure.
      mapping = null;
      last = null;
    }
    for (const row of table.rows) {
      const line = model.lines[row.line - 1];
      if (chosen && row.line <= chosen.headerLine) {
        if (row.line === chosen.headerLine) {
          mapping = chosenMapping(chosen.columns);
          headerKey = rowKey(row.cells);
          if (mapping) noteLayouts(mapping);
        }
        continue;
      }
      const found = chosen ? null : headerMapping(row.cells);
      if (found) {
        mapping = found;
        headerKey = rowKey(row.cells);
        noteLayouts(found);
        continue;
      }
      if (!mapping || rowKey(row.cells) === headerKey) continue;
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
        // The field's source is its own cell, so the reviewer sees the value as written.
        if (value !== "" && field !== "goal" && field !== "subgoal" && field !== "title" && field !== "code")
          fields.set(field, { value, source: sourceOf(line, value) });
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
    if (chosen) mapping = null;
  }
  for (const { occurrence, fields, hasMarkerColumn } of pending) {
    applyFields(occurrence, fields);
    const description = fields.get("description");
    if (description) {
      occurrence.description = description.value;
      occurrence.fieldSources.description = description.source;
    }
    // In a table with a user-oriented column, an empty cell means "no".
    if (hasMarkerColumn && occurrence.userOriented === undefined) occurrence.userOriented = false;
    if (occurrence.title || occurrence.code) result.occurrences.push(occurrence);
  }
  return result;
}
