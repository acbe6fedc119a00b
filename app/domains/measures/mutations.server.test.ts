import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { goal, strategy } from "~/domains/plan/index.server";
import type { Principal } from "~/kit/permissions";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { listSectors } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";
import { changeMeasureStatus, createMeasure, updateMeasure } from "./mutations.server";
import { countMeasures, getMeasureByCode, getMeasureById, listMeasureHistory, listMeasures, suggestMeasureCode } from "./queries.server";

useTestDatabase();

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };
const actor = { userId: null, label: "test" };

async function setup(code: string) {
  const m = await createMunicipality({
    code,
    name: `Kommune ${code}`,
    sectors: [
      { name: "Helse og omsorg", codePrefix: "HO" },
      { name: "Tverrfaglig", codePrefix: "TF" },
    ],
  });
  const [ho, tf] = await listSectors({ municipalityId: m.id });
  const [s] = await db().insert(strategy).values({ municipalityId: m.id, title: "Strategi", periodFrom: 2023, periodTo: 2027 }).returning();
  const [g1] = await db().insert(goal).values({ municipalityId: m.id, strategyId: s.id, number: "1", title: "Hovedmål" }).returning();
  const [g11] = await db().insert(goal).values({ municipalityId: m.id, strategyId: s.id, parentId: g1.id, number: "1.1", title: "Delmål" }).returning();
  return { m, ho, tf, g1, g11 };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("measures", () => {
  it("creates a measure with goals, costs and periods, and finds it by prefix search", async () => {
    const { m, ho, g11 } = await setup("4601");
    const created = await createMeasure({
      municipalityId: m.id,
      principal: admin,
      actor,
      input: {
        code: "ho26",
        title: "Digitalisere alle søknadsskjema",
        description: "Innføre velferdsteknologi i hjemmetjenesten",
        sectorId: ho.id,
        userOriented: true,
        status: "planned",
        startPeriod: "H18",
        endPeriod: "V19",
        goalIds: [g11.id],
        costs: [{ amountNok: 150000, recurrence: "one_off", year: 2019, costType: "investment", fundingSource: "digitalisation_funds", description: null }],
      },
    });
    expect(created).toMatchObject({ code: "HO26", startPeriod: "2018H2", endPeriod: "2019H1", startYear: 2018, endYear: 2019, version: 1 });
    expect(created.goals.map((g) => g.number)).toEqual(["1.1"]);
    for (const q of ["søknadsskjema", "velferdstek", "Digitalis", "HO2"]) {
      const { rows } = await listMeasures({ municipalityId: m.id, filter: { q } });
      expect(
        rows.map((r) => r.code),
        q,
      ).toEqual(["HO26"]);
    }
    expect((await listMeasures({ municipalityId: m.id, filter: { q: "sykehjem" } })).total).toBe(0);
    // Goal filter includes sub-goals; year filter uses the span.
    expect(
      (await listMeasures({ municipalityId: m.id, filter: { goal: (await getMeasureById({ municipalityId: m.id, id: created.id })).goals[0].id } })).total,
    ).toBe(1);
    expect((await listMeasures({ municipalityId: m.id, filter: { year: 2019 } })).total).toBe(1);
    expect((await listMeasures({ municipalityId: m.id, filter: { year: 2020 } })).total).toBe(0);
    const [row] = (await listMeasures({ municipalityId: m.id, filter: {} })).rows;
    expect(row).toMatchObject({ knownCostNok: 150000, goalNumbers: ["1.1"], sectorName: "Helse og omsorg", userOriented: true });
  });

  it("rejects a duplicate code case-insensitively and writes nothing", async () => {
    const { m } = await setup("4602");
    await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF01", title: "A" } });
    const error = await errorOf(createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "tf01", title: "B" } }));
    expect(error.fieldErrors?.code?.key).toBe("measures.codeTaken");
    expect((await listMeasures({ municipalityId: m.id, filter: {} })).total).toBe(1);
  });

  it("gives per-field errors for invalid and too long input", async () => {
    const { m } = await setup("4603");
    const error = await errorOf(
      createMeasure({
        municipalityId: m.id,
        principal: admin,
        actor,
        input: { code: "bad code!", title: "x".repeat(301), startPeriod: "sometime", priority: 0 },
      }),
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["code", "priority", "startPeriod", "title"]);
    expect(error.fieldErrors?.title).toEqual({ key: "validation.tooLong", params: { max: 300 } });
  });

  it("detects a stale version and changes nothing", async () => {
    const { m } = await setup("4604");
    const created = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF01", title: "Original" } });
    await updateMeasure({ municipalityId: m.id, id: created.id, version: 1, principal: admin, actor, input: { title: "Første endring" } });
    const error = await errorOf(
      updateMeasure({ municipalityId: m.id, id: created.id, version: 1, principal: admin, actor, input: { title: "Andre endring" } }),
    );
    expect(error.code).toBe("conflict");
    const current = await getMeasureById({ municipalityId: m.id, id: created.id });
    expect(current).toMatchObject({ title: "Første endring", version: 2 });
  });

  it("keeps field-level history of who changed what from what to what", async () => {
    const { m } = await setup("4605");
    const created = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF01", title: "Før" } });
    await updateMeasure({ municipalityId: m.id, id: created.id, version: 1, principal: admin, actor, input: { title: "Etter", tags: ["skole"] } });
    const history = await listMeasureHistory({ municipalityId: m.id, id: created.id });
    const updates = history.filter((h) => h.action === "update");
    expect(updates.map((h) => [h.field, h.oldValue, h.newValue]).sort()).toEqual([
      ["tags", null, ["skole"]],
      ["title", "Før", "Etter"],
    ]);
    expect(updates[0].actorLabel).toBe("test");
  });

  it("requires a reason to drop, a date to complete and a target to merge; the merged code still resolves", async () => {
    const { m } = await setup("4606");
    const a = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF01", title: "A", status: "planned" } });
    const b = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF02", title: "B", status: "planned" } });
    expect(
      (
        await errorOf(
          changeMeasureStatus({ municipalityId: m.id, id: a.id, version: 1, principal: admin, actor, input: { status: "dropped", dropReason: "  " } }),
        )
      ).fieldErrors?.dropReason?.key,
    ).toBe("measures.transition.drop_reason_required");
    expect(
      (await errorOf(changeMeasureStatus({ municipalityId: m.id, id: a.id, version: 1, principal: admin, actor, input: { status: "completed" } }))).fieldErrors
        ?.completedOn?.key,
    ).toBe("measures.transition.completed_on_required");
    expect(
      (await errorOf(changeMeasureStatus({ municipalityId: m.id, id: a.id, version: 1, principal: admin, actor, input: { status: "merged" } }))).fieldErrors
        ?.mergedIntoId?.key,
    ).toBe("measures.transition.merge_target_required");
    const merged = await changeMeasureStatus({
      municipalityId: m.id,
      id: a.id,
      version: 1,
      principal: admin,
      actor,
      input: { status: "merged", mergedIntoId: b.id },
    });
    expect(merged.mergedInto?.code).toBe("TF02");
    expect(await getMeasureByCode({ municipalityId: m.id, code: "tf01" })).toMatchObject({ mergedIntoId: b.id });
    expect((await getMeasureById({ municipalityId: m.id, id: b.id })).mergedFrom.map((x) => x.code)).toEqual(["TF01"]);
    const dropped = await changeMeasureStatus({
      municipalityId: m.id,
      id: b.id,
      version: 1,
      principal: admin,
      actor,
      input: { status: "dropped", dropReason: "Ivaretas i andre fora" },
    });
    expect(dropped).toMatchObject({ status: "dropped", dropReason: "Ivaretas i andre fora" });
    expect(dropped.statusEvents.map((e) => e.toStatus)).toEqual(["dropped", "planned"]);
  });

  it("shows dependencies both ways and rejects cycles", async () => {
    const { m } = await setup("4607");
    const a = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF01", title: "A" } });
    const b = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF02", title: "B", dependsOnIds: [a.id] } });
    const c = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF03", title: "C", dependsOnIds: [b.id] } });
    expect((await getMeasureById({ municipalityId: m.id, id: a.id })).dependents.map((d) => d.code)).toEqual(["TF02"]);
    const error = await errorOf(updateMeasure({ municipalityId: m.id, id: a.id, version: 1, principal: admin, actor, input: { dependsOnIds: [c.id] } }));
    expect(error.fieldErrors?.dependsOnIds).toEqual({ key: "measures.dependencyCycle", params: { path: "TF01 → TF03 → TF02 → TF01" } });
  });

  it("never reads or links another municipality's data", async () => {
    const one = await setup("4608");
    const two = await setup("4609");
    const theirs = await createMeasure({ municipalityId: two.m.id, principal: admin, actor, input: { code: "TF01", title: "Deres" } });
    expect((await errorOf(getMeasureById({ municipalityId: one.m.id, id: theirs.id }))).code).toBe("not_found");
    expect((await errorOf(getMeasureById({ municipalityId: one.m.id, id: "not-a-uuid" }))).code).toBe("not_found");
    expect((await errorOf(updateMeasure({ municipalityId: one.m.id, id: theirs.id, version: 1, principal: admin, actor, input: { title: "x" } }))).code).toBe(
      "not_found",
    );
    const error = await errorOf(
      createMeasure({
        municipalityId: one.m.id,
        principal: admin,
        actor,
        input: { code: "TF01", title: "Mine", dependsOnIds: [theirs.id], goalIds: [two.g1.id], sectorId: two.ho.id },
      }),
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["dependsOnIds", "goalIds", "sectorId"]);
    expect((await listMeasures({ municipalityId: one.m.id, filter: {} })).total).toBe(0);
  });

  it("limits coordinators to their sectors and contributors to proposals they are responsible for", async () => {
    const { m, ho, tf } = await setup("4610");
    const coordinator: Principal = { role: "coordinator", userId: null, sectorIds: [ho.id] };
    await createMeasure({ municipalityId: m.id, principal: coordinator, actor, input: { code: "HO01", title: "Ok", sectorId: ho.id } });
    expect(
      (await errorOf(createMeasure({ municipalityId: m.id, principal: coordinator, actor, input: { code: "TF01", title: "Nei", sectorId: tf.id } }))).code,
    ).toBe("validation");
    const other = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF02", title: "Annen", sectorId: tf.id } });
    expect((await errorOf(updateMeasure({ municipalityId: m.id, id: other.id, version: 1, principal: coordinator, actor, input: { title: "x" } }))).code).toBe(
      "forbidden",
    );
    const reader: Principal = { role: "reader", userId: null, sectorIds: [] };
    expect((await errorOf(createMeasure({ municipalityId: m.id, principal: reader, actor, input: { code: "TF03", title: "x" } }))).code).toBe("forbidden");
  });

  it("suggests the next code from the sector prefix", async () => {
    const { m, ho } = await setup("4611");
    await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "HO09", title: "A", sectorId: ho.id } });
    await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "HO26", title: "B", sectorId: ho.id } });
    expect(await suggestMeasureCode({ municipalityId: m.id, sectorId: ho.id })).toBe("HO27");
  });
});

