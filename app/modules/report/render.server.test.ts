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
    for (const text of ["Rapport til kommunestyret", "Sammendrag", "Etter sektor", "Planlagte og brukte midler etter finansieringskilde", "Brukt 2026 (kr)", "130 000", "85 000", "Læringsbrett", "Tiltak som trenger beslutning"]) {
      expect(nb.text).toContain(text);
    }
    const nn = await pdfText(await renderReportPdf(buildReportDocument({ data: sampleReport("nn"), today })));
    expect(nn.text).toContain("Samandrag");
    expect(nn.text).toContain("Gevinstar, planlagt og realisert");
  });

  it("a long table continues on the next page with its header row repeated", async () => {
    const data = sampleReport("nb");
    const many = Array.from({ length: 120 }, (_, i) => ({ ...data.completed[0], code: `K${i + 1}` }));
    const { text } = await pdfText(await renderReportPdf(buildReportDocument({ data: { ...data, completed: many }, today })));
    expect(text).toContain("K120");
    expect(text.match(/Fullført dato/g)!.length).toBeGreaterThan(2);
  });
});
