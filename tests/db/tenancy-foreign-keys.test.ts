import { randomUUID } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { and, eq, inArray, or } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { type Database, db } from "~/kit/db.server";
import { benefit, benefitGoal, indicator, measurement } from "~/domains/benefits/db";
import { goal, strategy } from "~/domains/plan/db";
import { measure, measureCost, measureDependency, measureGoal, measureStatusEvent } from "~/domains/measures/db";
import { municipality, sector } from "~/domains/tenancy/db";
import { reportingRound, reportingRoundMeasure, snapshotRow, statusUpdate } from "~/domains/reporting/db";
import { createBenefit, createIndicator, createMeasurement } from "~/domains/benefits/mutations.server";
import { createMeasure } from "~/domains/measures/mutations.server";
import { createGoal, createStrategy } from "~/domains/plan/mutations.server";
import { closeRound, openRound, publishStatusUpdate } from "~/domains/reporting/mutations.server";
import { createMunicipality, createSector } from "~/domains/tenancy/mutations.server";

useTestDatabase();

const actor = { userId: null, label: "test" };
const admin = { role: "admin" as const, userId: null, sectorIds: [] };

/** One municipality with a parent of every kind the composite foreign keys point to. */
interface Tenant {
  id: string;
  sectorId: string;
  strategyId: string;
  goalId: string;
  measureId: string;
  otherMeasureId: string;
  benefitId: string;
  indicatorId: string;
  roundId: string;
}

async function createTenant(code: string, prefix: string): Promise<Tenant> {
  const m = await createMunicipality({ code, name: `Kommune ${code}`, sectors: [{ name: "Helse", codePrefix: prefix }] });
  const [s] = await db().select({ id: sector.id }).from(sector).where(eq(sector.municipalityId, m.id));
  // Opened before the measures exist, so no round links are made yet.
  const round = await openRound({ municipalityId: m.id, principal: admin, actor, input: { title: "Runde", deadline: "2026-06-30" } });
  const st = await createStrategy({ municipalityId: m.id, principal: admin, input: { title: "Strategi", periodFrom: 2024, periodTo: 2027 }, actor });
  const g = await createGoal({ municipalityId: m.id, principal: admin, input: { strategyId: st.id, number: "1", title: "Mål" }, actor });
  const first = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: `${prefix}01`, title: "Tiltak", sectorId: s.id } });
  const other = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: `${prefix}02`, title: "Annet tiltak" } });
  const b = await createBenefit({ municipalityId: m.id, principal: admin, measureId: first.id, actor, input: { title: "Gevinst", type: "freed_capacity" } });
  const ind = await createIndicator({
    municipalityId: m.id,
    principal: admin,
    benefitId: b.id,
    actor,
    input: { name: "Indikator", unit: "hours", direction: "lower_is_better" },
  });
  return {
    id: m.id,
    sectorId: s.id,
    strategyId: st.id,
    goalId: g.id,
    measureId: first.id,
    otherMeasureId: other.id,
    benefitId: b.id,
    indicatorId: ind.id,
    roundId: round.id,
  };
}

interface PgError {
  code?: string;
  message?: string;
}

/** The database error behind a rejected query (drizzle wraps it in `cause`). */
async function rejection(promise: Promise<unknown>): Promise<PgError> {
  try {
    await promise;
  } catch (error) {
    let e = error as PgError & { cause?: unknown };
    while (!e.code && e.cause) e = e.cause as PgError & { cause?: unknown };
    return e;
  }
  throw new Error("expected the database to reject the query");
}

/** Runs the insert in a transaction that is rolled back, so the fixtures stay as they were. */
async function acceptedAndRolledBack(insert: (q: Database) => Promise<unknown>) {
  const marker = new Error("roll back");
  const outcome = await db()
    .transaction(async (tx) => {
      await insert(tx);
      throw marker;
    })
    .catch((error: unknown) => error);
  expect(outcome).toBe(marker);
}

/**
 * Each composite foreign key with a child/link row for municipality `a` whose parent comes from `parent`: the
 * parent's own municipality (allowed) or another one (rejected). Every other reference in the row stays in `a`.
 */
