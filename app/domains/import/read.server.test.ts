import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { translate } from "~/kit/i18n";
import { AppError } from "~/kit/errors";
import { importErrorReason } from "./errors";
import { extractDraft } from "./extract";
import { MAX_IMPORT_BYTES, readDocument } from "./read.server";
import { MAX_ZIP_UNCOMPRESSED_BYTES } from "./zip.server";

function pdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 50, ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

/** A zip built by hand, so that its headers can lie. */
function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const compressed = deflateRawSync(entry.data);
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function reason(bytes: Buffer, fileName: string) {
  return importErrorReason(await rejection(readDocument({ bytes, fileName })));
}

describe("guards", () => {
  it("rejects a file over 20 MB before reading it", async () => {
    const error = await rejection(readDocument({ bytes: Buffer.alloc(MAX_IMPORT_BYTES + 1), fileName: "plan.pdf" }));
    expect(importErrorReason(error)).toBe("tooLarge");
    expect(error.code).toBe("payload_too_large");
    expect(translate("nb", error.messageRef?.key ?? "", error.messageRef?.params)).toBe("Filen er for stor. Største tillatte størrelse er 20 MB.");
  });

  it("rejects an empty file and a document without text", async () => {
    expect(await reason(Buffer.alloc(0), "plan.txt")).toBe("empty");
    expect(await reason(Buffer.from(" \n\t\n "), "plan.txt")).toBe("empty");
    const blank = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("")] }] }));
    expect(await reason(blank, "plan.docx")).toBe("empty");
  });

  it("detects the format from the content, not the extension", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(await reason(png, "plan.png")).toBe("unsupportedFormat");
    expect(await reason(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "plan.doc")).toBe("unsupportedFormat");
    expect(await reason(Buffer.from("Tiltak\n"), "plan.exe")).toBe("unsupportedFormat");
    const realPdf = await pdf((doc) => doc.text("Handlingsplan"));
    const mismatch = await rejection(readDocument({ bytes: realPdf, fileName: "plan.docx" }));
    expect(importErrorReason(mismatch)).toBe("typeMismatch");
    expect(translate("nn", mismatch.messageRef?.key ?? "", mismatch.messageRef?.params)).toContain(".docx (fila er PDF)");
  });

  it("rejects corrupt files", async () => {
    expect(await reason(Buffer.from("%PDF-1.7\nthis is not a pdf at all"), "plan.pdf")).toBe("corrupt");
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Tiltak")] }] }));
    expect(await reason(docx.subarray(0, docx.length - 40), "plan.docx")).toBe("corrupt");
  });

  it("rejects an encrypted PDF", async () => {
    const locked = await pdf((doc) => doc.text("Hemmeleg plan"), { userPassword: "hemmeleg", pdfVersion: "1.7" });
    expect(await reason(locked, "plan.pdf")).toBe("encrypted");
  });

  it("rejects a PDF without a text layer with the message from the issue", async () => {
    const scanned = await pdf((doc) => doc.rect(50, 50, 300, 400).fill("#333333"));
    const error = await rejection(readDocument({ bytes: scanned, fileName: "skannet.pdf" }));
    expect(importErrorReason(error)).toBe("noTextLayer");
    expect(translate("nb", error.messageRef?.key ?? "")).toBe("Fant ingen tekst – last opp dokumentet med tekst, eller som Word.");
  });

  it("rejects zip bombs by declared size, by real size and by entry count", async () => {
    const declared = zip([{ name: "word/document.xml", data: Buffer.from("<w:document/>"), declaredSize: MAX_ZIP_UNCOMPRESSED_BYTES + 1 }]);
    expect(await reason(declared, "plan.docx")).toBe("zipBomb");
    // Declares 100 bytes but inflates to 5 MB of zeros (about 5 KB compressed).
    const lying = zip([{ name: "xl/workbook.xml", data: Buffer.alloc(5 * 1024 * 1024), declaredSize: 100 }]);
    expect(await reason(lying, "plan.xlsx")).toBe("zipBomb");
    const many = zip(Array.from({ length: 2_001 }, (_, i) => ({ name: i === 0 ? "word/document.xml" : `f${i}`, data: Buffer.from("x") })));
    expect(await reason(many, "plan.docx")).toBe("zipBomb");
  });

  it("has a message for every reason in both languages", () => {
    expect(translate("nn", "import.error.noTextLayer")).toBe("Fann ingen tekst – last opp dokumentet med tekst, eller som Word.");
    for (const key of ["tooLarge", "unsupportedFormat", "typeMismatch", "corrupt", "encrypted", "noTextLayer", "zipBomb", "empty"]) {
      expect(translate("nb", `import.error.${key}`)).not.toBe(`import.error.${key}`);
      expect(translate("nn", `import.error.${key}`)).not.toBe(`import.error.${key}`);
    }
  });
});

