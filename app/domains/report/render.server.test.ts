import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { renderReportDocx } from "./docx.server";
import { sampleReport } from "./fixture";
import { renderReportPdf } from "./pdf.server";
import { buildReportDocument } from "./sections";

const today = new Date("2026-02-10T12:00:00Z");

async function docxHtml(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return value.replace(/[\u00a0\u202f]/g, " ");
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string; title: unknown }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { text: parts.join("\n").replace(/[\u00a0\u202f]/g, " "), title: (info as { Title?: unknown }).Title };
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

/** The tagged structure of a PDF: MarkInfo, catalogue language, PDF version, and the structure roles of every page in order. */
async function pdfStructure(bytes: Uint8Array): Promise<{ marked: boolean; language: unknown; version: unknown; pages: string[][] }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const markInfo = await pdf.getMarkInfo();
  const { info } = await pdf.getMetadata();
  const pages: string[][] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const roles: string[] = [];
    const walk = (node: StructNode, path: string) => {
      const here = node.role && node.role !== "Root" ? (path ? `${path}>${node.role}` : node.role) : path;
      if (node.role && node.role !== "Root") roles.push(here);
      for (const child of node.children ?? []) walk(child, here);
    };
    walk(((await (await pdf.getPage(i)).getStructTree()) ?? {}) as StructNode, "");
    pages.push(roles);
  }
  await pdf.destroy();
  const { Language, PDFFormatVersion } = info as { Language?: unknown; PDFFormatVersion?: unknown };
  return { marked: markInfo?.Marked === true, language: Language, version: PDFFormatVersion, pages };
}

describe("the council report as Word and PDF", () => {
  it("the Word document has real headings and tables with header rows (bokmål)", async () => {
    const html = await docxHtml(await renderReportDocx(buildReportDocument({ data: sampleReport("nb"), today })));
    expect(html).toContain("<h1>Sammendrag</h1>");
    expect(html).toContain("<h1>Tiltak som trenger beslutning</h1>");
    expect(html).toContain("<h2>Etter sektor</h2>");
    expect(html).toContain("<thead><tr><th><p><strong>Finansieringskilde</strong></p></th>");
    expect(html).toContain("<td><p>Eget budsjett</p></td><td><p>100 000</p></td><td><p>60 000</p></td><td><p>130 000</p></td><td><p>85 000</p></td>");
    expect(html).toContain("<h1>Planlagte og brukte midler etter finansieringskilde</h1>");
    expect(html).toContain("<th><p><strong>Brukt 2025–2027 (kr)</strong></p></th>");
    expect(html).not.toContain("ikke forbruk");
    expect(html).toContain("<td><p>Uten sektor</p></td>");
    expect(html).toContain("Ørsta kommune – Status pr. januar 2026");
  });

  it("the Word document is written in nynorsk for a nynorsk municipality", async () => {
    const html = await docxHtml(await renderReportDocx(buildReportDocument({ data: sampleReport("nn"), today })));
    expect(html).toContain("<h1>Samandrag</h1>");
    expect(html).toContain("<h1>Tiltak som treng avgjerd</h1>");
    expect(html).toContain("<td><p>Raud status, Passert planlagt sluttår</p></td>");
    expect(html).not.toContain("Sammendrag");
  });

  it("the PDF has the same headings and figures, æøå intact, and a document title", async () => {
    const nb = await pdfText(await renderReportPdf(buildReportDocument({ data: sampleReport("nb"), today })));
    expect(nb.title).toBe("Rapport til kommunestyret – Ørsta kommune – Status pr. januar 2026");
    for (const text of [
      "Rapport til kommunestyret",
      "Sammendrag",
      "Etter sektor",
      "Planlagte og brukte midler etter finansieringskilde",
      "Brukt 2026 (kr)",
      "130 000",
      "85 000",
      "Læringsbrett",
      "Tiltak som trenger beslutning",
    ]) {
      expect(nb.text).toContain(text);
    }
    const nn = await pdfText(await renderReportPdf(buildReportDocument({ data: sampleReport("nn"), today })));
    expect(nn.text).toContain("Samandrag");
    expect(nn.text).toContain("Gevinstar, planlagt og realisert");
  });

  it("a long table continues on the next page with its header row repeated", async () => {
    const data = sampleReport("nb");
    const many = Array.from({ length: 120 }, (_, i) => ({ ...data.completed[0], code: `K${i + 1}` }));
    const doc = buildReportDocument({ data: { ...data, completed: many }, today });
    const bytes = await renderReportPdf(doc);
    const { text } = await pdfText(bytes);
    expect(text).toContain("K120");
    expect(text.match(/Fullført dato/g)!.length).toBeGreaterThan(2);
    // The repeated header rows are artifacts: each table has its header cells (TH) once in the structure.
    const { pages } = await pdfStructure(bytes);
    expect(pages.length).toBeGreaterThan(2);
    const headerCells = doc.sections.reduce((sum, section) => sum + (section.table?.headers.length ?? 0), 0);
    expect(pages.flat().filter((role) => role.endsWith(">TH")).length).toBe(headerCells);
    expect(pages.flat().filter((role) => role.endsWith(">TR")).length).toBe(
      doc.sections.reduce((sum, section) => sum + (section.table ? section.table.rows.length + 1 : 0), 0),
    );
  });

  it("the PDF is tagged: marked, with its language, headings, paragraphs and tables in the structure tree", async () => {
    const bytes = await renderReportPdf(buildReportDocument({ data: sampleReport("nn"), today }));
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw.startsWith("%PDF-1.7")).toBe(true);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Lang \(nn-NO\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    const structure = await pdfStructure(bytes);
    expect(structure).toMatchObject({ marked: true, language: "nn-NO", version: "1.7" });
    const roles = structure.pages.flat();
    // Title and subtitle lines first, then the first chapter with its table.
    expect(structure.pages[0].slice(0, 8)).toEqual([
      "Document",
      "Document>H1",
      "Document>P",
      "Document>P",
      "Document>P",
      "Document>H2",
      "Document>Table",
      "Document>Table>Caption",
    ]);
    expect(structure.pages[0]).toContain("Document>Table>TR>TH");
    expect(structure.pages[0]).toContain("Document>Table>TR>TD");
    expect(roles.filter((r) => r === "Document>H1")).toHaveLength(1);
    expect(roles.filter((r) => r === "Document>H2")).toHaveLength(7);
    expect(roles.filter((r) => r === "Document>H3")).toHaveLength(2);
    // Every structure element sits under Document; nothing is tagged outside it.
    expect(roles.every((r) => r.startsWith("Document"))).toBe(true);
    // The text still reads back, in nynorsk.
    const { text } = await pdfText(bytes);
    expect(text).toContain("Planlagde og brukte midlar etter finansieringskjelde");
  });
});
