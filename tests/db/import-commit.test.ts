import { readFile } from "node:fs/promises";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { changeLog } from "~/domains/history/db";
import { goal, strategy } from "~/domains/plan/db";
import { measure, measureGoal } from "~/domains/measures/db";
import { planImport } from "~/domains/import/db";
import { groupHistory } from "~/domains/history/group";
import { listHistory } from "~/domains/history/queries.server";
import { commitImport } from "~/domains/import/commit.server";
import {
  createImport,
  deleteImport,
  editImportGoal,
  editImportRow,
  reviewImport,
  saveImportDraft,
  setImportTarget,
  splitImportRow,
} from "~/domains/import/mutations.server";
import { getImportById, listImports } from "~/domains/import/queries.server";
import { getImportReview } from "~/domains/import/view.server";
import { createMeasure } from "~/domains/measures/mutations.server";
import { createMunicipality } from "~/domains/tenancy/mutations.server";
import { AppError } from "~/kit/errors";

useTestDatabase();

const admin = { role: "admin" as const, userId: null, sectorIds: [] };
const HOYLANDET = "tests/fixtures/plans/hoylandet-strategi-digitalisering-2023-2027.txt";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

async function count(table: typeof measure | typeof goal | typeof strategy | typeof changeLog, municipalityId: string): Promise<number> {
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(eq(table.municipalityId, municipalityId));
  return row.n;
}

let municipalityId = "";
let otherId = "";

beforeAll(async () => {
  const m = await createMunicipality({
    code: "5001",
    name: "Importkommune",
    sectors: [
      { name: "Helse og omsorg", codePrefix: "HO" },
      { name: "Oppvekst", codePrefix: "O" },
    ],
  });
  const other = await createMunicipality({ code: "5002", name: "Annen kommune", sectors: [{ name: "Helse", codePrefix: "HE" }] });
  municipalityId = m.id;
  otherId = other.id;
});

describe("stored imports", () => {
  it("keeps the draft for review and is invisible to other municipalities", async () => {
    const id = await createImport({
      municipalityId,
      principal: admin,
      fileName: "plan.csv",
      bytes: Buffer.from("Nr;Tiltak;Ansvarlig\nHO01;Digital hjemmeoppfølging;Enhetsleder\n"),
    });
    const stored = await getImportById({ municipalityId, id });
    expect(stored.state).toBe("review");
    expect(stored.draft.measures.map((m) => [m.code, m.title, m.responsible])).toEqual([["HO01", "Digital hjemmeoppfølging", "Enhetsleder"]]);
    expect((await listImports({ municipalityId })).map((i) => [i.fileName, i.measureCount])).toContainEqual(["plan.csv", 1]);
    expect(await listImports({ municipalityId: otherId })).toEqual([]);
    expect((await rejection(getImportById({ municipalityId: otherId, id }))).code).toBe("not_found");
    expect((await rejection(saveImportDraft({ municipalityId: otherId, id, version: 1, principal: admin, draft: stored.draft }))).code).toBe("not_found");
  });

  it("a rejected file writes nothing", async () => {
    const before = (
      await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(planImport)
    )[0].n;
    const error = await rejection(createImport({ municipalityId, principal: admin, fileName: "plan.pdf", bytes: Buffer.from("not a pdf at all") }));
    expect(error.details?.reason).toBeDefined();
    expect(
      (
        await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(planImport)
      )[0].n,
    ).toBe(before);
  });

  it("a stale version is a conflict and writes nothing", async () => {
    const id = await createImport({ municipalityId, principal: admin, fileName: "stale.csv", bytes: Buffer.from("Nr;Tiltak\nHO02;Velferdsteknologi\n") });
    await reviewImport({ municipalityId, id, principal: admin, lang: "nb", input: { version: 1, intent: "save", rows: [], decisions: { "m-HO02": "skip" } } });
    const error = await rejection(
      reviewImport({ municipalityId, id, principal: admin, lang: "nb", input: { version: 1, intent: "delete", rows: ["m-HO02"], decisions: {} } }),
    );
    expect(error.code).toBe("conflict");
    expect((await getImportById({ municipalityId, id })).draft.measures).toHaveLength(1);
  });
});