describe("PDF", () => {
  it("rebuilds lines by position, keeps pages and drops running headers and footers", async () => {
    const rows = [
      ["IKT01", "Trådlaust nett i alle skular", "150 000", "H24/V25"],
      ["IKT02", "Ny sakshandsaming for byggesak med digital søknad", "Kr 50-100 000", "25/26"],
      ["IKT03", "Digital postkasse for innbyggjarar", "Ukjent", "Kontinuerleg"],
    ];
    const bytes = await pdf((doc) => {
      for (let page = 1; page <= 3; page++) {
        if (page > 1) doc.addPage();
        doc.fontSize(9).text("Handlingsplan for digitalisering 2024–2026", 50, 30);
        doc.fontSize(11);
        if (page === 1) doc.text("Tiltak i planen", 50, 80);
        const [code, title, cost, period] = rows[page - 1];
        doc.text("Nr", 50, 120).text("Tiltak", 110, 120).text("Kostnad", 330, 120).text("Start/slutt", 450, 120);
        // The title wraps within its column, so the row comes out as a line with cells and a line with the rest.
        doc.text(code, 50, 150).text(title, 110, 150, { width: 190 }).text(cost, 330, 150).text(period, 450, 150);
        if (page === 2) doc.text("Tiltaket blir følgt opp i årsmeldinga.", 50, 260);
        doc.fontSize(9).text(`Side ${page} av 3`, 50, 780);
      }
    });
    const model = await readDocument({ bytes, fileName: "plan.pdf" });
    expect(model.pageCount).toBe(3);
    expect(model.droppedLines).toBe(6);
    expect(model.lines.some((line) => /Side \d av 3|Handlingsplan for digitalisering/u.test(line.text))).toBe(false);
    const row = model.lines.find((line) => line.text.startsWith("IKT02"));
    expect(row).toMatchObject({ page: 2, cells: ["IKT02", "Ny sakshandsaming for byggesak", "Kr 50-100 000", "25/26"] });
    expect(model.lines[row?.line ?? 0]).toMatchObject({ page: 2, text: "med digital søknad" });
    const draft = extractDraft(model);
    expect(draft.measures.map((m) => m.code)).toEqual(["IKT01", "IKT02", "IKT03"]);
    expect(draft.measures[1]).toMatchObject({
      title: "Ny sakshandsaming for byggesak med digital søknad",
      costs: [{ amountNok: 100_000, minNok: 50_000, text: "Kr 50-100 000" }],
      start: "2025",
      end: "2026",
      sources: [{ page: 2, line: row?.line }],
    });
    expect(draft.measures[2]).toMatchObject({ costs: [{ amountNok: null, text: "Ukjent" }], start: "continuous" });
  });
});

describe("DOCX", () => {
  it("keeps headings, paragraphs and Word tables as rows and cells", async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Handlingsplan for digitalisering 2024–2027", heading: HeadingLevel.TITLE }),
            new Paragraph({ children: [new TextRun("Vedteke i kommunestyret 12.03.24, sak 14/24.")], alignment: AlignmentType.LEFT }),
            new Paragraph({ text: "Tiltak", heading: HeadingLevel.HEADING_1 }),
            new Table({
              rows: [
                row(["Nr", "Tiltak", "Ansvarleg", "Kostnad", "Start/slutt", "Mål", "Status"]),
                row(["HO01", "Digitalt tilsyn på natt", "Einingsleiar heimetenester", "200 000,-", "H24/V25", "1,3", "Pågår"]),
                row(["HO02", "Elektronisk medisineringsstøtte", "Fagleiar", "Ukjent", "25/26", "2", "Planlagt"]),
              ],
            }),
          ],
        },
      ],
    });
    const model = await readDocument({ bytes: await Packer.toBuffer(document), fileName: "handlingsplan.docx" });
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0].rows[1].cells).toEqual(["HO01", "Digitalt tilsyn på natt", "Einingsleiar heimetenester", "200 000,-", "H24/V25", "1,3", "Pågår"]);
    const draft = extractDraft(model);
    expect(draft.strategy).toMatchObject({
      title: "Handlingsplan for digitalisering 2024–2027",
      adoptedOn: "2024-03-12",
      caseNumber: "sak 14/24",
      period: "2024–2027",
    });
    expect(draft.measures).toHaveLength(2);
    expect(draft.measures[0]).toMatchObject({
      id: "m-HO01",
      code: "HO01",
      title: "Digitalt tilsyn på natt",
      responsible: "Einingsleiar heimetenester",
      costs: [{ amountNok: 200_000 }],
      start: "2024H2",
      end: "2025H1",
      goalNumbers: [1, 3],
      status: "in_progress",
    });
    expect(draft.measures[1]).toMatchObject({ status: "planned", costs: [{ amountNok: null, text: "Ukjent" }] });
    expect(draft.measures[0].fieldSources.responsible?.excerpt).toContain("Einingsleiar heimetenester");
  });
});

