/** Tables with Norwegian headers (Word, Excel, CSV, tab-separated text, PDF rows), incl. goal tables. */
import type { DraftGoal, DraftSource } from "./draft";
import { type LabelField, labelField } from "./labels";
import type { DocumentModel } from "./model";
import type { Occurrence } from "./occurrence";
import { cleanText, normalizeNumberedCode } from "./parsers";
import { sourceOf, isBlank } from "./structure";
import { LEAD_CODE_RE } from "./code-lines";
import { applyFields } from "./fields";

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

export function tableOccurrences(model: DocumentModel): TableResult {
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
