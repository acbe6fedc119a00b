import { describe, expect, it } from "vitest";
import { AppError } from "~/kit/errors";
import {
  type ColumnField,
  columnFieldName,
  findColumnTables,
  guessColumnField,
  guessTableColumns,
  headerLineName,
  normalizeHeader,
  readColumnChoices,
} from "./columns";
import { extractDraft } from "./extract";
import { modelFromRows } from "./model";
import { csvToModel, textToModel } from "./text";

const none = new Map<string, ColumnField | null>();

/** A CSV whose headers extraction does not know: nothing is found without a mapping. */
const UNUSUAL_CSV = [
  "Hva skal gjøres;Hvem;Kroner;Kommentar",
  "Digital postkasse for innbyggere;Arkivleder;150 000;Avventer anbud",
  "Ny nettside;Kommunikasjonssjef;Kr 50-100 000;",
  "Chatbot;Servicetorget;Ukjent;Prøveprosjekt",
  "Skjema for barnehageplass;Oppvekstsjef;20 000,-;Tjenesteleder",
].join("\n");

describe("normalising headers", () => {
  it("lower-cases, collapses white space (also no-break spaces) and composes to NFC", () => {
    expect(normalizeHeader("  Ansvarlig\u00a0 /\n  Måleindikator ")).toBe("ansvarlig / måleindikator");
    expect(normalizeHeader("MA\u030AL")).toBe("mål");
    expect(normalizeHeader("MA\u030AL")).toBe("m\u00e5l");
    expect(normalizeHeader("   ")).toBe("");
  });
});

describe("guessing a column's field from its header", () => {
  it.each([
    ["Tiltak", "title"],
    ["Tiltak 2024", "title"],
    ["Namn", "title"],
    ["Nr", "code"],
    ["Tiltak nr.", "code"],
    ["Ansvarlig", "responsible"],
    ["Ansvarleg", "responsible"],
    ["Kostnad", "cost"],
    ["Budsjett", "cost"],
    ["Gevinst", "qualitative"],
    ["Gevinstar", "qualitative"],
    ["Kvantitativ gevinst", "quantitative"],
    ["Start/slutt", "period"],
    ["Status", "status"],
    ["Prioritet", "priority"],
    ["Prioritering", "priority"],
    ["Mål", "goalNumbers"],
    ["Sektor", "sector"],
    ["Tenesteområde", "sector"],
    ["Skildring", "description"],
    ["Måleindikatorar", "indicator"],
    ["Brukarretta", "userOriented"],
    ["Hovudmål", "goal"],
    ["Hva skal gjøres", null],
    ["Gjennomførleg", null],
    ["", null],
  ])("%s → %s", (header, field) => {
    expect(guessColumnField(header, none)).toBe(field);
  });

  it("uses the municipality's saved choice before the label, also a saved 'do not import'", () => {
    const saved = new Map<string, ColumnField | null>([
      ["hvem", "responsible"],
      ["tiltak", null],
      ["mål", "indicator"],
    ]);
    expect(guessColumnField("Hvem", saved)).toBe("responsible");
    expect(guessColumnField(" TILTAK ", saved)).toBeNull();
    expect(guessColumnField("MA\u030AL", saved)).toBe("indicator");
    expect(guessColumnField("Ansvarleg", saved)).toBe("responsible");
  });

  it("uses a field once per table, saved choices first", () => {
    expect(guessTableColumns(["Tiltak", "Navn", "Ansvar", "Ansvarlig"], none)).toEqual(["title", null, "responsible", null]);
    const saved = new Map<string, ColumnField | null>([["hva skal gjøres", "title"]]);
    expect(guessTableColumns(["Tiltak", "Hva skal gjøres", "Kroner"], saved)).toEqual([null, "title", null]);
  });
});

