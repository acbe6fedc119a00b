/**
 * The common document model every reader produces: the text as numbered lines (with page numbers where the
 * format has pages) and, for formats with real tables (DOCX, XLSX, CSV, tab-separated text), the cells of
 * each table row. Extraction works only on this model, never on the original file.
 */

export type DocumentFormat = "pdf" | "docx" | "xlsx" | "csv" | "txt";

export interface DocumentLine {
  /** 1-based line number over the whole document (the reference shown to the reviewer). */
  line: number;
  /** 1-based page number (PDF), or null when the format has no pages. */
  page: number | null;
  text: string;
  /** Table cells when the line is a table row (Word/Excel/CSV row, or tab-separated text). */
  cells?: string[];
  /** Index into `DocumentModel.tables` when the line is a table row. */
  table?: number;
  /** True for a heading (DOCX heading styles). */
  heading?: boolean;
}

export interface DocumentTableRow {
  line: number;
  page: number | null;
  cells: string[];
}

export interface DocumentTable {
  /** Sheet name (XLSX) or null. */
  name: string | null;
  rows: DocumentTableRow[];
}

export interface DocumentModel {
  format: DocumentFormat;
  fileName: string;
  /** Number of pages (PDF) or null. */
  pageCount: number | null;
  lines: DocumentLine[];
  tables: DocumentTable[];
  /** Lines removed as running page headers/footers (PDF), for the record. */
  droppedLines: number;
}

/** Builds a model from rows of text where rows with more than one cell are table rows (TXT, CSV, XLSX). */
export function modelFromRows(
  format: DocumentFormat,
  fileName: string,
  rows: readonly { text?: string; cells?: string[]; page?: number | null; heading?: boolean; tableName?: string | null }[],
): DocumentModel {
  const lines: DocumentLine[] = [];
  const tables: DocumentTable[] = [];
  let current: DocumentTable | null = null;
  rows.forEach((row, index) => {
    const lineNumber = index + 1;
    const page = row.page ?? null;
    const cells = row.cells?.map((cell) => cell.trim());
    const isTableRow = cells !== undefined && cells.filter((cell) => cell !== "").length >= 2;
    if (isTableRow) {
      if (current === null || (row.tableName ?? null) !== current.name) {
        current = { name: row.tableName ?? null, rows: [] };
        tables.push(current);
      }
      current.rows.push({ line: lineNumber, page, cells });
      lines.push({ line: lineNumber, page, text: cells.join("\t"), cells, table: tables.length - 1 });
      return;
    }
    const text = row.text ?? (cells ?? []).filter((cell) => cell !== "").join(" ");
    // Blank lines do not end a table; other text does.
    if (text.trim() !== "") current = null;
    lines.push({ line: lineNumber, page, text, ...(row.heading ? { heading: true } : {}) });
  });
  return { format, fileName, pageCount: null, lines, tables, droppedLines: 0 };
}

/** True when the model holds no text at all. */
export function isEmptyModel(model: DocumentModel): boolean {
  return model.lines.every((line) => line.text.trim() === "");
}
