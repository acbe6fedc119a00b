import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { measure, measureGoal } from "~/domains/measures/index.server";
import { listHistory } from "~/domains/history/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";
import { createGoal, createStrategy, deleteGoal, updateGoal, updateStrategy } from "./mutations.server";
import { getGoalById, getStrategyById, listGoalTree, listMeasuresForGoal, listStrategies } from "./queries.server";
import { flattenGoalTree } from "./tree";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

const actor = { userId: null, label: "test" };

async function expectAppError(promise: Promise<unknown>, code: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field) expect(Object.keys((error as AppError).fieldErrors ?? {})).toContain(field);
  return error as AppError;
}

let nextCode = 1000;
async function municipality() {
  nextCode += 1;
  return createMunicipality({ code: String(nextCode), name: `Kommune ${nextCode}` });
}

const strategyInput = {
  title: "Strategi for digitalisering",
  periodFrom: "2023",
  periodTo: "2027",
  adoptedOn: "2022-12-15",
  caseReference: "Sak 58/22",
  summary: "Vi ønsker å digitalisere organisasjonen.",
  focusAreas: "Forankring\n\n  Digital samhandling \r\nGevinstrealisering\n",
};

describe("strategies", () => {
  it("creates a strategy from form values and writes history", async () => {
    const m = await municipality();
    const s = await createStrategy({ municipalityId: m.id, principal: admin, input: strategyInput, actor });
    expect(s).toMatchObject({
      title: "Strategi for digitalisering",
      periodFrom: 2023,
      periodTo: 2027,
      adoptedOn: "2022-12-15",
      caseReference: "Sak 58/22",
      focusAreas: ["Forankring", "Digital samhandling", "Gevinstrealisering"],
      version: 1,
    });
    expect((await listStrategies({ municipalityId: m.id })).map((r) => r.id)).toEqual([s.id]);
    const history = await listHistory({ municipalityId: m.id, entityType: "strategy", entityId: s.id });
    expect(history.every((h) => h.action === "create")).toBe(true);
    expect(history.map((h) => h.field).sort()).toEqual(["adoptedOn", "caseReference", "focusAreas", "periodFrom", "periodTo", "summary", "title"]);
  });

  it("validates the input", async () => {
    const m = await municipality();
    const error = await expectAppError(
      createStrategy({
        municipalityId: m.id,
        principal: admin,
        input: { title: "", periodFrom: "1999", periodTo: "2027", adoptedOn: "2022-02-30", caseReference: "x".repeat(51) },
        actor,
      }),
      "validation",
    );
    expect(error.fieldErrors).toMatchObject({
      title: { key: "validation.required" },
      periodFrom: { key: "validation.year" },
      adoptedOn: { key: "validation.date" },
      caseReference: { key: "validation.tooLong" },
    });
    await expectAppError(
      createStrategy({ municipalityId: m.id, principal: admin, input: { ...strategyInput, periodFrom: "2028" }, actor }),
      "validation",
      "periodTo",
    );
    await expectAppError(
      createStrategy({ municipalityId: m.id, principal: admin, input: { ...strategyInput, focusAreas: `ok\n${"x".repeat(201)}` }, actor }),
      "validation",
      "focusAreas",
    );
    const optional = await createStrategy({
      municipalityId: m.id,
      principal: admin,
      input: { title: "Kort", periodFrom: "2024", periodTo: "2024", adoptedOn: "", caseReference: " ", summary: "", focusAreas: "" },
      actor,
    });
    expect(optional).toMatchObject({ adoptedOn: null, caseReference: null, summary: null, focusAreas: [] });
  });

  it("updates with the current version, bumps it, and refuses a stale version without writing", async () => {
    const m = await municipality();
    const s = await createStrategy({ municipalityId: m.id, principal: admin, input: strategyInput, actor });
    const updated = await updateStrategy({
      municipalityId: m.id,
      principal: admin,
      id: s.id,
      input: { ...strategyInput, title: "Ny tittel" },
      version: 1,
      actor,
    });
    expect(updated).toMatchObject({ title: "Ny tittel", version: 2 });
    const history = await listHistory({ municipalityId: m.id, entityType: "strategy", entityId: s.id });
    expect(history.filter((h) => h.action === "update")).toEqual([
      expect.objectContaining({ field: "title", oldValue: strategyInput.title, newValue: "Ny tittel" }),
    ]);

    const error = await expectAppError(
      updateStrategy({ municipalityId: m.id, principal: admin, id: s.id, input: { ...strategyInput, title: "Gammel redigering" }, version: 1, actor }),
      "conflict",
    );
    expect(error.details).toMatchObject({ current: { title: "Ny tittel", version: 2 } });
    expect(await getStrategyById({ municipalityId: m.id, id: s.id })).toMatchObject({ title: "Ny tittel", version: 2 });
    expect(await listHistory({ municipalityId: m.id, entityType: "strategy", entityId: s.id })).toHaveLength(history.length);
  });

  it("treats other municipalities' ids, unknown ids and malformed ids as not found", async () => {
    const a = await municipality();
    const b = await municipality();
    const s = await createStrategy({ municipalityId: a.id, principal: admin, input: strategyInput, actor });
    await expectAppError(getStrategyById({ municipalityId: b.id, id: s.id }), "not_found");
    await expectAppError(getStrategyById({ municipalityId: a.id, id: randomUUID() }), "not_found");
    await expectAppError(getStrategyById({ municipalityId: a.id, id: "not-a-uuid" }), "not_found");
    await expectAppError(updateStrategy({ municipalityId: b.id, principal: admin, id: s.id, input: strategyInput, version: 1, actor }), "not_found");
    await expectAppError(updateStrategy({ municipalityId: a.id, principal: admin, id: "123", input: strategyInput, version: 1, actor }), "not_found");
    expect(await listStrategies({ municipalityId: b.id })).toEqual([]);
    expect(await getStrategyById({ municipalityId: a.id, id: s.id })).toMatchObject({ version: 1 });
  });
});