describe("DOCX goal table", () => {
  it("reads the Høylandet goal table when it comes as a Word document", async () => {
    // The fixture's tab-separated rows become a Word table, its other lines paragraphs.
    const text = readFileSync("tests/fixtures/plans/hoylandet-strategi-digitalisering-2023-2027.txt", "utf8");
    const children: (Paragraph | Table)[] = [];
    let rows: TableRow[] = [];
    const flush = () => {
      if (rows.length > 0) children.push(new Table({ rows }));
      rows = [];
    };
    for (const line of text.split("\n")) {
      if (line.includes("\t")) {
        const cells = line.split("\t").slice(0, 5);
        while (cells.length < 5) cells.push("");
        rows.push(new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }));
      } else if (line.trim() !== "") {
        flush();
        children.push(new Paragraph(line));
      }
    }
    flush();
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
    const draft = extractDraft(await readDocument({ bytes, fileName: "hoylandet.docx" }));
    expect(draft.measures).toHaveLength(44);
    expect(draft.goals.filter((g) => g.parent === null)).toHaveLength(7);
    expect(draft.measures.find((m) => m.code === "7.2.1")).toMatchObject({
      responsible: "Fagleder digitalisering",
      indicator: "Digital ressursgruppe opprettet",
      goalNumbers: [7],
    });
  });
});

describe("XLSX and CSV", () => {
  it("reads the rows of an Excel sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tiltak");
    sheet.addRow(["Tiltak", "Sektor", "Ansvarlig", "Kostnad", "Prioritet", "Brukerretta"]);
    sheet.addRow(["Chatbot på nettsiden", "Fellestjenester", "Kommunikasjonssjef", 75000, 1, "X"]);
    sheet.addRow(["Digital timebestilling", "Helse og omsorg", "Tjenesteleder", "Kr 20 000,-", 2, ""]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const draft = extractDraft(await readDocument({ bytes, fileName: "tiltak.xlsx" }));
    expect(draft.measures).toHaveLength(2);
    expect(draft.measures[0]).toMatchObject({
      code: null,
      suggestedCode: "FEL01",
      title: "Chatbot på nettsiden",
      sector: "Fellestjenester",
      priority: 1,
      userOriented: true,
    });
    expect(draft.measures[1]).toMatchObject({ suggestedCode: "HO01", costs: [{ amountNok: 20_000 }], priority: 2, userOriented: false });
  });

  it("reads a Windows-1252 CSV with semicolons and quotes", async () => {
    const text =
      'Nr;Tiltak;Ansvarlig;Kostnad;Start/slutt\r\nPT01;"Søknad om byggeløyve; digitalt";Byggesaksleder;"150 000";H25/V26\r\nPT02;Kartløsning for innbyggere;Geodata;Ukjent;Kontinuerlig\r\n';
    const bytes = iconv.encode(text, "win1252");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const model = await readDocument({ bytes, fileName: "tiltak.csv" });
    expect(model.format).toBe("csv");
    const draft = extractDraft(model);
    expect(draft.measures.map((m) => [m.code, m.title])).toEqual([
      ["PT01", "Søknad om byggeløyve; digitalt"],
      ["PT02", "Kartløsning for innbyggere"],
    ]);
    expect(draft.measures[0]).toMatchObject({ responsible: "Byggesaksleder", costs: [{ amountNok: 150_000 }], start: "2025H2", end: "2026H1" });
  });

  it("reads a comma-separated UTF-8 CSV", async () => {
    const bytes = Buffer.from('\uFEFFNr,Tiltak,Mål\nO01,Nytt oppvekstsystem,"1,4"\nO02,Digital kommunikasjon med foresatte,2\n');
    const draft = extractDraft(await readDocument({ bytes, fileName: "tiltak.csv" }));
    expect(draft.measures.map((m) => [m.code, m.goalNumbers])).toEqual([
      ["O01", [1, 4]],
      ["O02", [2]],
    ]);
  });
});