describe("tables that could be measure lists", () => {
  it("shows a CSV table with unusual headers: the first row is the header, with up to three samples", () => {
    const [table, ...rest] = findColumnTables(csvToModel(UNUSUAL_CSV, "tiltak.csv"), none);
    expect(rest).toEqual([]);
    expect(table).toEqual({
      index: 0,
      name: null,
      headerLine: 1,
      headers: ["Hva skal gjøres", "Hvem", "Kroner", "Kommentar"],
      samples: [
        ["Digital postkasse for innbyggere", "Arkivleder", "150 000", "Avventer anbud"],
        ["Ny nettside", "Kommunikasjonssjef", "Kr 50-100 000", ""],
        ["Chatbot", "Servicetorget", "Ukjent", "Prøveprosjekt"],
      ],
      rowCount: 4,
      guess: [null, null, null, null],
    });
  });

  it("finds the header row of an Excel sheet below a two-cell title row, and guesses from saved choices", () => {
    const model = modelFromRows("xlsx", "plan.xlsx", [
      { text: "Handlingsplan 2025" },
      { cells: ["Oppdatert", "2025-01-10"], tableName: "Tiltak" },
      { cells: ["Nr", "Tiltak", "Hvem"], tableName: "Tiltak" },
      { cells: ["IKT01", "Nytt sak/arkiv", "IKT-leder"], tableName: "Tiltak" },
      { cells: ["Navn", "Telefon"], tableName: "Kontakter" },
    ]);
    const tables = findColumnTables(model, new Map([["hvem", "responsible"]]));
    expect(tables.map((t) => [t.index, t.name, t.headerLine, t.guess])).toEqual([[0, "Tiltak", 3, ["code", "title", "responsible"]]]);
  });

  it("is only for spreadsheets and CSV files", () => {
    expect(findColumnTables(textToModel("Tiltak\tAnsvar\nNy nettside\tRådmann\n", "plan.txt"), none)).toEqual([]);
  });
});

describe("extraction with a column mapping", () => {
  const model = csvToModel(UNUSUAL_CSV, "tiltak.csv");

  it("finds nothing in the unusual table without a mapping", () => {
    expect(extractDraft(model).measures).toEqual([]);
  });

  it("reads the measures with the columns mapped by hand; an ignored column is not used", () => {
    const draft = extractDraft(model, { columnMapping: { 0: { headerLine: 1, columns: ["title", "responsible", "cost", null] } } });
    expect(draft.layouts).toContain("table");
    expect(draft.measures.map((m) => [m.title, m.responsible, m.costs[0]?.amountNok])).toEqual([
      ["Digital postkasse for innbyggere", "Arkivleder", 150_000],
      ["Ny nettside", "Kommunikasjonssjef", 100_000],
      ["Chatbot", "Servicetorget", null],
      ["Skjema for barnehageplass", "Oppvekstsjef", 20_000],
    ]);
    expect(draft.measures[0].fieldSources.responsible).toEqual({ page: null, line: 2, excerpt: "Arkivleder" });
    const text = JSON.stringify(draft.measures.map(({ sources: _sources, fieldSources: _fieldSources, ...fields }) => fields));
    expect(text).not.toContain("Avventer anbud");
    expect(text).not.toContain("Prøveprosjekt");

    const withoutCost = extractDraft(model, { columnMapping: { 0: { headerLine: 1, columns: ["title", "responsible", null, null] } } });
    expect(withoutCost.measures.every((m) => m.costs.length === 0)).toBe(true);
  });

  it("overrides the guessed header: a known header mapped by hand, rows above the header row skipped", () => {
    const csv = "Liste;Utkast\nTiltak;Ansvarlig;Sektor\nNy nettside;Rådmann;Stab\n";
    const known = csvToModel(csv, "t.csv");
    expect(extractDraft(known).measures.map((m) => [m.title, m.responsible, m.sector])).toEqual([["Ny nettside", "Rådmann", "Stab"]]);
    const mapped = extractDraft(known, { columnMapping: { 0: { headerLine: 2, columns: ["title", "description", null] } } });
    expect(mapped.measures.map((m) => [m.title, m.responsible, m.description, m.sector])).toEqual([["Ny nettside", null, "Rådmann", null]]);
  });

  it("a description column becomes the measure's description, also without a mapping", () => {
    const draft = extractDraft(csvToModel("Tiltak;Beskrivelse\nNy nettside;Universelt utformet og på nynorsk\n", "t.csv"));
    expect(draft.measures[0]).toMatchObject({ title: "Ny nettside", description: "Universelt utformet og på nynorsk" });
    expect(draft.measures[0].fieldSources.description?.line).toBe(2);
  });

  it("a table with every column ignored gives nothing", () => {
    const csv = "Tiltak;Ansvarlig\nNy nettside;Rådmann\n";
    expect(extractDraft(csvToModel(csv, "t.csv"), { columnMapping: { 0: { headerLine: 1, columns: [null, null] } } }).measures).toEqual([]);
  });

  it("without a mapping (or with an empty one) the draft is exactly the default", () => {
    const csv = "Nr;Tiltak;Ansvarlig\nPT01;Byggesak;Leder\nPT02;Kart;Geodata\n";
    const plain = extractDraft(csvToModel(csv, "t.csv"));
    expect(extractDraft(csvToModel(csv, "t.csv"), {})).toEqual(plain);
    expect(extractDraft(csvToModel(csv, "t.csv"), { columnMapping: {} })).toEqual(plain);
  });
});