const cases: Array<{ constraint: string; insert: (q: Database, a: Tenant, parent: Tenant) => Promise<unknown> }> = [
  {
    constraint: "measure_sector_id_tenant_fk",
    insert: (q, a, p) => q.insert(measure).values({ municipalityId: a.id, code: "NY01", title: "Nytt tiltak", sectorId: p.sectorId }),
  },
  {
    constraint: "measure_merged_into_id_tenant_fk",
    insert: (q, a, p) => q.insert(measure).values({ municipalityId: a.id, code: "NY02", title: "Slått sammen", status: "merged", mergedIntoId: p.measureId }),
  },
  {
    constraint: "measure_goal_measure_id_tenant_fk",
    insert: (q, a, p) => q.insert(measureGoal).values({ municipalityId: a.id, measureId: p.measureId, goalId: a.goalId }),
  },
  {
    constraint: "measure_goal_goal_id_tenant_fk",
    insert: (q, a, p) => q.insert(measureGoal).values({ municipalityId: a.id, measureId: a.measureId, goalId: p.goalId }),
  },
  {
    constraint: "measure_dependency_measure_id_tenant_fk",
    insert: (q, a, p) => q.insert(measureDependency).values({ municipalityId: a.id, measureId: p.measureId, dependsOnId: a.otherMeasureId }),
  },
  {
    constraint: "measure_dependency_depends_on_id_tenant_fk",
    insert: (q, a, p) => q.insert(measureDependency).values({ municipalityId: a.id, measureId: a.otherMeasureId, dependsOnId: p.measureId }),
  },
  {
    constraint: "measure_cost_measure_id_tenant_fk",
    insert: (q, a, p) =>
      q
        .insert(measureCost)
        .values({ municipalityId: a.id, measureId: p.measureId, amountNok: 1000, recurrence: "one_off", costType: "investment", fundingSource: "unknown" }),
  },
  {
    constraint: "measure_status_event_measure_id_tenant_fk",
    insert: (q, a, p) => q.insert(measureStatusEvent).values({ municipalityId: a.id, measureId: p.measureId, fromStatus: "idea", toStatus: "proposed" }),
  },
  {
    constraint: "benefit_measure_id_tenant_fk",
    insert: (q, a, p) => q.insert(benefit).values({ municipalityId: a.id, measureId: p.measureId, title: "Ny gevinst", type: "quality" }),
  },
  {
    constraint: "benefit_goal_benefit_id_tenant_fk",
    insert: (q, a, p) => q.insert(benefitGoal).values({ municipalityId: a.id, benefitId: p.benefitId, goalId: a.goalId }),
  },
  {
    constraint: "benefit_goal_goal_id_tenant_fk",
    insert: (q, a, p) => q.insert(benefitGoal).values({ municipalityId: a.id, benefitId: a.benefitId, goalId: p.goalId }),
  },
  {
    constraint: "indicator_benefit_id_tenant_fk",
    insert: (q, a, p) =>
      q.insert(indicator).values({ municipalityId: a.id, benefitId: p.benefitId, name: "Ny indikator", unit: "count", direction: "higher_is_better" }),
  },
  {
    constraint: "measurement_indicator_id_tenant_fk",
    insert: (q, a, p) => q.insert(measurement).values({ municipalityId: a.id, indicatorId: p.indicatorId, measuredOn: "2025-01-01", value: 5 }),
  },
  {
    constraint: "goal_strategy_id_tenant_fk",
    insert: (q, a, p) => q.insert(goal).values({ municipalityId: a.id, strategyId: p.strategyId, number: "9", title: "Nytt mål" }),
  },
  {
    constraint: "goal_parent_id_tenant_fk",
    insert: (q, a, p) => q.insert(goal).values({ municipalityId: a.id, strategyId: a.strategyId, parentId: p.goalId, number: "1.9", title: "Delmål" }),
  },
  {
    constraint: "reporting_round_measure_round_id_tenant_fk",
    insert: (q, a, p) => q.insert(reportingRoundMeasure).values({ municipalityId: a.id, roundId: p.roundId, measureId: a.measureId }),
  },
  {
    constraint: "reporting_round_measure_measure_id_tenant_fk",
    insert: (q, a, p) => q.insert(reportingRoundMeasure).values({ municipalityId: a.id, roundId: a.roundId, measureId: p.measureId }),
  },
  {
    constraint: "status_update_measure_id_tenant_fk",
    insert: (q, a, p) => q.insert(statusUpdate).values({ municipalityId: a.id, measureId: p.measureId, periodLabel: "Januar" }),
  },
  {
    constraint: "status_update_round_id_tenant_fk",
    insert: (q, a, p) => q.insert(statusUpdate).values({ municipalityId: a.id, measureId: a.measureId, roundId: p.roundId, periodLabel: "Januar" }),
  },
  {
    constraint: "snapshot_row_round_id_tenant_fk",
    insert: (q, a, p) => q.insert(snapshotRow).values({ municipalityId: a.id, roundId: p.roundId, measureId: a.measureId, data: {} }),
  },
];

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("9101", "HO");
  b = await createTenant("9102", "BS");
});