// One story in steps: each test goes on from the import as the tests before it left it (the second import
// matches what the commit wrote), so these tests run in the order written, even when the run shuffles.
describe("reviewing and committing the Høylandet plan", { shuffle: false }, () => {
  let id = "";

  beforeAll(async () => {
    id = await createImport({ municipalityId, principal: admin, fileName: "hoylandet.txt", bytes: await readFile(HOYLANDET) });
  });

  it("the review lists 44 measures and 7 main goals with their sources", async () => {
    const review = await getImportReview({ municipalityId, id });
    expect(review.rows).toHaveLength(44);
    expect(review.goals.filter((g) => g.parent === null)).toHaveLength(7);
    expect(review.target).toMatchObject({ strategyId: null, periodFrom: 2023, periodTo: 2027 });
    expect(review.rows.every((r) => r.sources.length > 0 && r.action === "create")).toBe(true);
  });

  it("a goal is corrected, and a number another goal has is refused", async () => {
    const goals = await createImport({ municipalityId, principal: admin, fileName: "mål.txt", bytes: await readFile(HOYLANDET) });
    const error = await rejection(
      editImportGoal({ municipalityId, id: goals, goalId: "g-1", principal: admin, input: { version: 1, number: "2", title: "Ny tittel" } }),
    );
    expect(error.fieldErrors).toMatchObject({ number: { key: "plan.numberTaken" } });
    expect((await getImportById({ municipalityId, id: goals })).version).toBe(1);
    await editImportGoal({ municipalityId, id: goals, goalId: "g-1", principal: admin, input: { version: 1, number: "1", title: "Digitalisere åpent" } });
    expect((await getImportById({ municipalityId, id: goals })).draft.goals.find((g) => g.id === "g-1")?.title).toBe("Digitalisere åpent");
    expect(
      (await rejection(editImportGoal({ municipalityId: otherId, id: goals, goalId: "g-1", principal: admin, input: { version: 2, number: "1", title: "X" } })))
        .code,
    ).toBe("not_found");
  });

  it("bad row input keeps nothing and explains itself", async () => {
    const error = await rejection(
      editImportRow({ municipalityId, id, rowId: "m-1.1.1", principal: admin, input: { version: 1, title: "", start: "snart", costs: "mye penger" } }),
    );
    expect(error.fieldErrors).toMatchObject({
      title: { key: "validation.required" },
      start: { key: "validation.period" },
      costs: { key: "importReview.row.costUnreadable" },
    });
    expect((await getImportById({ municipalityId, id })).version).toBe(1);
  });

  it("edits, splits, merges and sets sectors, then commits everything in one transaction with import history", async () => {
    const sectors = await getImportReview({ municipalityId, id }).then((r) => r.sectors);
    const oppvekst = sectors.find((s) => s.name === "Oppvekst")!.id;
    let version = await editImportRow({
      municipalityId,
      id,
      rowId: "m-1.1.1",
      principal: admin,
      input: {
        version: 1,
        code: "1.1.1",
        title: "Opplæring av nyansatte i arkiv",
        responsible: "Arkivansvarlig",
        indicator: "Saker lukket og offentliggjort",
        goalNumbers: "1",
        costs: "Kr 50-100 000",
        start: "H23",
        end: "2024",
        status: "in_progress",
        sectorId: oppvekst,
      },
    });
    version = await splitImportRow({
      municipalityId,
      id,
      rowId: "m-1.2.1",
      principal: admin,
      input: { version, splitTitle: "Eget delprosjekt", splitDescription: null },
    });
    const outcome = await reviewImport({
      municipalityId,
      id,
      principal: admin,
      lang: "nb",
      input: { version, intent: "merge", rows: ["m-1.2.2", "m-1.3.1"], decisions: {} },
    });
    const { version: afterSector } = await reviewImport({
      municipalityId,
      id,
      principal: admin,
      lang: "nb",
      input: { version: outcome.version, intent: "sector", rows: ["m-1.2.1", "m-1.2.1-2"], sectorId: oppvekst, decisions: {} },
    });
    const review = await getImportReview({ municipalityId, id });
    expect(review.rows).toHaveLength(44);
    expect(review.rows.find((r) => r.id === "m-1.2.1-2")).toMatchObject({ title: "Eget delprosjekt", code: null, sectorId: oppvekst });
    expect(review.rows.find((r) => r.id === "m-1.3.1")).toBeUndefined();

    const result = await reviewImport({
      municipalityId,
      id,
      principal: admin,
      lang: "nb",
      input: { version: afterSector, intent: "commit", rows: [], decisions: { "m-1.4.1": "skip" } },
    });
    expect(result.result).toMatchObject({ created: 43, updated: 0, skipped: 1 });
    expect(result.result?.goalsCreated).toBeGreaterThanOrEqual(7);

    const [edited] = await db()
      .select()
      .from(measure)
      .where(and(eq(measure.municipalityId, municipalityId), eq(measure.code, "1.1.1")));
    expect(edited).toMatchObject({
      title: "Opplæring av nyansatte i arkiv",
      status: "in_progress",
      startPeriod: "2023H2",
      endPeriod: "2024",
      sectorId: oppvekst,
      responsibleText: "Arkivansvarlig",
    });
    expect(edited.description).toContain("Måleindikator: Saker lukket og offentliggjort");
    const links = await db()
      .select({ number: goal.number })
      .from(measureGoal)
      .innerJoin(goal, eq(goal.id, measureGoal.goalId))
      .where(eq(measureGoal.measureId, edited.id));
    expect(links.map((l) => l.number)).toEqual(["1"]);
    const [split] = await db()
      .select()
      .from(measure)
      .where(and(eq(measure.municipalityId, municipalityId), eq(measure.title, "Eget delprosjekt")));
    expect(split.code).toMatch(/^O\d+$/u);
    expect(
      await db()
        .select()
        .from(measure)
        .where(and(eq(measure.municipalityId, municipalityId), eq(measure.code, "1.4.1"))),
    ).toEqual([]);

    const [created] = await db().select().from(strategy).where(eq(strategy.municipalityId, municipalityId));
    expect(created).toMatchObject({ periodFrom: 2023, periodTo: 2027, adoptedOn: "2022-12-15" });
    const history = groupHistory(await listHistory({ municipalityId, entityType: "measure", entityId: edited.id }), []);
    expect(history[0]).toMatchObject({ action: "create", importedFrom: "hoylandet.txt" });
    const stored = await getImportById({ municipalityId, id });
    expect(stored.state).toBe("committed");
    expect(
      (
        await rejection(
          reviewImport({ municipalityId, id, principal: admin, lang: "nb", input: { version: stored.version, intent: "commit", rows: [], decisions: {} } }),
        )
      ).code,
    ).toBe("conflict");
  });

  it("a second import of the same plan is matched by code and updates instead of duplicating", async () => {
    const again = await createImport({ municipalityId, principal: admin, fileName: "hoylandet-2.txt", bytes: await readFile(HOYLANDET) });
    const strategies = await db().select({ id: strategy.id }).from(strategy).where(eq(strategy.municipalityId, municipalityId));
    const version = await setImportTarget({ municipalityId, id: again, principal: admin, input: { version: 1, strategyId: strategies[0].id } });
    const review = await getImportReview({ municipalityId, id: again });
    expect(review.rows.find((r) => r.id === "m-1.1.1")?.match).toMatchObject({ code: "1.1.1", reason: "code" });
    const before = {
      measures: await count(measure, municipalityId),
      goals: await count(goal, municipalityId),
      strategies: await count(strategy, municipalityId),
    };
    const outcome = await reviewImport({
      municipalityId,
      id: again,
      principal: admin,
      lang: "nb",
      input: { version, intent: "commit", rows: [], decisions: {} },
    });
    // 1.3.1 was merged away and 1.4.1 skipped the first time, so they are new now.
    expect(outcome.result).toMatchObject({ created: 2, updated: 42, goalsCreated: 0 });
    expect(await count(measure, municipalityId)).toBe(before.measures + 2);
    expect(await count(goal, municipalityId)).toBe(before.goals);
    expect(await count(strategy, municipalityId)).toBe(before.strategies);
  });
});

