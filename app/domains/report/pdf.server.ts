/**
 * The council report as PDF (pdfkit): the same content as the Word document, in the standard Helvetica fonts
 * (WinAnsi covers æ, ø and å), with simple ruled tables.
 *
 * The PDF is tagged (PDF 1.7, /MarkInfo /Marked true, a structure tree), with the document language and the title
 * shown in the window title, so screen readers can read it in order: the report title is H1, chapters H2 and their
 * parts H3 (the Word document's Title, Heading 1 and Heading 2), text paragraphs P, and each table a Table with a
 * Caption, TR rows and TH (scope Column) / TD cells. Rules and a header row repeated on a new page are artifacts.
 */
import PDFDocument from "pdfkit";
import type { ReportDocument, ReportTable } from "./sections";

export const PDF_CONTENT_TYPE = "application/pdf";

const MARGIN = 56;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";

type Pdf = PDFKit.PDFDocument;
type StructureElement = PDFKit.PDFStructureElement;

/** TH cells are column headers; pdfkit writes `scope` as the Table attribute /Scope (its typings lack the option). */
const COLUMN_HEADER = { scope: "Column" } as PDFKit.Mixins.StructureElementOptions;

/** Draws content that is not part of the text (rules, repeated header rows) as an artifact. */
function artifact(pdf: Pdf, type: "Layout" | "Pagination", draw: () => void): void {
  pdf.markContent("Artifact", { type });
  draw();
  pdf.endMarkedContent();
}

function drawTable(pdf: Pdf, parent: StructureElement, table: ReportTable): void {
  const width = pdf.page.width - 2 * MARGIN;
  // Text columns get more room than number columns.
  const weights = table.numeric.map((numeric, i) => (numeric ? 1 : i === 1 || table.headers.length <= 2 ? 3 : 1.4));
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * width);
  const padding = 3;
  const tableStruct = pdf.struct("Table");
  parent.add(tableStruct);
  tableStruct.add(
    pdf.struct("Caption", {}, () => {
      pdf.font(FONT).fontSize(9).fillColor("#333333").text(table.caption, MARGIN, pdf.y, { width, oblique: true });
    }),
  );
  pdf.moveDown(0.3);

  /** One row; `row` is its TR, or null for a header row repeated on a new page (an artifact). */
  const drawRow = (cells: string[], header: boolean, row: StructureElement | null) => {
    pdf.font(header ? BOLD : FONT).fontSize(9);
    const height = Math.max(...cells.map((c, i) => pdf.heightOfString(c, { width: widths[i] - 2 * padding }))) + 2 * padding;
    if (pdf.y + height > pdf.page.height - MARGIN) {
      pdf.addPage();
      if (!header) artifact(pdf, "Pagination", () => drawRow(table.headers, true, null));
      pdf.font(header ? BOLD : FONT).fontSize(9);
    }
    const top = pdf.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const left = x;
      const draw = () =>
        pdf.fillColor("#000000").text(cell, left + padding, top + padding, { width: widths[i] - 2 * padding, align: table.numeric[i] ? "right" : "left" });
      if (row) row.add(header ? pdf.struct("TH", COLUMN_HEADER, draw) : pdf.struct("TD", {}, draw));
      else draw();
      x += widths[i];
    });
    const rule = () =>
      pdf
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + width, top + height)
        .lineWidth(header ? 1 : 0.5)
        .strokeColor("#666666")
        .stroke();
    if (row) artifact(pdf, "Layout", rule);
    else rule();
    pdf.x = MARGIN;
    pdf.y = top + height;
  };

  for (const [cells, header] of [[table.headers, true] as const, ...table.rows.map((r) => [r, false] as const)]) {
    const row = pdf.struct("TR");
    tableStruct.add(row);
    drawRow(cells, header, row);
    row.end();
  }
  tableStruct.end();
  pdf.moveDown(1);
}

export async function renderReportPdf(doc: ReportDocument): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    lang: doc.lang === "nn" ? "nn-NO" : "nb-NO",
    displayTitle: true,
    info: { Title: `${doc.title} – ${doc.subtitle[0]}`, Creator: "Retning" },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on("end", resolve);
    pdf.on("error", reject);
  });

  const root = pdf.struct("Document");
  pdf.addStructure(root);
  // A structure element with a drawing function, added to an attached parent, draws at once and tags what it drew.
  const block = (type: string, draw: () => void) => root.add(pdf.struct(type, {}, draw));

  block("H1", () => pdf.font(BOLD).fontSize(22).text(doc.title));
  pdf.moveDown(0.3);
  pdf.font(FONT).fontSize(11);
  for (const line of doc.subtitle) block("P", () => pdf.text(line));
  pdf.moveDown(1);
  for (const section of doc.sections) {
    if (pdf.y > pdf.page.height - MARGIN - 80) pdf.addPage();
    pdf.x = MARGIN;
    block(section.level === 1 ? "H2" : "H3", () =>
      pdf
        .font(BOLD)
        .fontSize(section.level === 1 ? 16 : 13)
        .fillColor("#000000")
        .text(section.heading),
    );
    pdf.moveDown(0.4);
    pdf.font(FONT).fontSize(10);
    for (const text of section.paragraphs) {
      block("P", () => pdf.text(text));
      pdf.moveDown(0.4);
    }
    if (section.table) drawTable(pdf, root, section.table);
  }
  root.end();
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