describe("reading the submitted choices", () => {
  const tables = findColumnTables(
    modelFromRows("xlsx", "plan.xlsx", [
      { cells: ["Hva skal gjøres", "Hvem", "Kroner"], tableName: "Ark1" },
      { cells: ["Ny nettside", "Rådmann", "10 000"], tableName: "Ark1" },
      { cells: ["Navn", "Telefon"], tableName: "Kontakter" },
      { cells: ["Kari", "12345678"], tableName: "Kontakter" },
    ]),
    none,
  );
  const form = (choices: Record<string, string>) => (name: string) => ({ [headerLineName(0)]: "1", [headerLineName(1)]: "3", ...choices })[name] ?? null;
  const errorOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error as AppError;
    }
    throw new Error("expected an error");
  };

  it("gives the mapping for extraction and the choices of the used tables to save", () => {
    const { columnMapping, entries } = readColumnChoices(
      tables,
      form({
        [columnFieldName(0, 0)]: "title",
        [columnFieldName(0, 1)]: "responsible",
        [columnFieldName(0, 2)]: "ignore",
        [columnFieldName(1, 0)]: "ignore",
        [columnFieldName(1, 1)]: "ignore",
      }),
    );
    expect(columnMapping).toEqual({ 0: { headerLine: 1, columns: ["title", "responsible", null] }, 1: { headerLine: 3, columns: [null, null] } });
    expect(entries).toEqual([
      { header: "hva skal gjøres", field: "title" },
      { header: "hvem", field: "responsible" },
      { header: "kroner", field: null },
    ]);
  });

  it("a used table needs a title column, and a field may be chosen once per table", () => {
    const error = errorOf(() =>
      readColumnChoices(tables, form({ [columnFieldName(0, 0)]: "responsible", [columnFieldName(0, 1)]: "responsible", [columnFieldName(1, 0)]: "title" })),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("validation");
    expect(error.fieldErrors).toEqual({
      "table-0": { key: "importColumns.error.titleRequired" },
      [columnFieldName(0, 1)]: { key: "importColumns.error.duplicate", params: { column: "Hva skal gjøres" } },
    });
  });

  it("at least one table must be used", () => {
    const error = errorOf(() => readColumnChoices(tables, form({})));
    expect(error.code).toBe("validation");
    expect(error.messageRef).toEqual({ key: "importColumns.error.nothingMapped" });
  });

  it("an unknown field is a bad request, and a header row that moved is a conflict", () => {
    expect(errorOf(() => readColumnChoices(tables, form({ [columnFieldName(0, 0)]: "password" }))).code).toBe("bad_request");
    expect(errorOf(() => readColumnChoices(tables, form({ [columnFieldName(0, 0)]: "title", [headerLineName(0)]: "2" }))).code).toBe("conflict");
  });
});
