// The fixture plans against the expected outputs written by hand in tests/fixtures/plans/*.expected.json.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DraftMeasure, ImportDraft } from "./draft";
import { extractDraft } from "./extract";
import { readDocument } from "./read.server";

const DIR = path.resolve("tests/fixtures/plans");

interface ExpectedMeasure extends Partial<Omit<DraftMeasure, "costs">> {
  costs?: Partial<DraftMeasure["costs"][number]>[];
  descriptionContains?: string;
  statusReasonStartsWith?: string;
}

interface Expected {
  strategy?: Partial<ImportDraft["strategy"]>;
  measureCount: number;
  codesPerPrefix?: Record<string, number>;
  sectors?: Record<string, string>;
  mainGoals?: string[];
  subGoals?: string[];
  measuresPerGoal?: Record<string, number>;
  goals?: { number: string; title: string; parent?: string }[];
  principles?: { title: string; descriptionStartsWith: string }[];
  status?: {
    prioritised?: string[];
    in_progress?: string[];
    dropped?: string[];
    completed?: Record<string, string[]>;
    merged?: Record<string, string>;
  };
  measures?: ExpectedMeasure[];
}

const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith(".expected.json"))
  .map((name) => name.replace(/\.expected\.json$/u, ""));

describe.each(fixtures)("%s", (name) => {
  const expected = JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), "utf8")) as Expected;
  let draft: ImportDraft;
  const byCode = (code: string) => draft.measures.find((m) => m.code === code);

  beforeAll(async () => {
    const fileName = `${name}.txt`;
    draft = extractDraft(await readDocument({ bytes: readFileSync(path.join(DIR, fileName)), fileName }));
  });

  it("finds the strategy metadata", () => {
    expect(draft.strategy).toMatchObject(expected.strategy ?? {});
  });

  it("finds the expected number of measures, each with a title, sources and a confidence", () => {
    expect(draft.measures).toHaveLength(expected.measureCount);
    expect(new Set(draft.measures.map((m) => m.id)).size).toBe(draft.measures.length);
    for (const measure of draft.measures) {
      expect(measure.title, measure.id).not.toBe("");
      expect(measure.sources.length, measure.id).toBeGreaterThan(0);
      expect(measure.confidence).toBeGreaterThan(0);
      expect(measure.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("finds the codes and sectors", () => {
    if (expected.codesPerPrefix) {
      const counts: Record<string, number> = {};
      for (const m of draft.measures) {
        const prefix = /^[A-ZÆØÅ]+/u.exec(m.code ?? "")?.[0] ?? "";
        counts[prefix] = (counts[prefix] ?? 0) + 1;
      }
      expect(counts).toEqual(expected.codesPerPrefix);
    }
    for (const [prefix, sector] of Object.entries(expected.sectors ?? {})) {
      const sectors = new Set(draft.measures.filter((m) => new RegExp(`^${prefix}\\d`, "u").test(m.code ?? "")).map((m) => m.sector));
      expect([...sectors], prefix).toEqual([sector]);
    }
  });

  it("finds the goals and principles", () => {
    if (expected.mainGoals) expect(draft.goals.filter((g) => g.parent === null).map((g) => g.number)).toEqual(expected.mainGoals);
    if (expected.subGoals) expect(draft.goals.filter((g) => g.parent !== null).map((g) => g.number)).toEqual(expected.subGoals);
    for (const goal of expected.goals ?? []) expect(draft.goals.find((g) => g.number === goal.number)).toMatchObject(goal);
    if (expected.goals && expected.goals.length === 0) expect(draft.goals).toEqual([]);
    for (const [goal, count] of Object.entries(expected.measuresPerGoal ?? {})) {
      expect(draft.measures.filter((m) => m.goalNumbers[0] === Number(goal)).length, `goal ${goal}`).toBe(count);
    }
    for (const principle of expected.principles ?? []) {
      const found = draft.principles.find((p) => p.title === principle.title);
      expect(found?.description ?? "", principle.title).toMatch(new RegExp(`^${principle.descriptionStartsWith}`, "u"));
    }
    if (expected.principles) expect(draft.principles).toHaveLength(expected.principles.length);
  });

  it("reads the status from the list each measure stands in", () => {
    const status = expected.status;
    if (!status) return;
    for (const key of ["prioritised", "in_progress", "dropped"] as const) {
      const wanted = [...(status[key] ?? [])].sort();
      expect(
        draft.measures
          .filter((m) => m.status === key)
          .map((m) => m.code ?? "")
          .sort(),
        key,
      ).toEqual(wanted);
    }
    for (const [year, codes] of Object.entries(status.completed ?? {})) {
      const found = draft.measures.filter((m) => m.status === "completed" && m.completedYear === Number(year)).map((m) => m.code ?? "");
      expect(found.sort(), `completed ${year}`).toEqual([...codes].sort());
    }
    for (const [code, target] of Object.entries(status.merged ?? {})) expect(byCode(code)).toMatchObject({ status: "merged", movedTo: target });
  });

  it("checks a sample of measures field by field", () => {
    for (const { descriptionContains, statusReasonStartsWith, ...fields } of expected.measures ?? []) {
      const measure = fields.code ? byCode(fields.code) : draft.measures.find((m) => m.title === fields.title);
      expect(measure, fields.code ?? fields.title).toBeDefined();
      expect(measure).toMatchObject(fields);
      if (descriptionContains) expect(measure?.description ?? "").toContain(descriptionContains);
      if (statusReasonStartsWith) expect(measure?.statusReason ?? "").toMatch(new RegExp(`^${statusReasonStartsWith}`, "u"));
      // Every field that was found says where it came from.
      for (const [field, source] of Object.entries(measure?.fieldSources ?? {})) {
        expect(source?.line, `${measure?.id}.${field}`).toBeGreaterThan(0);
        expect(source?.excerpt.length, `${measure?.id}.${field}`).toBeGreaterThan(0);
      }
    }
  });
});
