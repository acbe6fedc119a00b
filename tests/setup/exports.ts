// Reading our spreadsheet downloads back in tests: the first sheet of an XLSX file, and our CSV (UTF-8 with BOM,
// `;`, CRLF, RFC 4180 quotes) as rows.
import ExcelJS from "exceljs";
import { expect } from "vitest";

export type Loader = (args: never) => Promise<Response>;

/** Calls an API route loader for `/api/v1<path>`. */
export function callLoader(loader: Loader, path: string, headers: Record<string, string> = {}, params: Record<string, string> = {}) {
  return loader({ request: new Request(`http://localhost/api/v1${path}`, { headers }), params, context: {} } as never);
}

export async function firstSheet(response: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0];
}

/** The body as text with its BOM (Response.text() would drop it); fails unless the body starts with the BOM. */
export async function csvText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** Parses our CSV text (starting with the BOM) back into rows. */
export function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}