describe("composite foreign keys keep child and link rows in their parent's municipality", () => {
  it.each(cases)("$constraint rejects a parent from another municipality and accepts one from the same", async ({ constraint, insert }) => {
    const error = await rejection(insert(db(), a, b));
    expect(error.code).toBe("23503");
    expect(error.message).toContain(`"${constraint}"`);
    await acceptedAndRolledBack((q) => insert(q, a, a));
  });

  it("rejects moving a link to another municipality's parent, or a child row to another municipality", async () => {
    const moved = await rejection(db().update(benefit).set({ measureId: b.measureId }).where(eq(benefit.id, a.benefitId)));
    expect(moved.code).toBe("23503");
    expect(moved.message).toContain('"benefit_measure_id_tenant_fk"');
    const rehomed = await rejection(db().update(indicator).set({ municipalityId: b.id }).where(eq(indicator.id, a.indicatorId)));
    expect(rehomed.code).toBe("23503");
    expect(rehomed.message).toContain('"indicator_benefit_id_tenant_fk"');
  });

  it("rejects moving a parent to another municipality while rows still point to it", async () => {
    const error = await rejection(db().update(benefit).set({ municipalityId: b.id }).where(eq(benefit.id, a.benefitId)));
    expect(error.code).toBe("23503");
    expect(error.message).toContain('"indicator_benefit_id_tenant_fk"');
  });
});

