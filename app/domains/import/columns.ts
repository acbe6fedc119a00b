/**
 * The column-mapping screen for Excel/CSV (docs/import.md, "Column mapping"): which tables of a document could be
 * measure lists, what each column probably holds (from its Norwegian header, or from the municipality's saved
 * choice for that header), and reading the reviewer's choices back into a column mapping for extraction.
 * Pure: the route loads and saves the mappings (columns.server.ts).
 */
import { AppError, type FieldErrors } from "~/kit/errors";
import { labelField } from "./labels";
import type { DocumentModel } from "./model";
import { cleanText } from "./parsers";
import type { ColumnMapping } from "./tables";

/** The fields a column can be mapped to, in the order the screen offers them. */
export const COLUMN_FIELDS = [
  "title",
  "code",
  "description",
  "sector",
  "responsible",
  "indicator",
  "cost",
  "qualitative",
  "quantitative",
  "period",
  "status",
  "priority",
  "goalNumbers",
  "userOriented",
  "goal",
  "subgoal",
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** The form value (and the stored value) for a column that is not imported. */
export const IGNORE = "ignore";

/** Saved choices of a municipality: normalised header → field, or null for "do not import". */
export type SavedColumnMappings = ReadonlyMap<string, ColumnField | null>;

/** Only spreadsheets and CSV files get the column-mapping screen. */
export const COLUMN_FORMATS: readonly string[] = ["xlsx", "csv"];

/** Headers longer than this are not saved (they are text, not headers). */
export const MAX_HEADER_LENGTH = 200;

const SAMPLE_ROWS = 3;
/** The header row is looked for among a table's first rows. */
const HEADER_SEARCH_ROWS = 20;
const SAMPLE_LENGTH = 80;

export function isColumnField(value: unknown): value is ColumnField {
  return typeof value === "string" && (COLUMN_FIELDS as readonly string[]).includes(value);
}

/** A header as it is saved and looked up: NFC, lower case, white space collapsed and trimmed. */
export function normalizeHeader(text: string): string {
  return cleanText(text.normalize("NFC")).toLowerCase().normalize("NFC");
}

/** The field a column header probably names: the municipality's saved choice first, else the Norwegian label. */
export function guessColumnField(header: string, saved: SavedColumnMappings): ColumnField | null {
  const key = normalizeHeader(header);
  if (key === "") return null;
  const savedField = saved.get(key);
  if (savedField !== undefined) return savedField;
  const field = labelField(key);
  return isColumnField(field) ? field : null;
}

/**
 * The guessed field of each column of a header row. A field is used once per table: saved choices are placed
 * first, then the guesses from labels, each in column order; a column whose field is taken is not imported.
 */
export function guessTableColumns(headers: readonly string[], saved: SavedColumnMappings): (ColumnField | null)[] {
  const fields: (ColumnField | null)[] = headers.map(() => null);
  const taken = new Set<ColumnField>();
  const place = (fromSaved: boolean) =>
    headers.forEach((header, index) => {
      if (saved.has(normalizeHeader(header)) !== fromSaved) return;
      const field = guessColumnField(header, saved);
      if (field && !taken.has(field)) {
        fields[index] = field;
        taken.add(field);
      }
    });
  place(true);
  place(false);
  return fields;
}

/** A table that could be a measure list, as the screen shows it. */
export interface ColumnTable {
  /** Index into `DocumentModel.tables`. */
  index: number;
  /** Sheet name (XLSX) or null (CSV). */
  name: string | null;
  /** Document-model line of the header row. */
  headerLine: number;
  /** The header text of every column ("" for an empty header cell). */
  headers: string[];
  /** Up to three data rows, one value per column (shortened). */
  samples: string[][];
  /** Number of data rows under the header. */
  rowCount: number;
  /** The preselected field per column (saved choice, else the guess from the header). */
  guess: (ColumnField | null)[];
}

function shorten(text: string): string {
  const clean = cleanText(text);
  return clean.length > SAMPLE_LENGTH ? `${clean.slice(0, SAMPLE_LENGTH - 1)}…` : clean;
}

/**
 * The tables of an XLSX/CSV document that could be measure lists: every table with a header row and at least one
 * data row. The header row is the first of its first 20 rows whose guessed columns include a title and one more
 * field, else the table's first row (headers nobody has mapped yet, such as "Hva skal gjøres").
 */
export function findColumnTables(model: DocumentModel, saved: SavedColumnMappings): ColumnTable[] {
  if (!COLUMN_FORMATS.includes(model.format)) return [];
  const found: ColumnTable[] = [];
  model.tables.forEach((table, index) => {
    const headerIndex = Math.max(
      0,
      table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
        const guess = guessTableColumns(row.cells, saved).filter((field) => field !== null);
        return guess.includes("title") && guess.length >= 2;
      }),
    );
    const header = table.rows[headerIndex];
    const data = table.rows.slice(headerIndex + 1);
    if (!header || data.length === 0) return;
    const width = Math.max(header.cells.length, ...data.map((row) => row.cells.length));
    const headers = Array.from({ length: width }, (_, column) => cleanText(header.cells[column] ?? ""));
    found.push({
      index,
      name: table.name,
      headerLine: header.line,
      headers,
      samples: data.slice(0, SAMPLE_ROWS).map((row) => headers.map((_, column) => shorten(row.cells[column] ?? ""))),
      rowCount: data.length,
      guess: guessTableColumns(headers, saved),
    });
  });
  return found;
}