describe("deleting a stored import", () => {
  it("removes the file and draft, keeps what the commit wrote and its history, and refuses a stale version or another municipality", async () => {
    const id = await createImport({ municipalityId, principal: admin, fileName: "slettes.csv", bytes: Buffer.from("Nr;Tiltak\nO40;Digital kvittering\n") });
    const { version } = await reviewImport({
      municipalityId,
      id,
      principal: admin,
      lang: "nb",
      input: { version: 1, intent: "commit", rows: [], decisions: {} },
    });
    const [written] = await db()
      .select()
      .from(measure)
      .where(and(eq(measure.municipalityId, municipalityId), eq(measure.code, "O40")));

    expect((await rejection(deleteImport({ municipalityId: otherId, principal: admin, id, input: { version } }))).code).toBe("not_found");
    expect((await rejection(deleteImport({ municipalityId, principal: admin, id, input: { version: version - 1 } }))).code).toBe("conflict");
    expect((await rejection(deleteImport({ municipalityId, principal: admin, id, input: { version: "x" } }))).code).toBe("validation");
    expect((await getImportById({ municipalityId, id })).state).toBe("committed");

    expect(await deleteImport({ municipalityId, principal: admin, id, input: { version: String(version) } })).toEqual({ fileName: "slettes.csv" });
    expect((await rejection(getImportById({ municipalityId, id }))).code).toBe("not_found");
    expect((await listImports({ municipalityId })).map((i) => i.id)).not.toContain(id);
    expect((await db().select().from(measure).where(eq(measure.id, written.id)))[0]).toMatchObject({ title: "Digital kvittering" });
    const history = groupHistory(await listHistory({ municipalityId, entityType: "measure", entityId: written.id }), []);
    expect(history[0]).toMatchObject({ action: "create", importedFrom: "slettes.csv" });
  });

  it("a draft still under review can be deleted", async () => {
    const id = await createImport({ municipalityId, principal: admin, fileName: "utkast.csv", bytes: Buffer.from("Nr;Tiltak\nHO41;Utkast\n") });
    await deleteImport({ municipalityId, principal: admin, id, input: { version: 1 } });
    expect((await rejection(getImportById({ municipalityId, id }))).code).toBe("not_found");
  });
});

