/**
 * The council report as PDF (pdfkit): the same content as the Word document, in the standard Helvetica fonts
 * (WinAnsi covers æ, ø and å), with title and language in the document metadata and simple ruled tables.
 */
import PDFDocument from "pdfkit";
import type { ReportDocument, ReportTable } from "./sections";

export const PDF_CONTENT_TYPE = "application/pdf";

const MARGIN = 56;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";

function drawTable(pdf: PDFKit.PDFDocument, table: ReportTable): void {
  const width = pdf.page.width - 2 * MARGIN;
  // Text columns get more room than number columns.
  const weights = table.numeric.map((numeric, i) => (numeric ? 1 : i === 1 || table.headers.length <= 2 ? 3 : 1.4));
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * width);
  const padding = 3;
  pdf.font(FONT).fontSize(9).fillColor("#333333").text(table.caption, MARGIN, pdf.y, { width, oblique: true });
  pdf.moveDown(0.3);

  const drawRow = (cells: string[], bold: boolean) => {
    pdf.font(bold ? BOLD : FONT).fontSize(9);
    const height = Math.max(...cells.map((c, i) => pdf.heightOfString(c, { width: widths[i] - 2 * padding }))) + 2 * padding;
    if (pdf.y + height > pdf.page.height - MARGIN) {
      pdf.addPage();
      if (!bold) drawRow(table.headers, true);
      pdf.font(bold ? BOLD : FONT).fontSize(9);
    }
    const top = pdf.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      pdf.fillColor("#000000").text(cell, x + padding, top + padding, { width: widths[i] - 2 * padding, align: table.numeric[i] ? "right" : "left" });
      x += widths[i];
    });
    pdf.moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).lineWidth(bold ? 1 : 0.5).strokeColor("#666666").stroke();
    pdf.x = MARGIN;
    pdf.y = top + height;
  };

  drawRow(table.headers, true);
  for (const row of table.rows) drawRow(row, false);
  pdf.moveDown(1);
}

export async function renderReportPdf(doc: ReportDocument): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
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

  pdf.font(BOLD).fontSize(22).text(doc.title);
  pdf.moveDown(0.3);
  pdf.font(FONT).fontSize(11);
  for (const line of doc.subtitle) pdf.text(line);
  pdf.moveDown(1);
  for (const section of doc.sections) {
    if (pdf.y > pdf.page.height - MARGIN - 80) pdf.addPage();
    pdf.x = MARGIN;
    pdf.font(BOLD).fontSize(section.level === 1 ? 16 : 13).fillColor("#000000").text(section.heading);
    pdf.moveDown(0.4);
    pdf.font(FONT).fontSize(10);
    for (const text of section.paragraphs) {
      pdf.text(text);
      pdf.moveDown(0.4);
    }
    if (section.table) drawTable(pdf, section.table);
  }
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
