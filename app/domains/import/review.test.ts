import { describe, expect, it } from "vitest";
import { draftMeasure } from "../../../tests/setup/import-draft";
import type { DraftMeasure, ImportDraft } from "./draft";
import { titleSimilarity } from "./queries.server";
import { decideDraftMeasure, deleteDraftGoals, deleteDraftMeasures, editDraftMeasure, mergeDraftMeasures, setDraftSector, splitDraftMeasure } from "./review";

function row(id: string, fields: Partial<DraftMeasure> = {}): DraftMeasure {
  return draftMeasure(id, { page: null, line: Number(id.replace(/\D/gu, "")) || 1, excerpt: id }, { title: `Tiltak ${id}`, ...fields });
}

function draft(measures: DraftMeasure[]): ImportDraft {
  return {
    file: { name: "plan.txt", format: "txt", pages: null, lines: 10 },
    layouts: [],
    strategy: { title: null, municipality: null, period: null, adoptedOn: null, caseNumber: null, sources: {} },
    goals: [
      { id: "g-1", number: "1", title: "Mål 1", parent: null, sources: [] },
      { id: "g-1.1", number: "1.1", title: "Delmål", parent: "1", sources: [] },
      { id: "g-1.1.1", number: "1.1.1", title: "Under delmål", parent: "1.1", sources: [] },
      { id: "g-2", number: "2", title: "Mål 2", parent: null, sources: [] },
    ],
    principles: [],
    measures,
    warnings: [],
  };
}

describe("review operations", () => {
  it("merging keeps the first row's code and title, joins texts, unites lists and keeps every source", () => {
    const d = draft([
      row("m-A1", { description: "Første", goalNumbers: [2], costs: [{ amountNok: 10, minNok: 10, text: "10 kr" }] }),
      row("m-A2", { description: "Andre", goalNumbers: [1, 2], responsible: "Rådgiver", costs: [{ amountNok: 20, minNok: 20, text: "20 kr" }] }),
      row("m-A3"),
    ]);
    const merged = mergeDraftMeasures(d, ["m-A1", "m-A2"]);
    expect(merged.measures.map((m) => m.id)).toEqual(["m-A1", "m-A3"]);
    expect(merged.measures[0]).toMatchObject({
      code: "A1",
      title: "Tiltak m-A1",
      description: "Første\n\nAndre",
      goalNumbers: [1, 2],
      responsible: "Rådgiver",
    });
    expect(merged.measures[0].costs.map((c) => c.amountNok)).toEqual([10, 20]);
    expect(merged.measures[0].sources.map((s) => s.excerpt)).toEqual(["m-A1", "m-A2"]);
    expect(mergeDraftMeasures(d, ["m-A1"])).toBe(d);
    expect(d.measures).toHaveLength(3);
  });

  it("splitting adds a row after the original, without code, costs or benefits, sharing goals and sources", () => {
    const d = draft([row("m-A1", { goalNumbers: [1], responsible: "Leder", costs: [{ amountNok: 5, minNok: 5, text: "5" }] }), row("m-A2")]);
    const split = splitDraftMeasure(splitDraftMeasure(d, "m-A1", { title: "  Ny   del ", description: null }), "m-A1", { title: "Tredje", description: "x" });
    expect(split.measures.map((m) => m.id)).toEqual(["m-A1", "m-A1-3", "m-A1-2", "m-A2"]);
    expect(split.measures[2]).toMatchObject({ code: null, title: "Ny del", goalNumbers: [1], responsible: "Leder", costs: [], confidence: 1 });
    expect(split.measures[2].sources).toEqual(d.measures[0].sources);
  });

  it("editing trusts the row; deleting, sectors and decisions touch only the chosen rows", () => {
    const d = draft([row("m-A1"), row("m-A2"), row("m-A3")]);
    const edited = editDraftMeasure(d, "m-A2", { ...d.measures[1], title: "Rettet" });
    expect(edited.measures[1]).toMatchObject({ title: "Rettet", confidence: 1 });
    expect(deleteDraftMeasures(d, ["m-A1", "m-A3"]).measures.map((m) => m.id)).toEqual(["m-A2"]);
    const sectors = setDraftSector(d, ["m-A1", "m-A3"], "sector-1");
    expect(sectors.measures.map((m) => m.review?.sectorId ?? "-")).toEqual(["sector-1", "-", "sector-1"]);
    const decided = decideDraftMeasure(sectors, "m-A1", { action: "skip", matchId: null });
    expect(decided.measures[0].review).toEqual({ sectorId: "sector-1", action: "skip", matchId: null });
  });

  it("deleting a goal deletes its sub-goals and the measures' references to them", () => {
    const d = draft([row("m-A1", { goalNumbers: [1, 2] })]);
    const result = deleteDraftGoals(d, ["g-1"]);
    expect(result.goals.map((g) => g.number)).toEqual(["2"]);
    expect(result.measures[0].goalNumbers).toEqual([2]);
  });
});

describe("similar titles", () => {
  it("ignores case, punctuation and small words", () => {
    expect(titleSimilarity("Digital tilsynsordning om natten", "digital tilsynsordning for natten!")).toBe(1);
    expect(titleSimilarity("Velferdsteknologi i hjemmetjenesten", "Velferdsteknologi i hjemmetjenesten og på sykehjem")).toBeGreaterThanOrEqual(0.5);
    expect(titleSimilarity("Ny nettside", "Sentralbord")).toBe(0);
    expect(titleSimilarity("", "Sentralbord")).toBe(0);
  });
});
