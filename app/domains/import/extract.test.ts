import { describe, expect, it } from "vitest";
import { extractDraft } from "./extract";
import { reasonAfterTitle } from "./merge";
import { statusHeading, readLabelledLine, labelField } from "./labels";
import { textToModel } from "./text";

const draftOf = (text: string) => extractDraft(textToModel(text, "plan.txt"));

describe("status list headings", () => {
  it.each([
    ["Prioriterte tiltak 2020", "prioritised"],
    ["Tiltak 2020 finansiert over egne budsjettrammer", "prioritised"],
    ["Pågående tiltak", "in_progress"],
    ["Pågåande tiltak", "in_progress"],
    ["Tiltak som utgår", "dropped"],
    ["Tiltak som fell bort", "dropped"],
    ["Gjennomførte tiltak", "completed"],
    ["Fullførte tiltak 2019", "completed"],
    ["Tiltaka er beskrivne under", null],
  ])("%s", (text, status) => {
    expect(statusHeading(text)).toBe(status);
  });
});

describe("labels", () => {
  it("reads block labels in bokmål and nynorsk", () => {
    expect(readLabelledLine("Ansvarleg: Rektor")).toEqual({ field: "responsible", label: "Ansvarleg", value: "Rektor" });
    expect(readLabelledLine("Gjennomførleg: Høg")).toMatchObject({ field: "feasibility", value: "Høg" });
    expect(readLabelledLine("Prioritering 3")).toMatchObject({ field: "priority", value: "3" });
    expect(readLabelledLine("Start/slutt: H18/V19")).toMatchObject({ field: "period" });
    expect(readLabelledLine("Merk: dette er ikkje eit felt")).toBeNull();
  });

  it("maps table headers", () => {
    expect(labelField("Tiltak nr")).toBe("code");
    expect(labelField("Tiltak 2023")).toBe("title");
    expect(labelField("Ansvarlig / Måleindikator")).toBe("responsible");
    expect(labelField("Hovedmål")).toBe("goal");
    expect(labelField("BT")).toBe("userOriented");
    expect(labelField("Merknad")).toBeNull();
  });
});

describe("prefix codes and status lists", () => {
  const plan = [
    "Prioriterte tiltak 2025",
    "",
    "1 IKT01 Nytt trådlaust nett X 150 000,-",
    "",
    "2 IKT02 Digital signatur 20 000,-",
    "",
    "Pågående tiltak",
    "",
    " IKT03 Skytenester for skulane H24/V25",
    "",
    "Tiltak som utgår",
    "",
    "IKT04 Eiga intranettløysing  Erstatta av Teams.",
    "",
    "Gjennomførte tiltak",
    "",
    "2024",
    "",
    "IKT05 Fiber til rådhuset",
  ].join("\n");

  it("reads priority, BT marker, cost, period and the status of each list", () => {
    const draft = draftOf(plan);
    expect(draft.layouts).toEqual(expect.arrayContaining(["prefix-codes", "status-lists"]));
    expect(draft.measures.map((m) => [m.code, m.status])).toEqual([
      ["IKT01", "prioritised"],
      ["IKT02", "prioritised"],
      ["IKT03", "in_progress"],
      ["IKT04", "dropped"],
      ["IKT05", "completed"],
    ]);
    expect(draft.measures[0]).toMatchObject({ title: "Nytt trådlaust nett", priority: 1, userOriented: true, costs: [{ amountNok: 150_000 }] });
    expect(draft.measures[2]).toMatchObject({ title: "Skytenester for skulane", start: "2024H2", end: "2025H1" });
    expect(draft.measures[3]).toMatchObject({ title: "Eiga intranettløysing", statusReason: "Erstatta av Teams." });
    expect(draft.measures[4]).toMatchObject({ completedYear: 2024 });
  });

  it("needs three codes with the same prefix before it trusts a prefix", () => {
    expect(draftOf("Pågående tiltak\n\nAB12 Noko\n\nAB13 Anna").measures).toEqual([]);
  });

  it("reads numbered measures under a measure heading, but not numbered chapters", () => {
    const chapters = "2.1.1 Bakgrunn for arbeidet\n\n2.1.2 Metode og kjelder\n\n2.1.3 Organisering av arbeidet";
    expect(draftOf(chapters).measures).toEqual([]);
    const measures = draftOf(`Tiltak 2025\n\n${chapters.replace(/Bakgrunn for arbeidet/u, "Ny nettside")}`).measures;
    expect(measures.map((m) => [m.code, m.title])).toEqual([
      ["2.1.1", "Ny nettside"],
      ["2.1.2", "Metode og kjelder"],
      ["2.1.3", "Organisering av arbeidet"],
    ]);
  });

  it("does not take half-years for codes", () => {
    const draft = draftOf("Pågående tiltak\n\nH18 start\n\nH19 slutt\n\nV20 vår\n\nH21 haust");
    expect(draft.measures).toEqual([]);
  });

  it("merges a measure found in a list, a detail row and a paragraph into one, keeping every source", () => {
    const text = [
      "Pågående tiltak",
      "",
      "PT01 Digitalt planarkiv H24/V25",
      "PT02 Kartinnsyn 2025",
      "PT03 Byggesak på nett 2025",
      "",
      "Plan og teknikk",
      "",
      "PT01 Digitalt planarkiv",
      "",
      "Kr 300 000,-",
      "",
      "Raskare svar til innbyggjarar og mindre leiting etter papir",
      "",
      "H24/V25 1,3",
      "",
      "PT01 Arkivet skal skannast og gjerast søkbart, slik at saksbehandlarane slepp å leite i papirarkivet i kjellaren.",
    ].join("\n");
    const draft = draftOf(text);
    const measure = draft.measures.find((m) => m.code === "PT01");
    expect(measure).toMatchObject({
      title: "Digitalt planarkiv",
      status: "in_progress",
      sector: "Plan og teknikk",
      costs: [{ amountNok: 300_000 }],
      goalNumbers: [1, 3],
      benefits: { qualitative: "Raskare svar til innbyggjarar og mindre leiting etter papir" },
    });
    expect(measure?.description).toContain("Arkivet skal skannast");
    expect(measure?.sources.map((s) => s.line)).toEqual([3, 9, 17]);
    expect(measure?.fieldSources.costs?.line).toBe(11);
    expect(measure?.confidence).toBeGreaterThan(draft.measures.find((m) => m.code === "PT02")?.confidence ?? 1);
  });

  it("records a measure moved to another code", () => {
    const text = "Pågående tiltak\n\nTF01 Personvern\n(tidl IKT08)\n\nTF02 Arkiv\n\nTF03 Opplæring";
    const moved = draftOf(text).measures.find((m) => m.code === "IKT08");
    expect(moved).toMatchObject({ status: "merged", movedTo: "TF01", title: "Personvern" });
  });
});