/** Form field names of the screen. */
export const columnFieldName = (table: number, column: number) => `table-${table}-column-${column}`;
export const headerLineName = (table: number) => `table-${table}-header`;
/** The key of a table-wide error (e.g. no title column), also the id suffix of its message. */
export const tableErrorName = (table: number) => `table-${table}`;

/** One choice to save for the municipality: the normalised header and its field (null: not imported). */
export interface ColumnMappingEntry {
  header: string;
  field: ColumnField | null;
}

/**
 * Reads the submitted choices for the candidate tables. A table with at least one mapped column is used and needs
 * a title column; a field may be chosen once per table; at least one table must be used. Invalid choices throw a
 * validation error (field errors by form name), a header row that is no longer the one shown throws conflict, and
 * an unknown field is a bad request; so nothing is written. Returns the mapping for extraction and the
 * choices of the used tables to save (a table left out entirely says nothing about its headers).
 */
export function readColumnChoices(
  tables: readonly ColumnTable[],
  value: (name: string) => string | null,
): { columnMapping: ColumnMapping; entries: ColumnMappingEntry[] } {
  const columnMapping: Record<number, { headerLine: number; columns: (ColumnField | null)[] }> = {};
  const entries: ColumnMappingEntry[] = [];
  const fieldErrors: FieldErrors = {};
  let used = 0;
  for (const table of tables) {
    // The header row is found with the saved choices, which a colleague may have changed since the page was shown.
    if (value(headerLineName(table.index)) !== String(table.headerLine)) throw new AppError("conflict", { messageRef: { key: "importColumns.error.changed" } });
    const columns = table.headers.map((_, column) => {
      const chosen = value(columnFieldName(table.index, column)) ?? IGNORE;
      if (chosen === IGNORE) return null;
      if (!isColumnField(chosen)) throw new AppError("bad_request");
      return chosen;
    });
    columnMapping[table.index] = { headerLine: table.headerLine, columns };
    if (columns.every((field) => field === null)) continue;
    used += 1;
    if (!columns.includes("title")) fieldErrors[tableErrorName(table.index)] = { key: "importColumns.error.titleRequired" };
    columns.forEach((field, column) => {
      const first = field === null ? column : columns.indexOf(field);
      if (first !== column) {
        fieldErrors[columnFieldName(table.index, column)] = {
          key: "importColumns.error.duplicate",
          params: { column: table.headers[first] || String(first + 1) },
        };
      }
    });
    table.headers.forEach((header, column) => {
      const key = normalizeHeader(header);
      if (key !== "" && key.length <= MAX_HEADER_LENGTH) entries.push({ header: key, field: columns[column] });
    });
  }
  if (Object.keys(fieldErrors).length > 0 || used === 0) {
    throw new AppError("validation", { fieldErrors, messageRef: used === 0 ? { key: "importColumns.error.nothingMapped" } : undefined });
  }
  return { columnMapping, entries };
}
