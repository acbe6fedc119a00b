/**
 * A small CSV writer for open data, in the form Norwegian spreadsheets open directly: UTF-8 with BOM,
 * `;` between fields, CRLF line ends, decimal comma. Fields with `;`, quotes or line breaks are quoted.
 */
export type CsvValue = string | number | boolean | null;

const BOM = "\uFEFF";

function cell(value: CsvValue): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value).replace(".", ",") : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return BOM + [headers, ...rows].map((row) => row.map(cell).join(";")).join("\r\n") + "\r\n";
}
