/** Pure text readers: character decoding, CSV and TXT to the document model, mammoth HTML to rows. */
import iconv from "iconv-lite";
import { type DocumentModel, modelFromRows } from "./model";

/** Decodes UTF-8 (with or without BOM), or Windows-1252 when the bytes are not valid UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/u, ""), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "win1252"), encoding: "windows-1252" };
  }
}

function splitLines(text: string): string[] {
  return text.replace(/\r\n?/gu, "\n").split("\n");
}

/** A plain text: one row per line; lines with tabs are table rows (tab-separated cells). */
export function textToModel(text: string, fileName: string): DocumentModel {
  const rows = splitLines(text).map((line) => (line.includes("\t") ? { text: line, cells: line.split("\t") } : { text: line }));
  return modelFromRows("txt", fileName, rows);
}

/** Picks the CSV delimiter (";", "," or tab) that splits the first lines most consistently. */
export function detectDelimiter(text: string): string {
  const sample = splitLines(text)
    .filter((line) => line.trim() !== "")
    .slice(0, 20);
  let best = ",";
  let bestScore = -1;
  for (const delimiter of [";", ",", "\t"]) {
    const counts = sample.map((line) => parseCsvLine(line, delimiter).length - 1);
    const min = Math.min(...counts);
    const agreeing = counts.filter((count) => count === counts[0]).length;
    const score = min > 0 ? agreeing * 100 + min : 0;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function parseCsvLine(line: string, delimiter: string): string[] {
  return parseCsv(line, delimiter)[0] ?? [];
}

/** RFC 4180 CSV: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function csvToModel(text: string, fileName: string): DocumentModel {
  const rows = parseCsv(text, detectDelimiter(text)).map((cells) => ({ cells }));
  return modelFromRows("csv", fileName, rows);
}

// ---------------------------------------------------------------------------------------------------------
// HTML from mammoth (DOCX)

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (match, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? match;
  });
}

/**
 * Turns mammoth's HTML into rows: one per paragraph, heading or list item, and one per table row with its
 * cells (a cell's paragraphs joined with spaces; nested tables are flattened into their cell).
 */
export function htmlToRows(html: string): { text?: string; cells?: string[]; heading?: boolean }[] {
  const rows: { text?: string; cells?: string[]; heading?: boolean }[] = [];
  const tokens = html.split(/(<[^>]+>)/u);
  let depth = 0;
  let cells: string[] | null = null;
  let cell: string[] | null = null;
  let block = "";
  let heading = false;
  const flushBlock = () => {
    const text = decodeEntities(block).replace(/\s+/gu, " ").trim();
    block = "";
    if (text === "") return;
    if (cell !== null) cell.push(text);
    else rows.push(heading ? { text, heading: true } : { text });
  };
  for (const token of tokens) {
    const tag = /^<(\/?)([a-z0-9]+)/iu.exec(token);
    if (!tag) {
      block += token;
      continue;
    }
    const closing = tag[1] === "/";
    const name = tag[2].toLowerCase();
    if (name === "table") depth += closing ? -1 : 1;
    else if (name === "tr" && depth === 1) {
      if (closing && cells !== null) {
        rows.push({ cells });
        cells = null;
      } else if (!closing) cells = [];
    } else if ((name === "td" || name === "th") && depth === 1) {
      if (closing) {
        flushBlock();
        cells?.push((cell ?? []).join(" "));
        cell = null;
      } else cell = [];
    } else if (/^(p|h[1-6]|li)$/u.test(name)) {
      flushBlock();
      heading = !closing && name.startsWith("h");
    } else if (name === "br") block += " ";
  }
  flushBlock();
  return rows;
}
