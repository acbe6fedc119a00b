/**
 * Reads an uploaded file into the common document model, after the guards: size, format by magic bytes,
 * type/extension mismatch, zip bomb, encryption, missing text layer, corruption and emptiness.
 */
import path from "node:path";
import { importError, importErrorReason } from "./errors";
import { type DocumentFormat, type DocumentModel, isEmptyModel, modelFromRows } from "./model";
import { dropRunningLines, type PdfTextItem, rebuildPageLines } from "./pdf-lines";
import { csvToModel, decodeText, htmlToRows, textToModel } from "./text";
import { MAX_IMPORT_BYTES } from "./limits";
import { assertSafeZip, listZipEntries } from "./zip.server";

export { MAX_IMPORT_BYTES };

const EXTENSIONS: Record<string, DocumentFormat> = {
  ".pdf": "pdf",
  ".docx": "docx",
  ".xlsx": "xlsx",
  ".csv": "csv",
  ".txt": "txt",
  ".text": "txt",
};

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length / 100;
}

/** The format of a file from its content; the extension only chooses between CSV and TXT. */
export function detectFormat(bytes: Buffer, fileName: string): DocumentFormat {
  const extension = path.extname(fileName).toLowerCase();
  const claimed = EXTENSIONS[extension] as DocumentFormat | undefined;
  let actual: DocumentFormat;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) actual = "pdf";
  else if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = new Set(listZipEntries(bytes).map((entry) => entry.name));
    if (names.has("word/document.xml")) actual = "docx";
    else if (names.has("xl/workbook.xml")) actual = "xlsx";
    else throw importError(claimed === "docx" || claimed === "xlsx" ? "corrupt" : "unsupportedFormat");
  } else if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // Old binary Word/Excel (.doc/.xls) or an encrypted Office file.
    throw importError("unsupportedFormat");
  } else if (!looksBinary(bytes)) actual = claimed === "csv" ? "csv" : "txt";
  else throw importError(claimed === undefined ? "unsupportedFormat" : "corrupt");
  if (claimed === undefined) throw importError("unsupportedFormat");
  const textual = (format: DocumentFormat) => format === "csv" || format === "txt";
  if (claimed !== actual && !(textual(claimed) && textual(actual))) {
    throw importError("typeMismatch", { extension: extension.slice(1), actual: actual.toUpperCase() });
  }
  return actual;
}

async function readPdf(bytes: Buffer, fileName: string): Promise<DocumentModel> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let document;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") throw importError("encrypted");
    throw importError("corrupt");
  }
  try {
    const pages: { page: number; lines: ReturnType<typeof rebuildPageLines> }[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        items.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]) });
      }
      pages.push({ page: number, lines: rebuildPageLines(items) });
      page.cleanup();
    }
    const characters = pages.reduce((sum, p) => sum + p.lines.reduce((s, l) => s + l.text.replace(/\s/gu, "").length, 0), 0);
    if (characters === 0) throw importError("noTextLayer");
    const { pages: kept, dropped } = dropRunningLines(pages);
    const rows = kept.flatMap((p) => [...p.lines.map((line) => ({ text: line.text, cells: line.cells, page: p.page })), { text: "", page: p.page }]);
    return { ...modelFromRows("pdf", fileName, rows), pageCount: document.numPages, droppedLines: dropped };
  } catch (error) {
    if (importErrorReason(error)) throw error;
    throw importError("corrupt");
  } finally {
    await document.destroy();
  }
}

async function readDocx(bytes: Buffer, fileName: string): Promise<DocumentModel> {
  assertSafeZip(bytes);
  const mammoth = (await import("mammoth")).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch {
    throw importError("corrupt");
  }
  return modelFromRows("docx", fileName, htmlToRows(html));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const object = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; hyperlink?: string };
    if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join("");
    if (object.text !== undefined) return cellText(object.text);
    if (object.result !== undefined) return cellText(object.result);
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Buffer, fileName: string): Promise<DocumentModel> {
  assertSafeZip(bytes);
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type, which Node's generic Buffer does not match.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw importError("corrupt");
  }
  const rows: { cells?: string[]; text?: string; tableName?: string | null }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push({ cells: Array.from(values, (value) => cellText(value)), tableName: sheet.name });
    });
    rows.push({ text: "" });
  }
  return modelFromRows("xlsx", fileName, rows);
}

/** Reads a file into the document model, or throws an import error (see `errors.ts`). */
export async function readDocument({ bytes, fileName }: { bytes: Buffer; fileName: string }): Promise<DocumentModel> {
  if (bytes.length > MAX_IMPORT_BYTES) throw importError("tooLarge", { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (bytes.length === 0) throw importError("empty");
  const format = detectFormat(bytes, fileName);
  let model: DocumentModel;
  switch (format) {
    case "pdf":
      model = await readPdf(bytes, fileName);
      break;
    case "docx":
      model = await readDocx(bytes, fileName);
      break;
    case "xlsx":
      model = await readXlsx(bytes, fileName);
      break;
    case "csv":
      model = csvToModel(decodeText(bytes).text, fileName);
      break;
    case "txt":
      model = textToModel(decodeText(bytes).text, fileName);
      break;
  }
  if (isEmptyModel(model)) throw importError("empty");
  return model;
}
