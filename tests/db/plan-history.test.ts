// The strategy and goal history pages: their loaders show what updateStrategy/updateGoal wrote, and 404 for ids
// of another municipality or malformed ids.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { loader as goalHistoryLoader } from "~/domains/plan/routes/goals.$id.history";
import { loader as strategyHistoryLoader } from "~/domains/plan/routes/strategies.$id.history";
import { signIn } from "~/domains/tenancy/login.server";
import { createGoal, createStrategy, updateGoal, updateStrategy } from "~/domains/plan/mutations.server";
import { addMember, createMunicipality } from "~/domains/tenancy/mutations.server";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

const actor = { userId: null, label: "Testimport" };
let cookie = "";
let municipalityId = "";
let otherStrategyId = "";
let otherGoalId = "";

beforeAll(async () => {
  const a = await createMunicipality({ code: "9101", name: "Kommune A" });
  const b = await createMunicipality({ code: "9102", name: "Kommune B" });
  municipalityId = a.id;
  await addMember({ municipalityId: a.id, principal: admin, input: { email: "leser@a.no", name: "Lise Leser", role: "reader", password: "passord-a-123456" } });
  const bStrategy = await createStrategy({ municipalityId: b.id, principal: admin, input: { title: "B-strategi", periodFrom: 2024, periodTo: 2027 }, actor });
  const bGoal = await createGoal({ municipalityId: b.id, principal: admin, input: { strategyId: bStrategy.id, number: "1", title: "B-mål" }, actor });
  otherStrategyId = bStrategy.id;
  otherGoalId = bGoal.id;
  const { headers } = await signIn({
    request: new Request("http://localhost/login", { method: "POST" }),
    input: { email: "leser@a.no", password: "passord-a-123456" },
  });
  cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
});

function args(path: string, id: string) {
  return { request: new Request(`http://localhost${path}`, { headers: { Cookie: cookie } }), params: { id }, context: {} } as never;
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    const e = error as { init?: { status?: number }; status?: number };
    return e.init?.status ?? e.status ?? 500;
  }
}

describe("strategy history", () => {
  it("shows an update as its own change set, newest first, with old and new values", async () => {
    const s = await createStrategy({ municipalityId, principal: admin, input: { title: "Gammel tittel", periodFrom: 2024, periodTo: 2027 }, actor });
    await updateStrategy({ municipalityId, principal: admin, id: s.id, input: { title: "Ny tittel", periodFrom: 2024, periodTo: 2028 }, version: 1, actor });
    const result = (await strategyHistoryLoader(args(`/strategies/${s.id}/history`, s.id))) as Awaited<ReturnType<typeof strategyHistoryLoader>>;
    expect(result.strategy).toEqual({ id: s.id, title: "Ny tittel" });
    expect(result.groups).toHaveLength(2);
    const [update, create] = result.groups;
    expect(update.action).toBe("update");
    expect(update.who).toBe("Testimport");
    // Fields in the order of the form.
    expect(update.changes.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ["title", "Gammel tittel", "Ny tittel"],
      ["periodTo", 2027, 2028],
    ]);
    expect(create.action).toBe("create");
    expect(create.changes.map((c) => c.field)).toContain("title");
  });

  it("answers 404 for another municipality's strategy and for a malformed id", async () => {
    expect(await statusOf(strategyHistoryLoader(args(`/strategies/${otherStrategyId}/history`, otherStrategyId)))).toBe(404);
    expect(await statusOf(strategyHistoryLoader(args("/strategies/123/history", "123")))).toBe(404);
  });
});

describe("goal history", () => {
  it("shows an update, with the parent goal by name", async () => {
    const s = await createStrategy({ municipalityId, principal: admin, input: { title: "Strategi", periodFrom: 2024, periodTo: 2027 }, actor });
    const parent = await createGoal({ municipalityId, principal: admin, input: { strategyId: s.id, number: "1", title: "Hovedmål" }, actor });
    const g = await createGoal({ municipalityId, principal: admin, input: { strategyId: s.id, number: "2", title: "Delmål" }, actor });
    await updateGoal({
      municipalityId,
      principal: admin,
      id: g.id,
      input: { strategyId: s.id, parentId: parent.id, number: "1.1", title: "Delmål" },
      version: 1,
      actor,
    });
    const result = (await goalHistoryLoader(args(`/goals/${g.id}/history`, g.id))) as Awaited<ReturnType<typeof goalHistoryLoader>>;
    const [update] = result.groups;
    expect(update.action).toBe("update");
    // String() because change_log (jsonb) currently reads numeric-looking strings back as numbers.
    expect(update.changes.map((c) => [c.field, c.oldValue === null ? null : String(c.oldValue), String(c.newValue)])).toEqual([
      ["parentId", null, parent.id],
      ["number", "2", "1.1"],
    ]);
    expect(result.names[parent.id]).toBe("1 Hovedmål");
  });

  it("answers 404 for another municipality's goal and for a malformed id", async () => {
    expect(await statusOf(goalHistoryLoader(args(`/goals/${otherGoalId}/history`, otherGoalId)))).toBe(404);
    expect(await statusOf(goalHistoryLoader(args("/goals/x/history", "x")))).toBe(404);
  });
});
