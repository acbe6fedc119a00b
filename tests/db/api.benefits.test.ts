import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { type ApiRoute, callApi as call } from "../setup/api-client";
import { db } from "~/kit/db.server";
import { benefit, indicator, measurement } from "~/domains/benefits/db";
import { benefitSchema, indicatorListSchema, indicatorSchema, measurementListSchema, measurementSchema } from "~/domains/benefits/api/schemas";
import { signIn } from "~/domains/tenancy/login.server";
import { createGoal, createStrategy } from "~/domains/plan/mutations.server";
import { addMember, createApiToken, createMunicipality } from "~/domains/tenancy/mutations.server";
import * as benefitRoute from "~/domains/benefits/routes/api.v1.benefits.$id";
import * as indicatorsRoute from "~/domains/benefits/routes/api.v1.benefits.$id.indicators";
import * as indicatorRoute from "~/domains/benefits/routes/api.v1.indicators.$id";
import * as measurementsRoute from "~/domains/benefits/routes/api.v1.indicators.$id.measurements";
import * as measureBenefitsRoute from "~/domains/benefits/routes/api.v1.measures.$id.benefits";
import * as measuresRoute from "~/domains/measures/routes/api.v1.measures";
import * as measurementRoute from "~/domains/benefits/routes/api.v1.measurements.$id";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

let tokens: Record<"admin" | "coordinator" | "reader", string>;
let otherToken: string;
let measureId: string;
let adminMeasureId: string;
let goalId: string;
let contributorCookie: string;
let other: { measure: string; benefit: string; indicator: string; measurement: string };

const counts = async () => ({
  benefits: (await db().select().from(benefit)).length,
  indicators: (await db().select().from(indicator)).length,
  measurements: (await db().select().from(measurement)).length,
});