describe("goals", () => {
  async function setup() {
    const m = await municipality();
    const s = await createStrategy({ municipalityId: m.id, principal: admin, input: strategyInput, actor });
    const goal = (input: Record<string, unknown>) => createGoal({ municipalityId: m.id, principal: admin, input: { strategyId: s.id, ...input }, actor });
    return { m, s, goal };
  }

  it("builds a naturally sorted, nested tree with measure counts", async () => {
    const { m, s, goal } = await setup();
    const g10 = await goal({ number: "10", title: "Ti" });
    const g2 = await goal({ number: "2", title: "To" });
    const g1 = await goal({ number: "1", title: "Digitalisere på en åpen måte", indicator: "" });
    const g110 = await goal({ number: "1.10", title: "Ti under en", parentId: g1.id });
    const g12 = await goal({ number: "1.2", title: "Digitale kanaler", parentId: g1.id, indicator: "Strategi vedtatt" });
    const g121 = await goal({ number: "1.2.1.", title: "Kommunikasjonsstrategi", parentId: g12.id });
    expect(g121.number).toBe("1.2.1");
    expect(g1.indicator).toBeNull();

    const [m1, m2] = await db()
      .insert(measure)
      .values([
        { municipalityId: m.id, code: "TF10", title: "Tiende" },
        { municipalityId: m.id, code: "TF2", title: "Andre", status: "planned" },
      ])
      .returning();
    await db()
      .insert(measureGoal)
      .values([
        { measureId: m1.id, goalId: g12.id, municipalityId: m.id },
        { measureId: m2.id, goalId: g12.id, municipalityId: m.id },
        { measureId: m2.id, goalId: g2.id, municipalityId: m.id },
      ]);

    const tree = await listGoalTree({ municipalityId: m.id, strategyId: s.id });
    expect(tree.map((n) => n.number)).toEqual(["1", "2", "10"]);
    expect(tree[0].children.map((n) => n.number)).toEqual(["1.2", "1.10"]);
    expect(tree[0].children[0].children.map((n) => n.id)).toEqual([g121.id]);
    expect(flattenGoalTree(tree).map(({ node }) => [node.number, node.measureCount])).toEqual([
      ["1", 0],
      ["1.2", 2],
      ["1.2.1", 0],
      ["1.10", 0],
      ["2", 1],
      ["10", 0],
    ]);
    expect(tree.find((n) => n.id === g10.id)?.children).toEqual([]);
    expect(tree[0].children.find((n) => n.id === g110.id)).toBeDefined();

    expect(await listMeasuresForGoal({ municipalityId: m.id, goalId: g12.id })).toEqual([
      { id: m2.id, code: "TF2", title: "Andre", status: "planned" },
      { id: m1.id, code: "TF10", title: "Tiende", status: "idea" },
    ]);
    const other = await municipality();
    expect(await listMeasuresForGoal({ municipalityId: other.id, goalId: g12.id })).toEqual([]);
    expect(await listGoalTree({ municipalityId: other.id })).toEqual([]);
    // All strategies of the municipality.
    const s2 = await createStrategy({ municipalityId: m.id, principal: admin, input: { ...strategyInput, title: "Neste" }, actor });
    await createGoal({ municipalityId: m.id, principal: admin, input: { strategyId: s2.id, number: "1", title: "Annen strategi" }, actor });
    const all = await listGoalTree({ municipalityId: m.id });
    expect(
      all
        .filter((n) => n.number === "1")
        .map((n) => n.strategyId)
        .sort(),
    ).toEqual([s.id, s2.id].sort());
    await expectAppError(listGoalTree({ municipalityId: m.id, strategyId: "x" }), "not_found");
  });

  it("rejects a duplicate number within a strategy but allows it in another", async () => {
    const { m, goal } = await setup();
    const g1 = await goal({ number: "1", title: "En" });
    const error = await expectAppError(goal({ number: "1", title: "Igjen" }), "validation", "number");
    expect(error.fieldErrors?.number).toEqual({ key: "plan.goalNumberTaken" });
    await expectAppError(goal({ number: "1.a", title: "Feil" }), "validation", "number");
    const g2 = await goal({ number: "2", title: "To" });
    await expectAppError(
      updateGoal({ municipalityId: m.id, principal: admin, id: g2.id, input: { number: "1", title: "To" }, version: 1, actor }),
      "validation",
      "number",
    );
    const other = await createStrategy({ municipalityId: m.id, principal: admin, input: strategyInput, actor });
    await createGoal({ municipalityId: m.id, principal: admin, input: { strategyId: other.id, number: "1", title: "En" }, actor });
    expect((await getGoalById({ municipalityId: m.id, id: g1.id })).title).toBe("En");
  });

  it("rejects a parent from another strategy or municipality, and an unknown strategy", async () => {
    const { m, goal } = await setup();
    const otherStrategy = await createStrategy({ municipalityId: m.id, principal: admin, input: strategyInput, actor });
    const foreignParent = await createGoal({
      municipalityId: m.id,
      principal: admin,
      input: { strategyId: otherStrategy.id, number: "1", title: "Der" },
      actor,
    });
    const error = await expectAppError(goal({ number: "1.1", title: "Her", parentId: foreignParent.id }), "validation", "parentId");
    expect(error.fieldErrors?.parentId).toEqual({ key: "plan.parentInvalid" });

    const n = await municipality();
    const ns = await createStrategy({ municipalityId: n.id, principal: admin, input: strategyInput, actor });
    const nGoal = await createGoal({ municipalityId: n.id, principal: admin, input: { strategyId: ns.id, number: "1", title: "Nabo" }, actor });
    await expectAppError(goal({ number: "1.1", title: "Her", parentId: nGoal.id }), "validation", "parentId");
    await expectAppError(goal({ number: "1.1", title: "Her", parentId: randomUUID() }), "validation", "parentId");
    await expectAppError(goal({ number: "1.1", title: "Her", parentId: "nope" }), "validation", "parentId");
    // Creating in the neighbour's strategy is refused like an unknown strategy.
    await expectAppError(
      createGoal({ municipalityId: m.id, principal: admin, input: { strategyId: ns.id, number: "9", title: "Inn" }, actor }),
      "validation",
      "strategyId",
    );
    await expectAppError(
      createGoal({ municipalityId: m.id, principal: admin, input: { strategyId: randomUUID(), number: "9", title: "Inn" }, actor }),
      "validation",
      "strategyId",
    );

    const own = await goal({ number: "1", title: "Egen" });
    await expectAppError(
      updateGoal({ municipalityId: m.id, principal: admin, id: own.id, input: { number: "1", title: "Egen", parentId: foreignParent.id }, version: 1, actor }),
      "validation",
      "parentId",
    );
  });

  it("rejects a cycle when editing", async () => {
    const { m, goal } = await setup();
    const a = await goal({ number: "1", title: "A" });
    const b = await goal({ number: "1.1", title: "B", parentId: a.id });
    const c = await goal({ number: "1.1.1", title: "C", parentId: b.id });
    for (const parentId of [a.id, c.id]) {
      const error = await expectAppError(
        updateGoal({ municipalityId: m.id, principal: admin, id: a.id, input: { number: "1", title: "A", parentId }, version: 1, actor }),
        "validation",
        "parentId",
      );
      expect(error.fieldErrors?.parentId).toEqual({ key: "plan.parentCycle" });
    }
    // Moving C up to A is fine.
    const moved = await updateGoal({
      municipalityId: m.id,
      principal: admin,
      id: c.id,
      input: { number: "1.2", title: "C", parentId: a.id },
      version: 1,
      actor,
    });
    expect(moved).toMatchObject({ parentId: a.id, number: "1.2", version: 2 });
    expect(await getGoalById({ municipalityId: m.id, id: a.id })).toMatchObject({ parentId: null, version: 1 });
  });

  it("updates with versions, refuses stale ones and writes history", async () => {
    const { m, goal } = await setup();
    const g = await goal({ number: "1", title: "Før", indicator: "Måling" });
    const created = await listHistory({ municipalityId: m.id, entityType: "goal", entityId: g.id });
    expect(created.map((h) => h.field).sort()).toEqual(["indicator", "number", "strategyId", "title"]);

    const updated = await updateGoal({
      municipalityId: m.id,
      principal: admin,
      id: g.id,
      input: { number: "1", title: "Etter", indicator: "Måling" },
      version: 1,
      actor,
    });
    expect(updated).toMatchObject({ title: "Etter", version: 2 });
    const error = await expectAppError(
      updateGoal({ municipalityId: m.id, principal: admin, id: g.id, input: { number: "5", title: "Stale" }, version: 1, actor }),
      "conflict",
    );
    expect(error.details).toMatchObject({ current: { title: "Etter", number: "1", version: 2 } });
    expect(await getGoalById({ municipalityId: m.id, id: g.id })).toMatchObject({ title: "Etter", number: "1", indicator: "Måling", version: 2 });
    const history = await listHistory({ municipalityId: m.id, entityType: "goal", entityId: g.id });
    expect(history.filter((h) => h.action === "update")).toEqual([expect.objectContaining({ field: "title", oldValue: "Før", newValue: "Etter" })]);
  });

  it("keeps goals of other municipalities out of reach", async () => {
    const { m, goal } = await setup();
    const g = await goal({ number: "1", title: "Min" });
    const other = await municipality();
    await expectAppError(getGoalById({ municipalityId: other.id, id: g.id }), "not_found");
    await expectAppError(getGoalById({ municipalityId: m.id, id: "1" }), "not_found");
    await expectAppError(
      updateGoal({ municipalityId: other.id, principal: admin, id: g.id, input: { number: "1", title: "Tatt" }, version: 1, actor }),
      "not_found",
    );
    await expectAppError(deleteGoal({ municipalityId: other.id, principal: admin, id: g.id, actor }), "not_found");
    await expectAppError(deleteGoal({ municipalityId: m.id, principal: admin, id: "x", actor }), "not_found");
    await expectAppError(listMeasuresForGoal({ municipalityId: m.id, goalId: "x" }), "not_found");
    expect(await getGoalById({ municipalityId: m.id, id: g.id })).toMatchObject({ title: "Min", version: 1 });
  });

  it("deletes a goal without sub-goals and refuses one with sub-goals", async () => {
    const { m, s, goal } = await setup();
    const parent = await goal({ number: "1", title: "Forelder" });
    const child = await goal({ number: "1.1", title: "Barn", parentId: parent.id });
    const error = await expectAppError(deleteGoal({ municipalityId: m.id, principal: admin, id: parent.id, actor }), "validation");
    expect(error.messageRef).toEqual({ key: "plan.goalHasChildren" });
    await expectAppError(deleteGoal({ municipalityId: m.id, principal: admin, id: child.id, version: 7, actor }), "conflict");
    await deleteGoal({ municipalityId: m.id, principal: admin, id: child.id, version: 1, actor });
    await expectAppError(getGoalById({ municipalityId: m.id, id: child.id }), "not_found");
    const history = await listHistory({ municipalityId: m.id, entityType: "goal", entityId: child.id });
    expect(history.filter((h) => h.action === "delete").length).toBeGreaterThan(0);
    await deleteGoal({ municipalityId: m.id, principal: admin, id: parent.id, actor });
    expect(await listGoalTree({ municipalityId: m.id, strategyId: s.id })).toEqual([]);
  });
});