describe("measure history of relations", () => {
  it("records goal, dependency and merge changes by number and code", async () => {
    const { m, g1, g11 } = await setup("4612");
    const a = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF01", title: "A", goalIds: [g1.id] } });
    const b = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF02", title: "B" } });
    await updateMeasure({ municipalityId: m.id, id: b.id, version: 1, principal: admin, actor, input: { goalIds: [g1.id, g11.id], dependsOnIds: [a.id] } });
    await changeMeasureStatus({ municipalityId: m.id, id: a.id, version: 1, principal: admin, actor, input: { status: "merged", mergedIntoId: b.id } });
    const historyB = (await listMeasureHistory({ municipalityId: m.id, id: b.id })).filter((h) => h.action === "update");
    expect(historyB.map((h) => [h.field, h.oldValue, h.newValue]).sort()).toEqual([
      ["dependsOn", null, ["TF01"]],
      ["goals", null, ["1", "1.1"]],
    ]);
    const historyA = (await listMeasureHistory({ municipalityId: m.id, id: a.id })).filter((h) => h.action === "update");
    expect(historyA.find((h) => h.field === "mergedInto")?.newValue).toBe("TF02");
    // countMeasures runs the goal filter without joins.
    expect(await countMeasures({ municipalityId: m.id, filter: { goal: g11.id } })).toBe(1);
  });
});