describe("numbered goals", () => {
  it("reads numbered main goals after a line about goals", () => {
    const draft = draftOf("Hovudmål\n\n1. Enkel kommune.\n2. Trygg informasjon.\n3. Dyktige tilsette.");
    expect(draft.goals.map((g) => [g.number, g.title, g.parent])).toEqual([
      ["1", "Enkel kommune", null],
      ["2", "Trygg informasjon", null],
      ["3", "Dyktige tilsette", null],
    ]);
  });

  it("ignores numbered lists that are not about goals", () => {
    expect(draftOf("Slik gjer du det\n\n1. Opne sida.\n2. Logg inn.\n3. Send.").goals).toEqual([]);
  });

  it("reads a tab-separated goal table with wrapped cells", () => {
    const text = [
      "Hovedmål\tStrategi\tTiltak\tAnsvarlig / Måleindikator",
      "Mål 1 Enkel kommune\t1.1 Nettside\t1.1.1 Ny nettside\tWebredaktør Måleindikator: Ny side i drift",
      "\t1.2\t1.2.1 Chat\tServicetorget",
      "\tGod dialog\tmed innbyggjarane\tMåleindikator: Tal samtalar",
    ].join("\n");
    const draft = draftOf(text);
    expect(draft.goals.map((g) => [g.number, g.title, g.parent])).toEqual([
      ["1", "Enkel kommune", null],
      ["1.1", "Nettside", "1"],
      ["1.2", "God dialog", "1"],
    ]);
    expect(draft.measures.map((m) => [m.code, m.title, m.responsible, m.indicator, m.goalNumbers])).toEqual([
      ["1.1.1", "Ny nettside", "Webredaktør", "Ny side i drift", [1]],
      ["1.2.1", "Chat med innbyggjarane", "Servicetorget", "Tal samtalar", [1]],
    ]);
  });
});

describe("reasonAfterTitle", () => {
  it("splits a dropped row where title and reason run together", () => {
    expect(reasonAfterTitle("Samle og optimalisere faktureringsarbeid Ikke hensiktsmessig.", "Samle og optimalisere fakturerings-arbeid")).toBe(
      "Ikke hensiktsmessig.",
    );
    expect(reasonAfterTitle("Noe annet", "Samle")).toBeNull();
  });
});