async function post(route: ApiRoute, path: string, id: string, body: unknown, token = tokens.admin) {
  const res = await call(route, path, { method: "POST", token, body, id });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

const newBenefit = (body: Record<string, unknown> = {}) =>
  post(measureBenefitsRoute, `/measures/${measureId}/benefits`, measureId, { title: "Frigjort tid i saksbehandling", type: "freed_capacity", ...body });
const newIndicator = (benefitId: string, body: Record<string, unknown> = {}) =>
  post(indicatorsRoute, `/benefits/${benefitId}/indicators`, benefitId, {
    name: "Timer brukt per år",
    unit: "hours",
    direction: "lower_is_better",
    baselineValue: 1000,
    targetValue: 650,
    ...body,
  });

beforeAll(async () => {
  const a = await createMunicipality({ code: "4611", name: "Kommune A", sectors: [{ name: "Helse og omsorg", codePrefix: "HO" }] });
  tokens = {} as typeof tokens;
  for (const role of ["admin", "coordinator", "reader"] as const) {
    tokens[role] = (await createApiToken({ municipalityId: a.id, principal: admin, input: { role, name: `${role} token` } })).token;
  }
  const actor = { userId: null, label: "test" };
  const strategy = await createStrategy({ municipalityId: a.id, principal: admin, input: { title: "Strategi", periodFrom: 2024, periodTo: 2027 }, actor });
  goalId = (await createGoal({ municipalityId: a.id, principal: admin, input: { strategyId: strategy.id, number: "1", title: "Hovedmål" }, actor })).id;

  const m = await call(measuresRoute, "/measures", { method: "POST", token: tokens.admin, body: { code: "HO1", title: "Digitale skjema", status: "planned" } });
  measureId = m.json.id;
  const m2 = await call(measuresRoute, "/measures", { method: "POST", token: tokens.admin, body: { code: "HO2", title: "Adminens tiltak" } });
  adminMeasureId = m2.json.id;

  await addMember({
    municipalityId: a.id,
    principal: admin,
    input: { email: "bidrag@example.no", name: "Bidragsyter", role: "contributor", password: "passord-passord" },
  });
  const { headers } = await signIn({
    request: new Request("http://localhost/login", { method: "POST" }),
    input: { email: "bidrag@example.no", password: "passord-passord" },
  });
  contributorCookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

  const b = await createMunicipality({ code: "4612", name: "Kommune B" });
  otherToken = (await createApiToken({ municipalityId: b.id, principal: admin, input: { role: "admin", name: "B admin" } })).token;
  const bm = await call(measuresRoute, "/measures", { method: "POST", token: otherToken, body: { code: "B1", title: "Kommune Bs tiltak" } });
  const bb = await post(measureBenefitsRoute, `/measures/${bm.json.id}/benefits`, bm.json.id, { title: "Bs gevinst", type: "quality" }, otherToken);
  const bi = await post(
    indicatorsRoute,
    `/benefits/${bb.id}/indicators`,
    bb.id,
    { name: "Bs indikator", unit: "count", direction: "higher_is_better" },
    otherToken,
  );
  const bx = await post(measurementsRoute, `/indicators/${bi.id}/measurements`, bi.id, { measuredOn: "2025-03-01", value: 3 }, otherToken);
  other = { measure: bm.json.id, benefit: bb.id, indicator: bi.id, measurement: bx.id };
});

describe("benefits", () => {
  it("creates, reads, lists, updates (PATCH and PUT) and deletes a benefit", async () => {
    const created = await newBenefit({
      plannedHoursPerYear: 350,
      goalIds: [goalId],
      beneficiaries: ["employees"],
      periodFrom: "2025-01-01",
      periodTo: "2027-12-31",
    });
    expect(created).toMatchObject({
      measureId,
      title: "Frigjort tid i saksbehandling",
      status: "proposed",
      recurrence: "annual",
      plannedHoursPerYear: 350,
      version: 1,
    });
    expect(created.goals.map((g: { id: string }) => g.id)).toEqual([goalId]);
    expect(benefitSchema.parse(created)).toBeTruthy();
    expect(created).not.toHaveProperty("municipalityId");

    const read = await call(benefitRoute, `/benefits/${created.id}`, { token: tokens.reader, id: created.id });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created);
    const list = await call(measureBenefitsRoute, `/measures/${measureId}/benefits`, { token: tokens.reader, id: measureId });
    expect(list.json.data.map((b: { id: string }) => b.id)).toContain(created.id);

    const patched = await call(benefitRoute, `/benefits/${created.id}`, {
      method: "PATCH",
      token: tokens.coordinator,
      body: { version: 1, status: "planned" },
      id: created.id,
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    expect(patched.json).toMatchObject({ status: "planned", plannedHoursPerYear: 350, version: 2 });
    // A client may send back what it read.
    const put = await call(benefitRoute, `/benefits/${created.id}`, {
      method: "PUT",
      token: tokens.admin,
      body: { ...patched.json, title: "Via PUT" },
      id: created.id,
    });
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    expect(put.json).toMatchObject({ title: "Via PUT", version: 3 });

    const deleted = await call(benefitRoute, `/benefits/${created.id}?version=3`, { method: "DELETE", token: tokens.admin, id: created.id });
    expect(deleted.status).toBe(204);
    expect((await call(benefitRoute, `/benefits/${created.id}`, { token: tokens.admin, id: created.id })).status).toBe(404);
  });

  it("answers 400 per field and writes nothing: missing fields, negative hours, missing reason, unknown field", async () => {
    const before = await counts();
    const path = `/measures/${measureId}/benefits`;
    const missing = await call(measureBenefitsRoute, path, { method: "POST", token: tokens.admin, body: { description: "x" }, id: measureId });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toMatchObject({ code: "validation", fields: { title: "Feltet må fylles ut." } });
    expect(Object.keys(missing.json.error.fields)).toContain("type");

    const negative = await call(measureBenefitsRoute, path, {
      method: "POST",
      token: tokens.admin,
      body: { title: "T", type: "freed_capacity", plannedHoursPerYear: -5 },
      id: measureId,
    });
    expect(negative.status).toBe(400);
    expect(negative.json.error.fields).toEqual({ plannedHoursPerYear: "Timer kan ikke være et negativt tall." });

    const notNumber = await call(measureBenefitsRoute, path, {
      method: "POST",
      token: tokens.admin,
      body: { title: "T", type: "cost_reduction", plannedNokPerYear: "mange" },
      id: measureId,
    });
    expect(notNumber.json.error.fields).toEqual({ plannedNokPerYear: "Skriv et tall." });

    const reason = await call(measureBenefitsRoute, path, {
      method: "POST",
      token: tokens.admin,
      body: { title: "T", type: "quality", status: "not_realised" },
      id: measureId,
    });
    expect(reason.json.error.fields).toEqual({ statusReason: "Skriv hvorfor nyttevirkningen ikke blir realisert." });

    const unknown = await call(measureBenefitsRoute, path, {
      method: "POST",
      token: tokens.admin,
      body: { title: "T", type: "quality", gevinst: 1 },
      id: measureId,
    });
    expect(unknown.json.error.fields).toEqual({ gevinst: "Ukjent felt." });
    expect(await counts()).toEqual(before);
  });

  it("answers 409 with the current benefit for a stale version, also on DELETE", async () => {
    const created = await newBenefit();
    const path = `/benefits/${created.id}`;
    expect((await call(benefitRoute, path, { method: "PATCH", token: tokens.admin, body: { version: 1, title: "Ny" }, id: created.id })).status).toBe(200);
    const stale = await call(benefitRoute, path, { method: "PATCH", token: tokens.admin, body: { version: 1, title: "Overskriver" }, id: created.id });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "conflict", currentVersion: 2, current: { id: created.id, title: "Ny", version: 2 } });
    const staleDelete = await call(benefitRoute, `${path}?version=1`, { method: "DELETE", token: tokens.admin, id: created.id });
    expect(staleDelete.status).toBe(409);
    const badVersion = await call(benefitRoute, `${path}?version=x`, { method: "DELETE", token: tokens.admin, id: created.id });
    expect(badVersion.status).toBe(400);
    expect(Object.keys(badVersion.json.error.fields)).toEqual(["version"]);
    const noVersion = await call(benefitRoute, path, { method: "PATCH", token: tokens.admin, body: { title: "Uten" }, id: created.id });
    expect(noVersion.json.error.fields).toEqual({ version: "Feltet må fylles ut." });
    expect((await call(benefitRoute, path, { token: tokens.admin, id: created.id })).json).toMatchObject({ title: "Ny", version: 2 });
  });
});

