import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { createGoal, createStrategy, goal, strategy } from "~/domains/plan/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";

useTestDatabase();

const actor = { userId: null, label: "test" };
const admin = { role: "admin" as const, userId: null, sectorIds: [] };

async function tenantWithGoal(code: string) {
  const m = await createMunicipality({ code, name: `Kommune ${code}` });
  const s = await createStrategy({ municipalityId: m.id, principal: admin, input: { title: `Strategi ${code}`, periodFrom: "2024", periodTo: "2027" }, actor });
  const g = await createGoal({ municipalityId: m.id, principal: admin, input: { strategyId: s.id, number: "1", title: `Mål ${code}` }, actor });
  return { municipalityId: m.id, strategyId: s.id, goalId: g.id };
}

describe("tenant scope", () => {
  it("finds a row by id only in its own municipality", async () => {
    const a = await tenantWithGoal("3001");
    const b = await tenantWithGoal("3002");
    const own = await db()
      .select()
      .from(strategy)
      .where(byId(strategy, { municipalityId: a.municipalityId, id: a.strategyId }));
    expect(own.map((r) => r.id)).toEqual([a.strategyId]);
    const other = await db()
      .select()
      .from(strategy)
      .where(byId(strategy, { municipalityId: a.municipalityId, id: b.strategyId }));
    expect(other).toEqual([]);
  });

  it("finds children by parent only in the municipality, with every extra condition applied", async () => {
    const a = await tenantWithGoal("3003");
    const b = await tenantWithGoal("3004");
    const children = (municipalityId: string, strategyId: string, number: string) =>
      db()
        .select({ id: goal.id })
        .from(goal)
        .where(scoped(goal, municipalityId, eq(goal.strategyId, strategyId), eq(goal.number, number)));
    expect(await children(a.municipalityId, a.strategyId, "1")).toEqual([{ id: a.goalId }]);
    expect(await children(a.municipalityId, a.strategyId, "2")).toEqual([]);
    expect(await children(a.municipalityId, b.strategyId, "1")).toEqual([]);
    expect(await db().select({ id: goal.id }).from(goal).where(scoped(goal, b.municipalityId))).toEqual([{ id: b.goalId }]);
  });

  it("scopes a join by the joined column", async () => {
    const a = await tenantWithGoal("3005");
    const b = await tenantWithGoal("3006");
    const joined = (municipalityId: string) =>
      db()
        .select({ goalId: goal.id, strategyId: strategy.id })
        .from(goal)
        .innerJoin(strategy, byId(strategy, { municipalityId, id: goal.strategyId }))
        .where(eq(goal.id, a.goalId));
    expect(await joined(a.municipalityId)).toEqual([{ goalId: a.goalId, strategyId: a.strategyId }]);
    expect(await joined(b.municipalityId)).toEqual([]);
  });
});