describe("used amounts on cost lines", () => {
  it("stores a used amount, records the change in the history and rejects a negative one", async () => {
    const { m } = await setup("4614");
    const line = { amountNok: 100000, recurrence: "one_off", year: 2025, costType: "investment", fundingSource: "own_budget", description: null } as const;
    const created = await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF01", title: "A", costs: [line] } });
    expect((await getMeasureById({ municipalityId: m.id, id: created.id })).costs[0].usedNok).toBeNull();
    await updateMeasure({ municipalityId: m.id, id: created.id, version: 1, principal: admin, actor, input: { costs: [{ ...line, usedNok: 40000 }] } });
    expect((await getMeasureById({ municipalityId: m.id, id: created.id })).costs[0]).toMatchObject({ amountNok: 100000, usedNok: 40000 });
    const history = (await listMeasureHistory({ municipalityId: m.id, id: created.id })).filter((h) => h.action === "update");
    expect(history.map((h) => h.field)).toEqual(["costs"]);
    expect(history[0].oldValue).toEqual([{ ...line, usedNok: null }]);
    expect(history[0].newValue).toEqual([{ ...line, usedNok: 40000 }]);
    const error = await errorOf(
      updateMeasure({ municipalityId: m.id, id: created.id, version: 2, principal: admin, actor, input: { costs: [{ ...line, usedNok: -1 }] } }),
    );
    expect(error.code).toBe("validation");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["costs.0.usedNok"]);
    expect((await getMeasureById({ municipalityId: m.id, id: created.id })).costs[0].usedNok).toBe(40000);
  });
});

describe("measure validation", () => {
  it("reports a taken code together with the other field errors", async () => {
    const { m } = await setup("4613");
    await createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "TF07", title: "A" } });
    const error = await errorOf(createMeasure({ municipalityId: m.id, principal: admin, actor, input: { code: "tf07", title: "", startPeriod: "sometime" } }));
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["code", "startPeriod", "title"]);
    expect(error.fieldErrors?.code?.key).toBe("measures.codeTaken");
  });
});