describe("indicators", () => {
  it("creates, lists, updates and deletes an indicator", async () => {
    const b = await newBenefit();
    const created = await newIndicator(b.id, { baselineValue: "1 000", baselineDate: "2024-12-31", isValuationIndicator: true });
    expect(created).toMatchObject({
      benefitId: b.id,
      unit: "hours",
      baselineValue: 1000,
      targetValue: 650,
      frequency: "yearly",
      isValuationIndicator: true,
      version: 1,
    });
    expect(indicatorSchema.parse(created)).toBeTruthy();
    const list = await call(indicatorsRoute, `/benefits/${b.id}/indicators`, { token: tokens.reader, id: b.id });
    expect(indicatorListSchema.parse(list.json).data.map((i) => i.id)).toEqual([created.id]);
    expect((await call(indicatorRoute, `/indicators/${created.id}`, { token: tokens.reader, id: created.id })).json).toEqual(created);

    const patched = await call(indicatorRoute, `/indicators/${created.id}`, {
      method: "PATCH",
      token: tokens.admin,
      body: { version: 1, frequency: "quarterly" },
      id: created.id,
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    expect(patched.json).toMatchObject({ frequency: "quarterly", baselineValue: 1000, version: 2 });
    const stale = await call(indicatorRoute, `/indicators/${created.id}`, {
      method: "PUT",
      token: tokens.admin,
      body: { ...created, name: "Gammel" },
      id: created.id,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ currentVersion: 2, current: { frequency: "quarterly" } });

    expect((await call(indicatorRoute, `/indicators/${created.id}`, { method: "DELETE", token: tokens.admin, id: created.id })).status).toBe(204);
    expect((await call(indicatorRoute, `/indicators/${created.id}`, { token: tokens.admin, id: created.id })).status).toBe(404);
  });

  it("rejects a target equal to the baseline, negative hours and a non-number, and writes nothing", async () => {
    const b = await newBenefit();
    const before = await counts();
    const path = `/benefits/${b.id}/indicators`;
    const base = { name: "I", unit: "hours", direction: "lower_is_better" };
    const equal = await call(indicatorsRoute, path, {
      method: "POST",
      token: tokens.admin,
      body: { ...base, baselineValue: 100, targetValue: "100" },
      id: b.id,
    });
    expect(equal.status).toBe(400);
    expect(equal.json.error.fields).toEqual({ targetValue: "Målverdien kan ikke være lik nullpunktet." });
    const negative = await call(indicatorsRoute, path, { method: "POST", token: tokens.admin, body: { ...base, baselineValue: -1 }, id: b.id });
    expect(negative.json.error.fields).toEqual({ baselineValue: "Timer kan ikke være et negativt tall." });
    const text = await call(indicatorsRoute, path, { method: "POST", token: tokens.admin, body: { ...base, unit: "count", targetValue: "mange" }, id: b.id });
    expect(text.json.error.fields).toEqual({ targetValue: "Skriv et tall." });
    const missing = await call(indicatorsRoute, path, { method: "POST", token: tokens.admin, body: {}, id: b.id });
    expect(Object.keys(missing.json.error.fields).sort()).toEqual(["direction", "name", "unit"]);
    expect(await counts()).toEqual(before);

    // The same rule on update, through the stored values.
    const created = await newIndicator(b.id);
    const update = await call(indicatorRoute, `/indicators/${created.id}`, {
      method: "PATCH",
      token: tokens.admin,
      body: { version: 1, targetValue: 1000 },
      id: created.id,
    });
    expect(update.status).toBe(400);
    expect(update.json.error.fields).toEqual({ targetValue: "Målverdien kan ikke være lik nullpunktet." });
  });
});

describe("measurements", () => {
  it("creates with the outsidePeriod warning, lists newest first, updates and deletes", async () => {
    const b = await newBenefit({ periodFrom: "2025-01-01", periodTo: "2026-12-31" });
    const ind = await newIndicator(b.id);
    const path = `/indicators/${ind.id}/measurements`;
    const inside = await post(measurementsRoute, path, ind.id, { measuredOn: "2025-06-30", value: "900", assessment: "on_track" });
    expect(inside).toMatchObject({ indicatorId: ind.id, measuredOn: "2025-06-30", value: 900, assessment: "on_track", outsidePeriod: false, version: 1 });
    expect(measurementSchema.parse(inside)).toBeTruthy();
    const outside = await post(measurementsRoute, path, ind.id, { measuredOn: "2027-03-01", value: 700, comment: "Etter perioden" });
    expect(outside).toMatchObject({ outsidePeriod: true, comment: "Etter perioden" });

    const list = await call(measurementsRoute, path, { token: tokens.reader, id: ind.id });
    expect(measurementListSchema.parse(list.json).data.map((m) => m.measuredOn)).toEqual(["2027-03-01", "2025-06-30"]);
    expect((await call(measurementRoute, `/measurements/${outside.id}`, { token: tokens.reader, id: outside.id })).json).toEqual(outside);

    const moved = await call(measurementRoute, `/measurements/${outside.id}`, {
      method: "PATCH",
      token: tokens.admin,
      body: { version: 1, measuredOn: "2026-12-31" },
      id: outside.id,
    });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    expect(moved.json).toMatchObject({ measuredOn: "2026-12-31", value: 700, outsidePeriod: false, version: 2 });
    const back = await call(measurementRoute, `/measurements/${outside.id}`, {
      method: "PUT",
      token: tokens.admin,
      body: { ...moved.json, measuredOn: "2024-01-01" },
      id: outside.id,
    });
    expect(back.json).toMatchObject({ outsidePeriod: true, version: 3 });
    const stale = await call(measurementRoute, `/measurements/${outside.id}`, {
      method: "PATCH",
      token: tokens.admin,
      body: { version: 2, value: 1 },
      id: outside.id,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "conflict", currentVersion: 3, current: { id: outside.id, value: 700, outsidePeriod: true } });

    expect((await call(measurementRoute, `/measurements/${outside.id}?version=3`, { method: "DELETE", token: tokens.admin, id: outside.id })).status).toBe(204);
    expect((await call(measurementsRoute, path, { token: tokens.reader, id: ind.id })).json.data).toHaveLength(1);
  });

  it("rejects a measurement without a date, a non-number, negative hours and a bad date, and writes nothing", async () => {
    const b = await newBenefit();
    const ind = await newIndicator(b.id);
    const before = await counts();
    const path = `/indicators/${ind.id}/measurements`;
    const send = (body: unknown, headers?: Record<string, string>) =>
      call(measurementsRoute, path, { method: "POST", token: tokens.admin, body, id: ind.id, headers });

    const noDate = await send({ value: 10 });
    expect(noDate.status).toBe(400);
    expect(noDate.json.error).toMatchObject({ code: "validation", fields: { measuredOn: "Feltet må fylles ut." } });
    expect((await send({ measuredOn: "", value: 10 })).json.error.fields).toEqual({ measuredOn: "Feltet må fylles ut." });
    expect((await send({ value: 10 }, { "Accept-Language": "nn" })).json.error.fields).toEqual({ measuredOn: "Feltet må fyllast ut." });
    expect((await send({ measuredOn: "2025-13-40", value: 10 })).json.error.fields).toEqual({ measuredOn: "Skriv en dato (åååå-mm-dd)." });

    const notNumber = await send({ measuredOn: "2025-06-30", value: "ti timer og litt" });
    expect(notNumber.status).toBe(400);
    expect(notNumber.json.error.fields).toEqual({ value: "Skriv et tall." });
    expect((await send({ measuredOn: "2025-06-30", value: true })).status).toBe(400);
    expect((await send({ measuredOn: "2025-06-30" })).json.error.fields).toEqual({ value: "Feltet må fylles ut." });

    const negative = await send({ measuredOn: "2025-06-30", value: -3 });
    expect(negative.status).toBe(400);
    expect(negative.json.error.fields).toEqual({ value: "Timer kan ikke være et negativt tall." });
    expect(await counts()).toEqual(before);

    const created = await post(measurementsRoute, path, ind.id, { measuredOn: "2025-06-30", value: 5 });
    const update = await call(measurementRoute, `/measurements/${created.id}`, {
      method: "PATCH",
      token: tokens.admin,
      body: { version: 1, value: "-1" },
      id: created.id,
    });
    expect(update.json.error.fields).toEqual({ value: "Timer kan ikke være et negativt tall." });
    const cleared = await call(measurementRoute, `/measurements/${created.id}`, {
      method: "PATCH",
      token: tokens.admin,
      body: { version: 1, measuredOn: null },
      id: created.id,
    });
    expect(cleared.json.error.fields).toEqual({ measuredOn: "Feltet må fylles ut." });
    expect((await call(measurementRoute, `/measurements/${created.id}`, { token: tokens.admin, id: created.id })).json).toMatchObject({ value: 5, version: 1 });
  });

  it("deleting a benefit removes its indicators and measurements", async () => {
    const b = await newBenefit();
    const ind = await newIndicator(b.id);
    const m = await post(measurementsRoute, `/indicators/${ind.id}/measurements`, ind.id, { measuredOn: "2025-01-01", value: 1 });
    expect((await call(benefitRoute, `/benefits/${b.id}`, { method: "DELETE", token: tokens.admin, id: b.id })).status).toBe(204);
    expect((await call(indicatorRoute, `/indicators/${ind.id}`, { token: tokens.admin, id: ind.id })).status).toBe(404);
    expect((await call(measurementRoute, `/measurements/${m.id}`, { token: tokens.admin, id: m.id })).status).toBe(404);
  });
});

describe("roles", () => {
  it("lets a reader read but not write (403), and writes nothing", async () => {
    const b = await newBenefit();
    const ind = await newIndicator(b.id);
    const m = await post(measurementsRoute, `/indicators/${ind.id}/measurements`, ind.id, { measuredOn: "2025-01-01", value: 1 });
    const before = await counts();
    const reader = { token: tokens.reader };
    const writes = [
      call(measureBenefitsRoute, `/measures/${measureId}/benefits`, { ...reader, method: "POST", body: { title: "T", type: "quality" }, id: measureId }),
      call(benefitRoute, `/benefits/${b.id}`, { ...reader, method: "PATCH", body: { version: 1, title: "R" }, id: b.id }),
      call(benefitRoute, `/benefits/${b.id}`, { ...reader, method: "DELETE", id: b.id }),
      call(indicatorsRoute, `/benefits/${b.id}/indicators`, {
        ...reader,
        method: "POST",
        body: { name: "I", unit: "count", direction: "higher_is_better" },
        id: b.id,
      }),
      call(indicatorRoute, `/indicators/${ind.id}`, { ...reader, method: "PUT", body: { version: 1, name: "R" }, id: ind.id }),
      call(indicatorRoute, `/indicators/${ind.id}`, { ...reader, method: "DELETE", id: ind.id }),
      call(measurementsRoute, `/indicators/${ind.id}/measurements`, { ...reader, method: "POST", body: { measuredOn: "2025-02-01", value: 2 }, id: ind.id }),
      call(measurementRoute, `/measurements/${m.id}`, { ...reader, method: "PATCH", body: { version: 1, value: 2 }, id: m.id }),
      call(measurementRoute, `/measurements/${m.id}`, { ...reader, method: "DELETE", id: m.id }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("forbidden");
    }
    expect(await counts()).toEqual(before);
    expect((await call(benefitRoute, `/benefits/${b.id}`, { ...reader, id: b.id })).status).toBe(200);
  });

  it("lets a contributor edit the benefits of measures they are responsible for, and no others", async () => {
    const own = await call(measuresRoute, "/measures", { method: "POST", cookie: contributorCookie, body: { code: "HO9", title: "Mitt forslag" } });
    expect(own.status, JSON.stringify(own.json)).toBe(201);
    const ownPath = `/measures/${own.json.id}/benefits`;
    const mine = await call(measureBenefitsRoute, ownPath, {
      method: "POST",
      cookie: contributorCookie,
      body: { title: "Min gevinst", type: "quality" },
      id: own.json.id,
    });
    expect(mine.status, JSON.stringify(mine.json)).toBe(201);
    const ind = await call(indicatorsRoute, `/benefits/${mine.json.id}/indicators`, {
      method: "POST",
      cookie: contributorCookie,
      body: { name: "Tilfredshet", unit: "percent", direction: "higher_is_better", baselineValue: 60, targetValue: 80 },
      id: mine.json.id,
    });
    expect(ind.status, JSON.stringify(ind.json)).toBe(201);

    const denied = await call(measureBenefitsRoute, `/measures/${adminMeasureId}/benefits`, {
      method: "POST",
      cookie: contributorCookie,
      body: { title: "T", type: "quality" },
      id: adminMeasureId,
    });
    expect(denied.status).toBe(403);
    const adminBenefit = await post(measureBenefitsRoute, `/measures/${adminMeasureId}/benefits`, adminMeasureId, {
      title: "Adminens gevinst",
      type: "quality",
    });
    const patch = await call(benefitRoute, `/benefits/${adminBenefit.id}`, {
      method: "PATCH",
      cookie: contributorCookie,
      body: { version: 1, title: "Kapret" },
      id: adminBenefit.id,
    });
    expect(patch.status).toBe(403);
    // Reading is allowed.
    expect((await call(benefitRoute, `/benefits/${adminBenefit.id}`, { cookie: contributorCookie, id: adminBenefit.id })).status).toBe(200);
  });

  it("answers 401 without credentials", async () => {
    expect((await call(measureBenefitsRoute, `/measures/${measureId}/benefits`, { id: measureId })).status).toBe(401);
    expect((await call(measurementRoute, `/measurements/${other.measurement}`, { method: "DELETE", id: other.measurement })).status).toBe(401);
  });
});

describe("tenancy, media type and methods", () => {
  it("gives the same 404 for other municipalities', unknown and malformed ids, and changes nothing", async () => {
    const unknownId = "00000000-0000-4000-8000-000000000000";
    const cases: Array<[ApiRoute, string, string]> = [
      [measureBenefitsRoute, "/measures/{id}/benefits", other.measure],
      [benefitRoute, "/benefits/{id}", other.benefit],
      [indicatorsRoute, "/benefits/{id}/indicators", other.benefit],
      [indicatorRoute, "/indicators/{id}", other.indicator],
      [measurementsRoute, "/indicators/{id}/measurements", other.indicator],
      [measurementRoute, "/measurements/{id}", other.measurement],
    ];
    const bodies = new Set<string>();
    for (const [route, template, otherId] of cases) {
      for (const id of [otherId, unknownId, "nope"]) {
        const path = template.replace("{id}", id);
        const get = await call(route, path, { token: tokens.admin, id });
        expect(get.status, `GET ${path}`).toBe(404);
        bodies.add(JSON.stringify(get.json));
        const methods = template.endsWith("{id}") ? ["PATCH", "PUT", "DELETE"] : ["POST"];
        for (const method of methods) {
          const res = await call(route, path, {
            method,
            token: tokens.admin,
            body: { version: 1, title: "Kapret", name: "Kapret", measuredOn: "2025-01-01", value: 1 },
            id,
          });
          expect(res.status, `${method} ${path}`).toBe(404);
          bodies.add(JSON.stringify(res.json));
        }
      }
    }
    expect([...bodies]).toEqual([JSON.stringify({ error: { code: "not_found", message: "Ressursen finnes ikke, eller du har ikke tilgang til den." } })]);
    const theirs = await call(measurementRoute, `/measurements/${other.measurement}`, { token: otherToken, id: other.measurement });
    expect(theirs.json).toMatchObject({ value: 3, version: 1 });
    expect((await call(benefitRoute, `/benefits/${other.benefit}`, { token: otherToken, id: other.benefit })).json).toMatchObject({
      title: "Bs gevinst",
      version: 1,
    });
  });

  it("requires application/json (415) and a JSON object (400)", async () => {
    const b = await newBenefit();
    const before = await counts();
    const form = { token: tokens.admin, body: "title=X&type=quality", contentType: "application/x-www-form-urlencoded" };
    expect((await call(measureBenefitsRoute, `/measures/${measureId}/benefits`, { ...form, method: "POST", id: measureId })).status).toBe(415);
    expect((await call(benefitRoute, `/benefits/${b.id}`, { ...form, method: "PATCH", id: b.id })).status).toBe(415);
    const text = await call(indicatorsRoute, `/benefits/${b.id}/indicators`, { ...form, contentType: "text/plain", method: "POST", id: b.id });
    expect(text.status).toBe(415);
    expect(text.json.error.code).toBe("unsupported_media_type");
    const broken = await call(measureBenefitsRoute, `/measures/${measureId}/benefits`, { token: tokens.admin, method: "POST", body: "{ nope", id: measureId });
    expect(broken.status).toBe(400);
    expect(broken.json.error.code).toBe("bad_request");
    expect((await call(measureBenefitsRoute, `/measures/${measureId}/benefits`, { token: tokens.admin, method: "POST", body: [], id: measureId })).status).toBe(
      400,
    );
    expect(await counts()).toEqual(before);
  });

  it("answers 405 with Allow for other methods", async () => {
    const cases: Array<[ApiRoute, string, string]> = [
      [measureBenefitsRoute, "DELETE", "GET, HEAD, POST"],
      [indicatorsRoute, "PATCH", "GET, HEAD, POST"],
      [measurementsRoute, "PUT", "GET, HEAD, POST"],
      [benefitRoute, "POST", "GET, HEAD, PATCH, PUT, DELETE"],
      [indicatorRoute, "POST", "GET, HEAD, PATCH, PUT, DELETE"],
      [measurementRoute, "POST", "GET, HEAD, PATCH, PUT, DELETE"],
    ];
    for (const [route, method, allow] of cases) {
      const res = await call(route, "/x", { method, token: tokens.admin, id: "x" });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("Allow")).toBe(allow);
      expect(res.json.error.code).toBe("method_not_allowed");
    }
  });
});

describe("OpenAPI document", () => {
  it("documents the benefit, indicator and measurement routes with schemas from zod", async () => {
    const { getOpenApiDocument } = await import("~/domains/api/openapi.server");
    const doc = JSON.parse(JSON.stringify(getOpenApiDocument())) as Record<string, any>;
    const methods = (path: string) =>
      Object.keys(doc.paths[path])
        .filter((k) => ["get", "post", "put", "patch", "delete"].includes(k))
        .sort();
    expect(methods("/measures/{id}/benefits")).toEqual(["get", "post"]);
    expect(methods("/benefits/{id}/indicators")).toEqual(["get", "post"]);
    expect(methods("/indicators/{id}/measurements")).toEqual(["get", "post"]);
    for (const path of ["/benefits/{id}", "/indicators/{id}", "/measurements/{id}"]) expect(methods(path)).toEqual(["delete", "get", "patch", "put"]);
    expect(doc.paths["/benefits/{id}"].delete.parameters).toEqual([expect.objectContaining({ name: "version", in: "query", required: false })]);
    expect(doc.paths["/benefits/{id}"].delete.responses).toHaveProperty("204");
    const schemas = doc.components.schemas;
    expect(schemas.BenefitCreate.required.sort()).toEqual(["title", "type"]);
    expect(schemas.IndicatorCreate.required.sort()).toEqual(["direction", "name", "unit"]);
    expect(schemas.MeasurementCreate.required.sort()).toEqual(["measuredOn", "value"]);
    expect(schemas.MeasurementUpdate.required).toEqual(["version"]);
    expect(schemas.Benefit.properties.type.enum).toContain("freed_capacity");
    expect(schemas.Measurement.properties.outsidePeriod).toMatchObject({ type: "boolean" });
    expect(schemas.Measurement.properties).not.toHaveProperty("municipalityId");
  });
});
