import { describe, expect, it } from "vitest";
import { diffSnapshots, type SnapshotMeasure } from "./diff";

function row(id: string, overrides: Partial<SnapshotMeasure> = {}): SnapshotMeasure {
  return {
    measureId: id,
    code: id.toUpperCase(),
    title: `Tiltak ${id}`,
    sectorId: null,
    sectorName: null,
    status: "in_progress",
    priority: null,
    mergedIntoCode: null,
    costTotalNok: 0,
    costUnknownLines: 0,
    overall: null,
    progressPercent: null,
    statusPeriod: null,
    ...overrides,
  };
}

describe("diffSnapshots", () => {
  it("finds nothing between identical snapshots", () => {
    const rows = [row("a"), row("b", { overall: "green" })];
    expect(diffSnapshots({ from: rows, to: rows })).toEqual({
      added: [],
      removed: [],
      completed: [],
      dropped: [],
      moved: [],
      statusChanges: [],
      lightChanges: [],
    });
  });

  it("sorts measures into new, removed, completed, dropped, moved and merged", () => {
    const from = [row("a"), row("b"), row("c"), row("d", { code: "HO01" }), row("e"), row("gone")];
    const to = [
      row("a"),
      row("b", { status: "completed" }),
      row("c", { status: "dropped" }),
      row("d", { code: "TF09" }),
      row("e", { status: "merged", mergedIntoCode: "A" }),
      row("new", { code: "N1", status: "idea" }),
    ];
    const diff = diffSnapshots({ from, to });
    expect(diff.added.map((m) => m.code)).toEqual(["N1"]);
    expect(diff.removed.map((m) => m.code)).toEqual(["GONE"]);
    expect(diff.completed.map((m) => m.code)).toEqual(["B"]);
    expect(diff.dropped.map((m) => m.code)).toEqual(["C"]);
    expect(diff.moved).toEqual([
      { measureId: "e", fromCode: "E", toCode: "E", title: "Tiltak e", mergedIntoCode: "A" },
      { measureId: "d", fromCode: "HO01", toCode: "TF09", title: "Tiltak d", mergedIntoCode: null },
    ]);
    expect(diff.statusChanges.map((c) => [c.code, c.from, c.to])).toEqual([
      ["B", "in_progress", "completed"],
      ["C", "in_progress", "dropped"],
      ["E", "in_progress", "merged"],
    ]);
  });

  it("reports changed traffic lights, including a first status and a measure still merged", () => {
    const from = [row("a", { overall: "green" }), row("b"), row("m", { status: "merged", mergedIntoCode: "A" })];
    const to = [row("a", { overall: "red" }), row("b", { overall: "yellow" }), row("m", { status: "merged", mergedIntoCode: "A" })];
    const diff = diffSnapshots({ from, to });
    expect(diff.lightChanges.map((c) => [c.code, c.from, c.to])).toEqual([
      ["A", "green", "red"],
      ["B", null, "yellow"],
    ]);
    expect(diff.moved).toEqual([]);
    expect(diff.statusChanges).toEqual([]);
  });

  it("does not count a new measure that starts completed as completed", () => {
    const diff = diffSnapshots({ from: [], to: [row("x", { status: "completed" })] });
    expect(diff.added).toHaveLength(1);
    expect(diff.completed).toHaveLength(0);
  });
});
