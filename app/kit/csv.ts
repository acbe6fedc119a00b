/**
 * A small CSV writer for spreadsheet downloads in Norwegian settings (Excel opens it directly):
 * UTF-8 with BOM, `;` between fields, decimal comma, CRLF line endings and RFC 4180 quoting.
 *
 * Text that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
 * leading `'`, so a cell like `=HYPERLINK(…)` from user input is shown as text and never runs. Real
 * numbers are written as numbers, negative ones included.
 */

/** A field value: text, a number, a date (written as YYYY-MM-DD) or empty. */
export type CsvValue = string | number | Date | null | undefined;

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

const FORMULA_START = /^[=+\-@\t\r]/;

/** A number with a decimal comma and no grouping; NaN and infinities are empty. */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  return String(value === 0 ? 0 : value).replace(".", ",");
}

/** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One field as it is written in the file. */
export function formatCsvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatCsvNumber(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return quote(neutralizeFormula(value));
}

/** A whole file: a BOM, then one CRLF-terminated line per row. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return CSV_BOM + rows.map((row) => `${row.map(formatCsvField).join(CSV_SEPARATOR)}\r\n`).join("");
}
