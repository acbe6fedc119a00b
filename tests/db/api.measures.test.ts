import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { byId, callApi as call } from "../setup/api-client";
import { db } from "~/kit/db.server";
import { measure } from "~/domains/measures/db";
import type { Role } from "~/domains/tenancy/db";
import { measureListSchema, measureSchema } from "~/domains/measures/api/schemas";
import { signIn } from "~/domains/tenancy/login.server";
import { createGoal, createStrategy } from "~/domains/plan/mutations.server";
import { addMember, createApiToken, createMunicipality } from "~/domains/tenancy/mutations.server";
import { listSectors } from "~/domains/tenancy/queries.server";
import * as historyRoute from "~/domains/measures/routes/api.v1.measures.$id.history";
import * as measureRoute from "~/domains/measures/routes/api.v1.measures.$id";
import * as measuresRoute from "~/domains/measures/routes/api.v1.measures";
import * as splatRoute from "~/domains/api/routes/api.v1.splat";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

let tokens: Record<Exclude<Role, "contributor">, string>;
let otherToken: string;
let ho: { id: string };
let tf: { id: string };
let goalId: string;
let subGoalId: string;
let otherMeasureId: string;
let contributorCookie: string;
let contributorUserId: string;

async function createVia(token: string, body: Record<string, unknown>) {
  const res = await call(measuresRoute, "/measures", { method: "POST", token, body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

beforeAll(async () => {
  const a = await createMunicipality({
    code: "4601",
    name: "Kommune A",
    sectors: [
      { name: "Helse og omsorg", codePrefix: "HO" },
      { name: "Tverrfaglig", codePrefix: "TF" },
    ],
  });
  [ho, tf] = await listSectors({ municipalityId: a.id });
  tokens = {} as typeof tokens;
  // API tokens are readers, coordinators or admins; contributors use the app (session cookie).
  for (const role of ["admin", "coordinator", "reader"] as const) {
    tokens[role] = (await createApiToken({ municipalityId: a.id, principal: admin, input: { role, name: `${role} token` } })).token;
  }
  const actor = { userId: null, label: "test" };
  const strategy = await createStrategy({ municipalityId: a.id, principal: admin, input: { title: "Strategi", periodFrom: 2023, periodTo: 2027 }, actor });
  goalId = (await createGoal({ municipalityId: a.id, principal: admin, input: { strategyId: strategy.id, number: "1", title: "Hovedmål" }, actor })).id;
  subGoalId = (
    await createGoal({ municipalityId: a.id, principal: admin, input: { strategyId: strategy.id, parentId: goalId, number: "1.1", title: "Delmål" }, actor })
  ).id;

  await createVia(tokens.admin, {
    code: "HO1",
    title: "Digitalisere alle søknadsskjema",
    sectorId: ho.id,
    status: "planned",
    userOriented: true,
    goalIds: [subGoalId],
    startPeriod: "2025H1",
  });
  await createVia(tokens.admin, {
    code: "HO2",
    title: "Innføre velferdsteknologi i hjemmetjenesten",
    sectorId: ho.id,
    status: "in_progress",
    startPeriod: "2024",
  });
  await createVia(tokens.admin, { code: "TF1", title: "Felles saksbehandlingssystem", sectorId: tf.id, status: "idea" });

  const b = await createMunicipality({ code: "4602", name: "Kommune B" });
  otherToken = (await createApiToken({ municipalityId: b.id, principal: admin, input: { role: "admin", name: "B admin" } })).token;
  otherMeasureId = (await createVia(otherToken, { code: "B1", title: "Kommune Bs tiltak" })).id;

  // A contributor signed in to the app (session cookie, no token).
  await addMember({
    municipalityId: a.id,
    principal: admin,
    input: { email: "bidragsyter@example.no", name: "Bjørn Bidragsyter", role: "contributor", password: "passord-passord" },
  });
  const { headers } = await signIn({
    request: new Request("http://localhost/login", { method: "POST" }),
    input: { email: "bidragsyter@example.no", password: "passord-passord" },
  });
  contributorCookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const session = await call(measuresRoute, "/measures", {
    method: "POST",
    cookie: contributorCookie,
    body: { code: "HO9", title: "Forslag fra bidragsyter", sectorId: ho.id },
  });
  expect(session.status, JSON.stringify(session.json)).toBe(201);
  contributorUserId = session.json.responsibleUserId;
  expect(contributorUserId).toBeTruthy();
});

describe("authentication and roles", () => {
  it("answers 401 JSON without or with bad credentials", async () => {
    for (const options of [{}, { token: "rtn_not-a-token" }, { headers: { Authorization: "Basic abc" } }, { cookie: "retning.session_token=forged" }]) {
      const res = await call(measuresRoute, "/measures", options);
      expect(res.status).toBe(401);
      expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
      expect(res.json.error).toMatchObject({ code: "unauthorized", message: "Du må logge inn." });
    }
    expect((await call(measuresRoute, "/measures", { method: "POST", body: { code: "X1", title: "X" } })).status).toBe(401);
  });

  it("lets a reader read but not write (403)", async () => {
    expect((await call(measuresRoute, "/measures", { token: tokens.reader })).status).toBe(200);
    const res = await call(measuresRoute, "/measures", { method: "POST", token: tokens.reader, body: { code: "X1", title: "X" } });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("forbidden");
    const list = await call(measuresRoute, "/measures?q=HO1", { token: tokens.admin });
    const id = list.json.data[0].id;
    const patch = await call(measureRoute, `/measures/${id}`, { method: "PATCH", token: tokens.reader, body: { version: 1, title: "Y" }, ...byId(id) });
    expect(patch.status).toBe(403);
  });

  it("applies the module's rules to contributors", async () => {
    // A contributor may propose, not plan.
    const planned = await call(measuresRoute, "/measures", {
      method: "POST",
      cookie: contributorCookie,
      body: { code: "HO10", title: "Planlagt", status: "planned" },
    });
    expect(planned.status).toBe(400);
    expect(Object.keys(planned.json.error.fields)).toContain("status");
    // … may edit measures they are responsible for …
    const own = (await call(measuresRoute, "/measures?q=HO9", { cookie: contributorCookie })).json.data[0];
    const edited = await call(measureRoute, `/measures/${own.id}`, {
      method: "PATCH",
      cookie: contributorCookie,
      body: { version: own.version, description: "Mer tekst" },
      ...byId(own.id),
    });
    expect(edited.status, JSON.stringify(edited.json)).toBe(200);
    // … and not others' measures.
    const other = (await call(measuresRoute, "/measures?q=TF1", { token: tokens.admin })).json.data[0];
    const denied = await call(measureRoute, `/measures/${other.id}`, {
      method: "PATCH",
      cookie: contributorCookie,
      body: { version: other.version, title: "Z" },
      ...byId(other.id),
    });
    expect(denied.status).toBe(403);
  });
});

describe("GET /api/v1/measures", () => {
  it("finds measures by prefix search", async () => {
    const velferd = await call(measuresRoute, "/measures?q=velferdstek", { token: tokens.reader });
    expect(velferd.status).toBe(200);
    expect(velferd.json.data.map((m: { title: string }) => m.title)).toEqual(["Innføre velferdsteknologi i hjemmetjenesten"]);
    const skjema = await call(measuresRoute, `/measures?q=${encodeURIComponent("søknadsskjema")}`, { token: tokens.reader });
    expect(skjema.json.data.map((m: { title: string }) => m.title)).toEqual(["Digitalisere alle søknadsskjema"]);
    expect((await call(measuresRoute, "/measures?q=sykehjem", { token: tokens.reader })).json).toMatchObject({
      data: [],
      meta: { total: 0, page: 1, pageSize: 25, pageCount: 1 },
    });
  });

  it("filters by repeated status, sector, goal (with sub-goals), year and userOriented, and pages", async () => {
    const codes = async (query: string) =>
      (await call(measuresRoute, `/measures?${query}`, { token: tokens.reader })).json.data.map((m: { code: string }) => m.code);
    expect(await codes("status=planned&status=in_progress")).toEqual(["HO1", "HO2"]);
    expect(await codes(`sector=${tf.id}`)).toEqual(["TF1"]);
    expect(await codes(`sector=${tf.id}&sector=${ho.id}&status=idea`)).toEqual(["HO9", "TF1"]);
    expect(await codes(`goal=${goalId}`)).toEqual(["HO1"]);
    expect(await codes("year=2024")).toEqual(["HO2"]);
    expect(await codes("userOriented=yes")).toEqual(["HO1"]);
    expect(await codes("sort=title&dir=desc&status=planned&status=in_progress&status=idea")).toEqual(["HO2", "HO9", "TF1", "HO1"]);

    const page = await call(measuresRoute, "/measures?pageSize=2&page=2", { token: tokens.reader });
    expect(page.json.meta).toEqual({ total: 4, page: 2, pageSize: 2, pageCount: 2 });
    expect(page.json.data).toHaveLength(2);
    expect(() => measureListSchema.parse(page.json)).not.toThrow();
    expect(page.json.data[0]).not.toHaveProperty("municipalityId");
    expect(page.json.data[0].updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(page.headers.get("Cache-Control")).toBe("no-store");
  });

  it("answers 400 with a message per field for an invalid query", async () => {
    const res = await call(measuresRoute, "/measures?status=bogus&pageSize=0&goal=nope&sort=random", { token: tokens.reader });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("validation");
    expect(Object.keys(res.json.error.fields).sort()).toEqual(["goal", "pageSize", "sort", "status.0"]);
    expect(res.json.error.fields.pageSize).toBe("Verdien må være minst 1.");
  });
});

describe("POST /api/v1/measures", () => {
  it("creates a measure: 201, Location, full representation", async () => {
    const res = await call(measuresRoute, "/measures", {
      method: "POST",
      token: tokens.coordinator,
      body: {
        code: "tf20",
        title: "Digital innbyggerdialog",
        sectorId: tf.id,
        goalIds: [goalId],
        status: "proposed",
        tags: ["dialog"],
        costs: [
          { amountNok: 250000, recurrence: "annual", year: 2026, costType: "operating", fundingSource: "own_budget", description: null },
          { amountNok: 40000, usedNok: 12500, recurrence: "one_off", year: 2026, costType: "investment", fundingSource: "external_grant", description: null },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ code: "TF20", title: "Digital innbyggerdialog", version: 1, status: "proposed", sector: { id: tf.id, codePrefix: "TF" } });
    expect(res.headers.get("Location")).toBe(`/api/v1/measures/${res.json.id}`);
    expect(res.json.goals.map((g: { id: string }) => g.id)).toEqual([goalId]);
    expect(res.json.costs[0]).toMatchObject({ amountNok: 250000, usedNok: null, recurrence: "annual" });
    expect(res.json.costs[1]).toMatchObject({ amountNok: 40000, usedNok: 12500 });
    expect(res.json.statusEvents).toHaveLength(1);
    expect(measureSchema.parse(res.json)).toBeTruthy();
    for (const internal of ["municipalityId", "searchVector", "startYear", "endYear"]) expect(res.json).not.toHaveProperty(internal);

    const read = await call(measureRoute, `/measures/${res.json.id}`, { token: tokens.reader, ...byId(res.json.id) });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(res.json);
  });

  it("answers 400 with per-field messages, in nynorsk on request", async () => {
    const res = await call(measuresRoute, "/measures", { method: "POST", token: tokens.admin, body: { description: "x" } });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: "validation", fields: { code: "Feltet må fylles ut.", title: "Feltet må fylles ut." } });
    const nn = await call(measuresRoute, "/measures", {
      method: "POST",
      token: tokens.admin,
      body: { code: "X2" },
      headers: { "Accept-Language": "nn-NO,nn;q=0.9" },
    });
    expect(nn.json.error.fields).toEqual({ title: "Feltet må fyllast ut." });
  });

  it("refuses a negative used amount on a cost line", async () => {
    const line = { amountNok: 1000, usedNok: -1, recurrence: "one_off", year: 2026, costType: "investment", fundingSource: "own_budget" };
    const res = await call(measuresRoute, "/measures", { method: "POST", token: tokens.admin, body: { code: "X7", title: "X", costs: [line] } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.fields)).toEqual(["costs.0.usedNok"]);
  });

  it("rejects unknown fields and references to another municipality", async () => {
    const unknown = await call(measuresRoute, "/measures", { method: "POST", token: tokens.admin, body: { code: "X3", title: "X", sektor: "HO" } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.fields).toEqual({ sektor: "Ukjent felt." });
    // Read-only fields of the representation are ignored.
    const ignored = await call(measuresRoute, "/measures", {
      method: "POST",
      token: tokens.admin,
      body: { code: "X4", title: "X", id: "whatever", createdAt: "x", version: 7 },
    });
    expect(ignored.status).toBe(201);
    expect(ignored.json.version).toBe(1);
    const foreign = await call(measuresRoute, "/measures", {
      method: "POST",
      token: tokens.admin,
      body: { code: "X5", title: "X", dependsOnIds: [otherMeasureId] },
    });
    expect(foreign.status).toBe(400);
    expect(Object.keys(foreign.json.error.fields)).toEqual(["dependsOnIds"]);
  });

  it("requires application/json (415) and valid JSON (400)", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await call(measuresRoute, "/measures", { method: "POST", token: tokens.admin, body: "code=X6&title=X", contentType });
      expect(res.status, contentType).toBe(415);
      expect(res.json.error.code).toBe("unsupported_media_type");
    }
    const session = await call(measuresRoute, "/measures", {
      method: "POST",
      cookie: contributorCookie,
      body: "code=X6&title=X",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(session.status).toBe(415);
    const broken = await call(measuresRoute, "/measures", { method: "POST", token: tokens.admin, body: "{ not json" });
    expect(broken.status).toBe(400);
    expect(broken.json.error.code).toBe("bad_request");
    const array = await call(measuresRoute, "/measures", { method: "POST", token: tokens.admin, body: [] });
    expect(array.status).toBe(400);
    expect((await db().select().from(measure)).some((m) => m.code === "X6")).toBe(false);
  });
});

describe("GET and PATCH /api/v1/measures/:id", () => {
  it("updates with the version, and answers 409 with the current measure for a stale version", async () => {
    const created = await createVia(tokens.admin, { code: "HO30", title: "Opprinnelig", sectorId: ho.id });
    const path = `/measures/${created.id}`;
    const updated = await call(measureRoute, path, {
      method: "PATCH",
      token: tokens.admin,
      body: { version: 1, title: "Endret", priority: 3 },
      ...byId(created.id),
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ title: "Endret", priority: 3, version: 2, sectorId: ho.id, code: "HO30" });

    const stale = await call(measureRoute, path, { method: "PATCH", token: tokens.admin, body: { version: 1, title: "Overskriver" }, ...byId(created.id) });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "conflict", currentVersion: 2, current: { id: created.id, title: "Endret", version: 2 } });
    expect(stale.json.error.message).toMatch(/Ingenting er lagret/);
    const after = await call(measureRoute, path, { token: tokens.admin, ...byId(created.id) });
    expect(after.json).toEqual(updated.json);

    const put = await call(measureRoute, path, { method: "PUT", token: tokens.admin, body: { ...after.json, title: "Via PUT" }, ...byId(created.id) });
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    expect(put.json).toMatchObject({ title: "Via PUT", version: 3, priority: 3 });

    const history = await call(historyRoute, `${path}/history`, { token: tokens.reader, ...byId(created.id) });
    expect(history.status).toBe(200);
    const titles = history.json.data.filter((h: { field: string }) => h.field === "title");
    expect(titles.map((h: { newValue: unknown }) => h.newValue)).toEqual(["Via PUT", "Endret", "Opprinnelig"]);
    expect(titles[0]).toMatchObject({ action: "update", oldValue: "Endret", actorLabel: "API: admin token" });
  });

  it("requires an integer version (400 on version)", async () => {
    const created = await createVia(tokens.admin, { code: "HO31", title: "Versjon" });
    for (const body of [{ title: "Uten" }, { title: "Tekst", version: "1" }, { version: 1.5 }]) {
      const res = await call(measureRoute, `/measures/${created.id}`, { method: "PATCH", token: tokens.admin, body, ...byId(created.id) });
      expect(res.status).toBe(400);
      expect(Object.keys(res.json.error.fields)).toEqual(["version"]);
    }
    expect(
      (await call(measureRoute, `/measures/${created.id}`, { method: "PATCH", token: tokens.admin, body: { title: "Uten" }, ...byId(created.id) })).json.error
        .fields.version,
    ).toBe("Feltet må fylles ut.");
    const invalid = await call(measureRoute, `/measures/${created.id}`, {
      method: "PATCH",
      token: tokens.admin,
      body: { version: 1, title: "" },
      ...byId(created.id),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.fields).toEqual({ title: "Feltet må fylles ut." });
  });

  it("gives the same 404 for unknown, malformed and other municipalities' ids", async () => {
    const unknownId = "00000000-0000-4000-8000-000000000000";
    const bodies = [];
    for (const id of [otherMeasureId, unknownId, "nope", "1"]) {
      const get = await call(measureRoute, `/measures/${id}`, { token: tokens.admin, ...byId(id) });
      expect(get.status).toBe(404);
      bodies.push(get.json);
      const patch = await call(measureRoute, `/measures/${id}`, { method: "PATCH", token: tokens.admin, body: { version: 1, title: "Kapret" }, ...byId(id) });
      expect(patch.status).toBe(404);
      bodies.push(patch.json);
      expect((await call(historyRoute, `/measures/${id}/history`, { token: tokens.admin, ...byId(id) })).status).toBe(404);
    }
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0]).toEqual({ error: { code: "not_found", message: "Ressursen finnes ikke, eller du har ikke tilgang til den." } });
    const theirs = await call(measureRoute, `/measures/${otherMeasureId}`, { token: otherToken, ...byId(otherMeasureId) });
    expect(theirs.json).toMatchObject({ title: "Kommune Bs tiltak", version: 1 });
  });

  it("answers 405 for other methods", async () => {
    const res = await call(measureRoute, `/measures/x`, { method: "DELETE", token: tokens.admin, ...byId("x") });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, PATCH, PUT");
    expect((await call(measuresRoute, "/measures", { method: "PATCH", token: tokens.admin })).status).toBe(405);
  });
});

describe("unknown API paths", () => {
  it("answers JSON 404", async () => {
    for (const method of ["GET", "POST"]) {
      const res = await call(splatRoute, "/nothing/here", { method, params: { "*": "nothing/here" } });
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("not_found");
    }
  });
});