describe("permissions", () => {
  const reader: Principal = { role: "reader", userId: null, sectorIds: [] };
  const contributor: Principal = { role: "contributor", userId: null, sectorIds: [] };
  const coordinator: Principal = { role: "coordinator", userId: null, sectorIds: [] };

  it("lets admins and coordinators edit the plan and refuses readers and contributors without writing", async () => {
    const m = await municipality();
    const s = await createStrategy({ municipalityId: m.id, principal: admin, input: strategyInput, actor });
    const g = await createGoal({ municipalityId: m.id, principal: admin, input: { strategyId: s.id, number: "1", title: "Mål" }, actor });
    await expectAppError(
      updateStrategy({ municipalityId: m.id, principal: reader, id: s.id, input: { ...strategyInput, title: "Lesarens tittel" }, version: 1, actor }),
      "forbidden",
    );
    await expectAppError(createStrategy({ municipalityId: m.id, principal: contributor, input: strategyInput, actor }), "forbidden");
    await expectAppError(createGoal({ municipalityId: m.id, principal: reader, input: { strategyId: s.id, number: "2", title: "To" }, actor }), "forbidden");
    await expectAppError(
      updateGoal({ municipalityId: m.id, principal: contributor, id: g.id, input: { number: "1", title: "Endret" }, version: 1, actor }),
      "forbidden",
    );
    await expectAppError(deleteGoal({ municipalityId: m.id, principal: reader, id: g.id, actor }), "forbidden");
    expect(await listStrategies({ municipalityId: m.id })).toHaveLength(1);
    expect(await getStrategyById({ municipalityId: m.id, id: s.id })).toMatchObject({ title: strategyInput.title, version: 1 });
    expect(await getGoalById({ municipalityId: m.id, id: g.id })).toMatchObject({ title: "Mål", version: 1 });

    expect(
      await updateStrategy({
        municipalityId: m.id,
        principal: coordinator,
        id: s.id,
        input: { ...strategyInput, title: "Koordinatorens tittel" },
        version: 1,
        actor,
      }),
    ).toMatchObject({ version: 2 });
    expect(
      await updateGoal({ municipalityId: m.id, principal: coordinator, id: g.id, input: { number: "1", title: "Endret" }, version: 1, actor }),
    ).toMatchObject({ version: 2 });
  });
});