describe("matching existing measures by title", () => {
  it("offers to update a measure with a similar title, and updating keeps its code", async () => {
    const existing = await createMeasure({
      municipalityId,
      principal: admin,
      actor: { userId: null, label: "test" },
      input: { code: "HO40", title: "Digital tilsynsordning om natten", status: "idea" },
    });
    const id = await createImport({
      municipalityId,
      principal: admin,
      fileName: "tittel.csv",
      bytes: Buffer.from("Tiltak;Ansvarlig\nDigital tilsynsordning for natten;Enhetsleder natt\n"),
    });
    const review = await getImportReview({ municipalityId, id });
    expect(review.rows[0]).toMatchObject({ code: null, action: "update", match: { code: "HO40", reason: "title" } });
    const outcome = await reviewImport({ municipalityId, id, principal: admin, lang: "nb", input: { version: 1, intent: "commit", rows: [], decisions: {} } });
    expect(outcome.result).toMatchObject({ created: 0, updated: 1 });
    const [row] = await db().select().from(measure).where(eq(measure.id, existing.id));
    expect(row).toMatchObject({ code: "HO40", responsibleText: "Enhetsleder natt", version: 2 });
  });
});

describe("all or nothing", () => {
  it("a row whose chosen measure was deleted since is named, and nothing is written", async () => {
    const existing = await createMeasure({
      municipalityId,
      principal: admin,
      actor: { userId: null, label: "test" },
      input: { code: "HO50", title: "Snart slettet", status: "idea" },
    });
    const id = await createImport({
      municipalityId,
      principal: admin,
      fileName: "slettet.csv",
      bytes: Buffer.from("Nr;Tiltak\nHO50;Snart slettet\nHO51;Helt nytt tiltak\n"),
    });
    const { version } = await reviewImport({
      municipalityId,
      id,
      principal: admin,
      lang: "nb",
      input: { version: 1, intent: "save", rows: [], decisions: { "m-HO50": "update" } },
    });
    await db().delete(measure).where(eq(measure.id, existing.id));
    const before = await count(measure, municipalityId);
    const error = await rejection(commitImport({ municipalityId, id, version, principal: admin, lang: "nb" }));
    expect(error.details?.rows).toEqual([
      expect.objectContaining({ rowId: "m-HO50", errors: [{ field: "", message: { key: "importReview.decision.noMatch" } }] }),
    ]);
    expect(await count(measure, municipalityId)).toBe(before);
  });

  it("one bad row stops the commit, names the row, and nothing is written", async () => {
    await createMeasure({
      municipalityId,
      principal: admin,
      actor: { userId: null, label: "test" },
      input: { code: "HO10", title: "Eksisterende tiltak om noe helt annet", status: "planned" },
    });
    const csv = "Nr;Tiltak;Start/slutt\nHO11;Første nye tiltak;2024\nHO10;Et nytt tiltak med opptatt kode;2024\nHO12;;2024\n";
    const id = await createImport({ municipalityId, principal: admin, fileName: "feil.csv", bytes: Buffer.from(csv) });
    const measuresBefore = await count(measure, municipalityId);
    const historyBefore = await count(changeLog, municipalityId);
    const error = await rejection(
      reviewImport({ municipalityId, id, principal: admin, lang: "nb", input: { version: 1, intent: "commit", rows: [], decisions: { "m-HO10": "create" } } }),
    );
    expect(error.code).toBe("validation");
    const rows = (error.details?.rows ?? []) as { code: string; errors: { field: string }[] }[];
    expect(rows.find((r) => r.code === "HO10")?.errors[0].field).toBe("code");
    expect(await count(measure, municipalityId)).toBe(measuresBefore);
    expect(await count(changeLog, municipalityId)).toBe(historyBefore);
    expect((await getImportById({ municipalityId, id })).state).toBe("review");
  });

  it("a failure inside the transaction rolls back the strategy and goals already written", async () => {
    const id = await createImport({
      municipalityId,
      principal: admin,
      fileName: "mål.csv",
      bytes: Buffer.from("Nr;Tiltak\nHO20;Tiltak som aldri blir lagret\n"),
    });
    const stored = await getImportById({ municipalityId, id });
    const draft = {
      ...stored.draft,
      goals: [
        { id: "g-1", number: "1", title: "Bedre tjenester", parent: null, sources: [] },
        { id: "g-1.1", number: "1.1", title: "Del", parent: "1", sources: [] },
      ],
      target: { strategyId: null, title: "Ny strategi", periodFrom: 2024, periodTo: 2027 },
    };
    const version = await saveImportDraft({ municipalityId, id, version: stored.version, principal: admin, draft });
    const before = { strategies: await count(strategy, municipalityId), goals: await count(goal, municipalityId) };
    await db().execute(
      sql`create or replace function fail_goal() returns trigger as $$ begin if new.number = '1.1' then raise exception 'boom'; end if; return new; end $$ language plpgsql`,
    );
    await db().execute(sql`create trigger fail_goal before insert on goal for each row execute function fail_goal()`);
    try {
      await expect(commitImport({ municipalityId, id, version, principal: admin, lang: "nb" })).rejects.toThrow();
    } finally {
      await db().execute(sql`drop trigger fail_goal on goal`);
    }
    expect(await count(strategy, municipalityId)).toBe(before.strategies);
    expect(await count(goal, municipalityId)).toBe(before.goals);
    expect((await getImportById({ municipalityId, id })).state).toBe("review");
  });
});
