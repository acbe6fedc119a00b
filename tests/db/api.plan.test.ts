import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { byId, callApi as call } from "../setup/api-client";
import { goalDetailSchema, goalFlatListSchema, goalTreeSchema, strategyDetailSchema, strategyListSchema } from "~/domains/plan/api/schemas";
import { createApiToken, createMunicipality } from "~/domains/tenancy/mutations.server";
import * as goalRoute from "~/domains/plan/routes/api.v1.goals.$id";
import * as goalsRoute from "~/domains/plan/routes/api.v1.goals";
import * as measuresRoute from "~/domains/measures/routes/api.v1.measures";
import * as strategiesRoute from "~/domains/plan/routes/api.v1.strategies";
import * as strategyRoute from "~/domains/plan/routes/api.v1.strategies.$id";
import type { Principal } from "~/kit/permissions";

const adminPrincipal: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

let admin: string;
let coordinator: string;
let reader: string;
let other: string;

beforeAll(async () => {
  const a = await createMunicipality({ code: "4611", name: "Kommune A" });
  admin = (await createApiToken({ municipalityId: a.id, principal: adminPrincipal, input: { role: "admin", name: "admin" } })).token;
  coordinator = (await createApiToken({ municipalityId: a.id, principal: adminPrincipal, input: { role: "coordinator", name: "koordinator" } })).token;
  reader = (await createApiToken({ municipalityId: a.id, principal: adminPrincipal, input: { role: "reader", name: "leser" } })).token;
  const b = await createMunicipality({ code: "4612", name: "Kommune B" });
  other = (await createApiToken({ municipalityId: b.id, principal: adminPrincipal, input: { role: "admin", name: "B" } })).token;
});

