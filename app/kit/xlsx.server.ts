/**
 * Writes one table as an XLSX workbook (exceljs): real number and date cells, a bold frozen header row with an
 * autofilter, and column widths from the content. Reusable for other exports, like csv.ts.
 */
import ExcelJS from "exceljs";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `date` cells hold "YYYY-MM-DD" text and are written as dates; `nok` and `percent` are numbers with a format. */
export type ColumnKind = "text" | "number" | "nok" | "percent" | "date";

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
}

export type SheetValue = string | number | null;

export interface Sheet {
  /** At most 31 characters, as Excel allows. */
  name: string;
  columns: SheetColumn[];
  rows: SheetValue[][];
}

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = { nok: "#,##0", percent: "0.0", date: "dd.mm.yyyy" };
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

function cellValue(kind: ColumnKind, value: SheetValue): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  if (kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

function displayLength(kind: ColumnKind, value: SheetValue): number {
  if (value === null) return 0;
  if (kind === "date") return 10;
  return Math.max(
    ...String(value)
      .split("\n")
      .map((line) => line.length),
  );
}

export async function writeXlsx(sheet: Sheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column, index) => {
    const longest = Math.max(column.header.length, ...sheet.rows.map((row) => displayLength(column.kind, row[index] ?? null)));
    return { header: column.header, key: String(index), width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
  });
  for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((column, index) => cellValue(column.kind, row[index] ?? null)));
  sheet.columns.forEach((column, index) => {
    const format = NUMBER_FORMATS[column.kind];
    if (format) worksheet.getColumn(index + 1).numFmt = format;
  });
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.columns.length) } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheet as rows for the CSV writer: the header row, then the data rows. */
export function sheetToCsvRows(sheet: Sheet): Array<Array<string | number | null>> {
  return [sheet.columns.map((c) => c.header), ...sheet.rows];
}

/** "tiltak-3801-2026-05-01.xlsx": what (ASCII), municipality number and today's date in Norway. */
export function exportFileName({
  what,
  municipalityCode,
  extension,
  now = new Date(),
}: {
  what: string;
  municipalityCode: string;
  extension: "xlsx" | "csv";
  now?: Date;
}) {
  const date = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return `${what}-${municipalityCode.replace(/[^0-9A-Za-z]/g, "")}-${date}.${extension}`;
}