describe("deletes keep their behaviour", () => {
  it("deleting a measure clears merged_into_id on the measure merged into it, which keeps its municipality", async () => {
    const target = await createMeasure({ municipalityId: a.id, principal: admin, actor, input: { code: "HO10", title: "Mål for sammenslåing" } });
    const [merged] = await db()
      .insert(measure)
      .values({ municipalityId: a.id, code: "HO11", title: "Slått sammen", status: "merged", mergedIntoId: target.id })
      .returning({ id: measure.id });
    await db().delete(measure).where(eq(measure.id, target.id));
    const [row] = await db()
      .select({ municipalityId: measure.municipalityId, mergedIntoId: measure.mergedIntoId, status: measure.status })
      .from(measure)
      .where(eq(measure.id, merged.id));
    expect(row).toEqual({ municipalityId: a.id, mergedIntoId: null, status: "merged" });
  });

  it("deleting a sector clears sector_id on its measures", async () => {
    const s = await createSector({ municipalityId: a.id, principal: admin, input: { name: "Oppvekst", codePrefix: "OP" } });
    const m = await createMeasure({ municipalityId: a.id, principal: admin, actor, input: { code: "OP01", title: "Skoletiltak", sectorId: s.id } });
    await db().delete(sector).where(eq(sector.id, s.id));
    const [row] = await db().select({ municipalityId: measure.municipalityId, sectorId: measure.sectorId }).from(measure).where(eq(measure.id, m.id));
    expect(row).toEqual({ municipalityId: a.id, sectorId: null });
  });

  it("deleting a measure deletes its links, costs, status events, status updates, round links and benefits", async () => {
    const m = await createMeasure({
      municipalityId: a.id,
      principal: admin,
      actor,
      input: {
        code: "HO20",
        title: "Slettes",
        goalIds: [a.goalId],
        dependsOnIds: [a.otherMeasureId],
        costs: [{ amountNok: 1000, recurrence: "one_off", year: 2025, costType: "investment", fundingSource: "unknown", description: null }],
      },
    });
    const dependent = await createMeasure({ municipalityId: a.id, principal: admin, actor, input: { code: "HO21", title: "Avhengig", dependsOnIds: [m.id] } });
    const round = await openRound({ municipalityId: a.id, principal: admin, actor, input: { title: "Runde 2", deadline: "2026-09-30" } });
    await publishStatusUpdate({
      municipalityId: a.id,
      measureId: m.id,
      version: null,
      principal: admin,
      actor,
      input: { periodLabel: "Mars", overall: "green", roundId: round.id },
    });
    const ben = await createBenefit({
      municipalityId: a.id,
      principal: admin,
      measureId: m.id,
      actor,
      input: { title: "Gevinst", type: "quality", goalIds: [a.goalId] },
    });
    const ind = await createIndicator({
      municipalityId: a.id,
      principal: admin,
      benefitId: ben.id,
      actor,
      input: { name: "Timer", unit: "hours", direction: "lower_is_better" },
    });
    await createMeasurement({ municipalityId: a.id, principal: admin, indicatorId: ind.id, actor, input: { measuredOn: "2025-01-01", value: 3 } });

    const counts = async () => ({
      goals: (await db().select().from(measureGoal).where(eq(measureGoal.measureId, m.id))).length,
      dependencies: (
        await db()
          .select()
          .from(measureDependency)
          .where(or(eq(measureDependency.measureId, m.id), eq(measureDependency.dependsOnId, m.id)))
      ).length,
      costs: (await db().select().from(measureCost).where(eq(measureCost.measureId, m.id))).length,
      events: (await db().select().from(measureStatusEvent).where(eq(measureStatusEvent.measureId, m.id))).length,
      statusUpdates: (await db().select().from(statusUpdate).where(eq(statusUpdate.measureId, m.id))).length,
      rounds: (await db().select().from(reportingRoundMeasure).where(eq(reportingRoundMeasure.measureId, m.id))).length,
      benefits: (await db().select().from(benefit).where(eq(benefit.measureId, m.id))).length,
      benefitGoals: (await db().select().from(benefitGoal).where(eq(benefitGoal.benefitId, ben.id))).length,
      indicators: (await db().select().from(indicator).where(eq(indicator.benefitId, ben.id))).length,
      measurements: (await db().select().from(measurement).where(eq(measurement.indicatorId, ind.id))).length,
    });
    expect(await counts()).toEqual({
      goals: 1,
      dependencies: 2,
      costs: 1,
      events: 1,
      statusUpdates: 1,
      rounds: 1,
      benefits: 1,
      benefitGoals: 1,
      indicators: 1,
      measurements: 1,
    });
    await db().delete(measure).where(eq(measure.id, m.id));
    expect(await counts()).toEqual({
      goals: 0,
      dependencies: 0,
      costs: 0,
      events: 0,
      statusUpdates: 0,
      rounds: 0,
      benefits: 0,
      benefitGoals: 0,
      indicators: 0,
      measurements: 0,
    });
    expect(await db().select({ id: measure.id }).from(measure).where(eq(measure.id, dependent.id))).toHaveLength(1);
  });

  it("deleting a round keeps the status updates that point to it, clearing round_id, and deletes its links and snapshot", async () => {
    const round = await openRound({ municipalityId: a.id, principal: admin, actor, input: { title: "Runde 3", deadline: "2026-12-31" } });
    const { id } = await publishStatusUpdate({
      municipalityId: a.id,
      measureId: a.measureId,
      version: null,
      principal: admin,
      actor,
      input: { periodLabel: "Mai", overall: "yellow", roundId: round.id },
    });
    await closeRound({ municipalityId: a.id, id: round.id, version: 1, principal: admin, actor });
    expect((await db().select().from(snapshotRow).where(eq(snapshotRow.roundId, round.id))).length).toBeGreaterThan(0);
    expect((await db().select().from(reportingRoundMeasure).where(eq(reportingRoundMeasure.roundId, round.id))).length).toBeGreaterThan(0);

    await db().delete(reportingRound).where(eq(reportingRound.id, round.id));
    const [row] = await db()
      .select({ municipalityId: statusUpdate.municipalityId, roundId: statusUpdate.roundId })
      .from(statusUpdate)
      .where(eq(statusUpdate.id, id));
    expect(row).toEqual({ municipalityId: a.id, roundId: null });
    expect(await db().select().from(snapshotRow).where(eq(snapshotRow.roundId, round.id))).toHaveLength(0);
    expect(await db().select().from(reportingRoundMeasure).where(eq(reportingRoundMeasure.roundId, round.id))).toHaveLength(0);
  });

  it("deleting a goal deletes its sub-goals and their links; deleting a strategy deletes its goals", async () => {
    const st = await createStrategy({ municipalityId: a.id, principal: admin, input: { title: "Strategi 2", periodFrom: 2025, periodTo: 2028 }, actor });
    const top = await createGoal({ municipalityId: a.id, principal: admin, input: { strategyId: st.id, number: "1", title: "Hovedmål" }, actor });
    const sub = await createGoal({
      municipalityId: a.id,
      principal: admin,
      input: { strategyId: st.id, number: "1.1", title: "Delmål", parentId: top.id },
      actor,
    });
    const second = await createGoal({ municipalityId: a.id, principal: admin, input: { strategyId: st.id, number: "2", title: "Mål 2" }, actor });
    await db().insert(measureGoal).values({ municipalityId: a.id, measureId: a.otherMeasureId, goalId: sub.id });
    await db().insert(benefitGoal).values({ municipalityId: a.id, benefitId: a.benefitId, goalId: sub.id });
    await db().delete(goal).where(eq(goal.id, top.id));
    expect(
      await db()
        .select()
        .from(goal)
        .where(inArray(goal.id, [top.id, sub.id])),
    ).toHaveLength(0);
    expect(await db().select().from(measureGoal).where(eq(measureGoal.goalId, sub.id))).toHaveLength(0);
    expect(await db().select().from(benefitGoal).where(eq(benefitGoal.goalId, sub.id))).toHaveLength(0);
    await db().delete(strategy).where(eq(strategy.id, st.id));
    expect(await db().select().from(goal).where(eq(goal.id, second.id))).toHaveLength(0);
  });

  it("deleting a municipality deletes all its rows and leaves the other municipality alone", async () => {
    // A municipality of its own: the other tests keep using `a` and `b`, whatever order they run in.
    const c = await createTenant("9103", "CS");
    // Rows that a SET NULL action points at while the whole municipality goes.
    await db()
      .insert(measure)
      .values({ municipalityId: c.id, code: "CS09", title: "Slått sammen", status: "merged", mergedIntoId: c.measureId, sectorId: c.sectorId });
    const round = await openRound({ municipalityId: c.id, principal: admin, actor, input: { title: "Runde 2", deadline: "2026-09-30" } });
    await publishStatusUpdate({
      municipalityId: c.id,
      measureId: c.measureId,
      version: null,
      principal: admin,
      actor,
      input: { periodLabel: "Juni", overall: "red", roundId: round.id },
    });
    await createMeasurement({ municipalityId: c.id, principal: admin, indicatorId: c.indicatorId, actor, input: { measuredOn: "2025-02-01", value: 8 } });
    await db().delete(municipality).where(eq(municipality.id, c.id));
    for (const table of [
      measure,
      measureGoal,
      measureCost,
      measureDependency,
      measureStatusEvent,
      benefit,
      indicator,
      measurement,
      goal,
      strategy,
      reportingRound,
      statusUpdate,
      sector,
    ]) {
      expect(await db().select().from(table).where(eq(table.municipalityId, c.id))).toHaveLength(0);
    }
    expect(
      await db()
        .select()
        .from(measure)
        .where(and(eq(measure.municipalityId, a.id), eq(measure.id, a.measureId))),
    ).toHaveLength(1);
  });
});

