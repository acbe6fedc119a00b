/**
 * The council report as a Word document (docx): the Title style, real Heading 1 and Heading 2 paragraphs and real
 * tables with a repeating header row, so the council secretary can edit it and build a table of contents.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { ReportDocument, ReportTable } from "./sections";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function cellParagraph(text: string, { bold = false, numeric = false }: { bold?: boolean; numeric?: boolean }): Paragraph {
  return new Paragraph({ alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold })] });
}

function toTable(table: ReportTable): Table {
  const header = new TableRow({
    tableHeader: true,
    children: table.headers.map((h, i) => new TableCell({ children: [cellParagraph(h, { bold: true, numeric: table.numeric[i] })] })),
  });
  const rows = table.rows.map(
    (row) => new TableRow({ children: row.map((cell, i) => new TableCell({ children: [cellParagraph(cell, { numeric: table.numeric[i] })] })) }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

export async function renderReportDocx(doc: ReportDocument): Promise<Uint8Array> {
  const language = { value: doc.lang === "nn" ? "nn-NO" : "nb-NO" };
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    ...doc.subtitle.map((line) => new Paragraph({ text: line })),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ text: section.heading, heading: section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    for (const text of section.paragraphs) children.push(new Paragraph({ text }));
    if (section.table) {
      children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: section.table.caption, italics: true })] }));
      children.push(toTable(section.table));
      children.push(new Paragraph({ text: "" }));
    }
  }
  const document = new Document({
    title: `${doc.title} – ${doc.subtitle[0]}`,
    creator: "Retning",
    styles: { default: { document: { run: { font: "Calibri", language } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