async function createStrategy(token: string, body: Record<string, unknown>) {
  const res = await call(strategiesRoute, "/strategies", { method: "POST", token, body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

async function createGoal(token: string, body: Record<string, unknown>) {
  const res = await call(goalsRoute, "/goals", { method: "POST", token, body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

describe("strategies", () => {
  it("creates, lists, reads and updates a strategy", async () => {
    const created = await createStrategy(coordinator, {
      title: "Digitaliseringsstrategi",
      periodFrom: 2024,
      periodTo: 2028,
      adoptedOn: "2023-12-14",
      focusAreas: ["Innbyggerdialog", "Deling av data"],
    });
    expect(created).toMatchObject({ title: "Digitaliseringsstrategi", version: 1, focusAreas: ["Innbyggerdialog", "Deling av data"], goals: [] });
    expect(strategyDetailSchema.parse(created)).toBeTruthy();
    expect(created).not.toHaveProperty("municipalityId");

    const list = await call(strategiesRoute, "/strategies", { token: reader });
    expect(strategyListSchema.parse(list.json).data.map((s) => s.id)).toContain(created.id);

    const path = `/strategies/${created.id}`;
    const patched = await call(strategyRoute, path, {
      method: "PATCH",
      token: admin,
      body: { version: 1, summary: "Kort om strategien" },
      ...byId(created.id),
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    expect(patched.json).toMatchObject({ title: "Digitaliseringsstrategi", summary: "Kort om strategien", periodTo: 2028, version: 2 });

    const stale = await call(strategyRoute, path, { method: "PATCH", token: admin, body: { version: 1, title: "Overskrevet" }, ...byId(created.id) });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "conflict", currentVersion: 2, current: { id: created.id, title: "Digitaliseringsstrategi", version: 2 } });
    expect((await call(strategyRoute, path, { token: reader, ...byId(created.id) })).json).toEqual(patched.json);

    const invalid = await call(strategyRoute, path, { method: "PATCH", token: admin, body: { version: 2, periodFrom: 2030 }, ...byId(created.id) });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.json.error.fields)).toEqual(["periodTo"]);
    const noVersion = await call(strategyRoute, path, { method: "PATCH", token: admin, body: { title: "X" }, ...byId(created.id) });
    expect(Object.keys(noVersion.json.error.fields)).toEqual(["version"]);
  });

  it("validates new strategies and keeps readers out", async () => {
    const missing = await call(strategiesRoute, "/strategies", { method: "POST", token: admin, body: { periodFrom: 2024 } });
    expect(missing.status).toBe(400);
    expect(missing.json.error.fields).toMatchObject({ title: "Feltet må fylles ut.", periodTo: "Feltet må fylles ut." });
    const denied = await call(strategiesRoute, "/strategies", { method: "POST", token: reader, body: { title: "X", periodFrom: 2024, periodTo: 2025 } });
    expect(denied.status).toBe(403);
    const unauthenticated = await call(strategiesRoute, "/strategies");
    expect(unauthenticated.status).toBe(401);
  });

  it("hides other municipalities' strategies", async () => {
    const theirs = await createStrategy(other, { title: "Kommune Bs strategi", periodFrom: 2024, periodTo: 2025 });
    expect((await call(strategyRoute, `/strategies/${theirs.id}`, { token: admin, ...byId(theirs.id) })).status).toBe(404);
    const patch = await call(strategyRoute, `/strategies/${theirs.id}`, {
      method: "PATCH",
      token: admin,
      body: { version: 1, title: "Kapret" },
      ...byId(theirs.id),
    });
    expect(patch.status).toBe(404);
    expect((await call(strategyRoute, "/strategies/nope", { token: admin, ...byId("nope") })).status).toBe(404);
    expect((await call(strategiesRoute, "/strategies", { token: admin })).json.data.map((s: { id: string }) => s.id)).not.toContain(theirs.id);
    expect((await call(strategyRoute, `/strategies/${theirs.id}`, { token: other, ...byId(theirs.id) })).json.title).toBe("Kommune Bs strategi");
  });
});

describe("goals", () => {
  it("creates goals and lists them as a tree or a flat list", async () => {
    const s1 = await createStrategy(admin, { title: "Strategi 1", periodFrom: 2024, periodTo: 2027 });
    const s2 = await createStrategy(admin, { title: "Strategi 2", periodFrom: 2020, periodTo: 2023 });
    const g1 = await createGoal(coordinator, { strategyId: s1.id, number: "1", title: "Gode digitale tjenester" });
    const g2 = await createGoal(coordinator, { strategyId: s1.id, number: "2", title: "Effektiv drift" });
    const g10 = await createGoal(coordinator, { strategyId: s1.id, number: "1.10", title: "Delmål ti", parentId: g1.id });
    const g12 = await createGoal(coordinator, { strategyId: s1.id, number: "1.2", title: "Delmål to", parentId: g1.id });
    const other = await createGoal(coordinator, { strategyId: s2.id, number: "1", title: "Gammelt mål" });
    expect(goalDetailSchema.parse(g12)).toMatchObject({ parentId: g1.id, measures: [] });

    const tree = await call(goalsRoute, `/goals?strategyId=${s1.id}`, { token: reader });
    expect(tree.status).toBe(200);
    const parsed = goalTreeSchema.parse(tree.json);
    expect(parsed.data.map((g) => g.id)).toEqual([g1.id, g2.id]);
    expect(parsed.data[0].children.map((g) => g.id)).toEqual([g12.id, g10.id]);

    const flat = await call(goalsRoute, `/goals?strategyId=${s1.id}&format=flat`, { token: reader });
    const flatParsed = goalFlatListSchema.parse(flat.json);
    expect(flatParsed.data.map((g) => [g.number, g.depth])).toEqual([
      ["1", 0],
      ["1.2", 1],
      ["1.10", 1],
      ["2", 0],
    ]);
    expect(flat.json.data[0]).not.toHaveProperty("children");

    const all = await call(goalsRoute, "/goals", { token: reader });
    expect(all.json.data.map((g: { id: string }) => g.id)).toContain(other.id);

    expect((await call(goalsRoute, "/goals?strategyId=nope", { token: reader })).status).toBe(400);
    expect((await call(goalsRoute, "/goals?format=nested", { token: reader })).json.error.fields).toHaveProperty("format");
    expect((await call(goalsRoute, "/goals?strategyId=00000000-0000-4000-8000-000000000000", { token: reader })).status).toBe(404);

    // The strategy's representation carries the same tree.
    const strategy = await call(strategyRoute, `/strategies/${s1.id}`, { token: reader, ...byId(s1.id) });
    expect(strategy.json.goals).toEqual(tree.json.data);
  });

  it("reads a goal with its measures and updates it with the version", async () => {
    const s = await createStrategy(admin, { title: "Strategi 3", periodFrom: 2024, periodTo: 2027 });
    const g = await createGoal(admin, { strategyId: s.id, number: "1", title: "Mål" });
    const m = await call(measuresRoute, "/measures", { method: "POST", token: admin, body: { code: "T1", title: "Tiltak", goalIds: [g.id] } });
    expect(m.status).toBe(201);

    const read = await call(goalRoute, `/goals/${g.id}`, { token: reader, ...byId(g.id) });
    expect(read.json.measures).toEqual([{ id: m.json.id, code: "T1", title: "Tiltak", status: "idea" }]);

    const patched = await call(goalRoute, `/goals/${g.id}`, {
      method: "PATCH",
      token: coordinator,
      body: { version: 1, indicator: "Andel digitale søknader" },
      ...byId(g.id),
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    expect(patched.json).toMatchObject({ number: "1", title: "Mål", indicator: "Andel digitale søknader", version: 2 });

    const stale = await call(goalRoute, `/goals/${g.id}`, { method: "PATCH", token: coordinator, body: { version: 1, title: "Nei" }, ...byId(g.id) });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ currentVersion: 2, current: { title: "Mål", version: 2 } });

    const move = await call(goalRoute, `/goals/${g.id}`, {
      method: "PATCH",
      token: coordinator,
      body: { version: 2, strategyId: "00000000-0000-4000-8000-000000000000" },
      ...byId(g.id),
    });
    expect(move.status).toBe(400);
    expect(Object.keys(move.json.error.fields)).toEqual(["strategyId"]);
    // Sending back what was read (with the same strategyId) is fine.
    const roundTrip = await call(goalRoute, `/goals/${g.id}`, {
      method: "PUT",
      token: coordinator,
      body: { ...patched.json, title: "Nytt mål" },
      ...byId(g.id),
    });
    expect(roundTrip.status, JSON.stringify(roundTrip.json)).toBe(200);
    expect(roundTrip.json).toMatchObject({ title: "Nytt mål", version: 3, measures: [{ code: "T1" }] });

    const denied = await call(goalRoute, `/goals/${g.id}`, { method: "PATCH", token: reader, body: { version: 3, title: "X" }, ...byId(g.id) });
    expect(denied.status).toBe(403);
    const foreign = await call(goalRoute, `/goals/${g.id}`, { token: other, ...byId(g.id) });
    expect(foreign.status).toBe(404);
    const foreignPatch = await call(goalRoute, `/goals/${g.id}`, { method: "PATCH", token: other, body: { version: 3, title: "X" }, ...byId(g.id) });
    expect(foreignPatch.status).toBe(404);
  });

  it("validates new goals", async () => {
    const s = await createStrategy(admin, { title: "Strategi 4", periodFrom: 2024, periodTo: 2027 });
    await createGoal(admin, { strategyId: s.id, number: "1", title: "Mål" });
    const taken = await call(goalsRoute, "/goals", { method: "POST", token: admin, body: { strategyId: s.id, number: "1", title: "Igjen" } });
    expect(taken.status).toBe(400);
    expect(Object.keys(taken.json.error.fields)).toEqual(["number"]);
    const theirs = await createStrategy(other, { title: "B", periodFrom: 2024, periodTo: 2025 });
    const foreign = await call(goalsRoute, "/goals", { method: "POST", token: admin, body: { strategyId: theirs.id, number: "1", title: "X" } });
    expect(foreign.status).toBe(400);
    expect(Object.keys(foreign.json.error.fields)).toEqual(["strategyId"]);
    expect((await call(goalsRoute, "/goals", { method: "POST", token: reader, body: { strategyId: s.id, number: "2", title: "X" } })).status).toBe(403);
  });
});