/** A database outside the shared test database, for running the migrations step by step. */
async function scratchDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `retning_test_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    const database = drizzleNodePg({ client: pool });
    return {
      migrate: (migrationsFolder: string) => migrateNodePg(database, { migrationsFolder }),
      query: async (text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as Record<string, unknown>[],
      close: async () => {
        await pool.end();
        const dropper = new pg.Client({ connectionString: serverUrl });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      },
    };
  }
  const client = new PGlite();
  const database = drizzlePglite({ client });
  return {
    migrate: (migrationsFolder: string) => migratePglite(database, { migrationsFolder }),
    query: async (text: string, params: unknown[] = []) => (await client.query<Record<string, unknown>>(text, params)).rows,
    close: () => client.close(),
  };
}

describe("migration 0007 on existing data", () => {
  const source = path.resolve(process.cwd(), "drizzle");
  let folder = "";

  /** Copies the migrations up to and including `lastIdx` into the scratch migrations folder. */
  async function stageMigrations(lastIdx: number) {
    const journal = JSON.parse(await readFile(path.join(source, "meta", "_journal.json"), "utf8")) as { entries: Array<{ idx: number; tag: string }> };
    const entries = journal.entries.filter((e) => e.idx <= lastIdx);
    await mkdir(path.join(folder, "meta"), { recursive: true });
    for (const e of entries) await copyFile(path.join(source, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
    await writeFile(path.join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
  }

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "retning-migrations-"));
  });

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** Two municipalities with a strategy each, at the schema before 0007. */
  async function databaseBefore0007() {
    const scratch = await scratchDatabase();
    await stageMigrations(6);
    await scratch.migrate(folder);
    const [m1, m2] = [randomUUID(), randomUUID()];
    const [s1, s2] = [randomUUID(), randomUUID()];
    await scratch.query(`insert into municipality (id, code, name) values ($1, '9201', 'A'), ($2, '9202', 'B')`, [m1, m2]);
    await scratch.query(
      `insert into strategy (id, municipality_id, title, period_from, period_to) values ($1, $2, 'A', 2024, 2027), ($3, $4, 'B', 2024, 2027)`,
      [s1, m1, s2, m2],
    );
    return { scratch, m1, m2, s1, s2 };
  }

  it("applies to consistent data and keeps it", async () => {
    const { scratch, m1, s1 } = await databaseBefore0007();
    try {
      const g = randomUUID();
      const measureId = randomUUID();
      await scratch.query(`insert into goal (id, municipality_id, strategy_id, number, title) values ($1, $2, $3, '1', 'Mål')`, [g, m1, s1]);
      await scratch.query(`insert into measure (id, municipality_id, code, title) values ($1, $2, 'A01', 'Tiltak')`, [measureId, m1]);
      await scratch.query(`insert into measure_goal (measure_id, goal_id, municipality_id) values ($1, $2, $3)`, [measureId, g, m1]);
      await stageMigrations(7);
      await scratch.migrate(folder);
      expect(await scratch.query(`select measure_id from measure_goal where goal_id = $1`, [g])).toEqual([{ measure_id: measureId }]);
      const constraints = await scratch.query(`select conname from pg_constraint where conrelid = 'measure_goal'::regclass and contype = 'f' order by conname`);
      expect(constraints.map((c) => c.conname)).toEqual([
        "measure_goal_goal_id_tenant_fk",
        "measure_goal_measure_id_tenant_fk",
        "measure_goal_municipality_id_municipality_id_fk",
      ]);
    } finally {
      await scratch.close();
    }
  });

  it("fails loudly, changing nothing, when a row links across municipalities", async () => {
    const { scratch, m1, s2 } = await databaseBefore0007();
    try {
      const g = randomUUID();
      // A goal in municipality A under B's strategy: only the single-column foreign key exists, so this is accepted.
      await scratch.query(`insert into goal (id, municipality_id, strategy_id, number, title) values ($1, $2, $3, '1', 'Feil')`, [g, m1, s2]);
      await stageMigrations(7);
      const error = await rejection(scratch.migrate(folder));
      expect(error.code).toBe("23503");
      expect(error.message).toContain("goal.strategy_id -> strategy: 1 row(s)");
      expect(await scratch.query(`select id from goal where id = $1`, [g])).toEqual([{ id: g }]);
      expect(await scratch.query(`select count(*)::int as n from drizzle.__drizzle_migrations`)).toEqual([{ n: 7 }]);
      expect(
        await scratch.query(`select conname from pg_constraint where conname in ('goal_strategy_id_strategy_id_fk', 'goal_strategy_id_tenant_fk')`),
      ).toEqual([{ conname: "goal_strategy_id_strategy_id_fk" }]);
    } finally {
      await scratch.close();
    }
  });
});
