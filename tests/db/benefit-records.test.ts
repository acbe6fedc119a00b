import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { changeLog } from "~/domains/history/db";
import { indicator, measurement } from "~/domains/benefits/db";
import { signIn } from "~/domains/tenancy/login.server";
import { groupBenefitHistory } from "~/domains/benefits/history";
import {
  createBenefit,
  createIndicator,
  createMeasurement,
  deleteIndicator,
  deleteMeasurement,
  updateIndicator,
  updateMeasurement,
} from "~/domains/benefits/mutations.server";
import { getIndicatorById, getMeasurementById, listBenefitHistory } from "~/domains/benefits/queries.server";
import { createMeasure } from "~/domains/measures/mutations.server";
import { addMember, createMunicipality } from "~/domains/tenancy/mutations.server";
import * as benefitHistoryRoute from "~/domains/benefits/routes/benefits.$id.history";
import * as indicatorRoute from "~/domains/benefits/routes/indicators.$id.edit";
import * as measurementRoute from "~/domains/benefits/routes/measurements.$id.edit";
import { csrfCookie } from "~/kit/cookies.server";

useTestDatabase();

const csrf = "csrf-token-for-benefit-records-0123456789";
const actor = { userId: null, label: "test" };
const admin = { role: "admin" as const, userId: null, sectorIds: [] };
let municipalityId = "";
let otherMunicipalityId = "";
let adminCookie = "";
let readerCookie = "";
// Each benefit hangs on its own measure; a per-file counter keeps the measure codes unique.
let measureCount = 0;

async function cookieFor(email: string, password: string) {
  const { headers } = await signIn({ request: new Request("http://localhost/login", { method: "POST" }), input: { email, password } });
  return [...headers.getSetCookie().map((c) => c.split(";")[0]), (await csrfCookie.serialize(csrf)).split(";")[0]].join("; ");
}

async function setUpBenefit(title = "Raskere saksbehandling") {
  const m = await createMeasure({
    municipalityId,
    principal: admin,
    actor,
    input: { code: `HO${100 + ++measureCount}`, title: "Digital søknad" },
  });
  const b = await createBenefit({ municipalityId, principal: admin, measureId: m.id, actor, input: { title, type: "freed_capacity" } });
  const ind = await createIndicator({
    municipalityId,
    principal: admin,
    benefitId: b.id,
    actor,
    input: { name: "Timer per sak", unit: "hours", direction: "lower_is_better", baselineValue: 10, targetValue: 5 },
  });
  const first = await createMeasurement({ municipalityId, principal: admin, indicatorId: ind.id, actor, input: { measuredOn: "2025-01-15", value: 9 } });
  const second = await createMeasurement({ municipalityId, principal: admin, indicatorId: ind.id, actor, input: { measuredOn: "2025-06-15", value: 7.5 } });
  return { benefit: b, indicator: ind, first: first.measurement, second: second.measurement };
}

beforeAll(async () => {
  const m = await createMunicipality({ code: "9201", name: "Historikkommune", sectors: [{ name: "Helse", codePrefix: "HO" }] });
  municipalityId = m.id;
  otherMunicipalityId = (await createMunicipality({ code: "9202", name: "Annen kommune" })).id;
  await addMember({ municipalityId, principal: admin, input: { email: "admin@h.no", name: "H Admin", role: "admin", password: "passord-admin-123456" } });
  await addMember({ municipalityId, principal: admin, input: { email: "leser@h.no", name: "H Leser", role: "reader", password: "passord-leser-123456" } });
  adminCookie = await cookieFor("admin@h.no", "passord-admin-123456");
  readerCookie = await cookieFor("leser@h.no", "passord-leser-123456");
});

interface Outcome {
  status: number;
  location: string | null;
  data: {
    fieldErrors?: Record<string, { key: string }>;
    formError?: { key: string } | null;
    values?: Record<string, string>;
    details?: Record<string, unknown>;
  } | null;
}

async function run(fn: () => Promise<unknown>): Promise<Outcome> {
  const toOutcome = (value: unknown): Outcome => {
    if (value instanceof Response) return { status: value.status, location: value.headers.get("Location"), data: null };
    const v = value as { type?: string; init?: { status?: number }; data?: Outcome["data"] };
    if (v?.type === "DataWithResponseInit") return { status: v.init?.status ?? 200, location: null, data: v.data ?? null };
    return { status: 200, location: null, data: value as Outcome["data"] };
  };
  try {
    return toOutcome(await fn());
  } catch (error) {
    return toOutcome(error);
  }
}

function post(route: { action: (args: never) => Promise<unknown> }, path: string, id: string, cookie: string, fields: Record<string, string>) {
  const request = new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, ...fields }),
  });
  return run(() => route.action({ request, params: { id }, context: {} } as never));
}

function get(route: { loader: (args: never) => Promise<unknown> }, path: string, id: string, cookie: string) {
  return run(() => route.loader({ request: new Request(`http://localhost${path}`, { headers: { Cookie: cookie } }), params: { id }, context: {} } as never));
}

const indicatorFields = {
  name: "Timer per sak",
  unit: "hours",
  direction: "lower_is_better",
  baselineValue: "10",
  targetValue: "5",
  frequency: "yearly",
  isValuationIndicator: "false",
};

describe("benefit history", () => {
  it("lists changes to the benefit, its indicators and measurements, including a deleted measurement", async () => {
    const { benefit, indicator: ind, first, second } = await setUpBenefit();
    await updateIndicator({ municipalityId, principal: admin, id: ind.id, version: 1, actor, input: { name: "Timer per søknad" } });
    await updateMeasurement({ municipalityId, principal: admin, id: second.id, version: 1, actor, input: { value: 7 } });
    await deleteMeasurement({ municipalityId, principal: admin, id: first.id, actor });

    const entries = await listBenefitHistory({ municipalityId, id: benefit.id });
    const about = (type: string, id: string, action: string) => entries.filter((e) => e.entityType === type && e.entityId === id && e.action === action);
    expect(about("benefit", benefit.id, "create").length).toBeGreaterThan(0);
    expect(about("indicator", ind.id, "update")).toEqual([expect.objectContaining({ field: "name", oldValue: "Timer per sak", newValue: "Timer per søknad" })]);
    expect(about("measurement", second.id, "update")).toEqual([expect.objectContaining({ field: "value", oldValue: 7.5, newValue: 7 })]);
    expect(about("measurement", first.id, "delete").map((e) => e.field)).toEqual(expect.arrayContaining(["measuredOn", "value"]));

    const groups = groupBenefitHistory(entries);
    expect(groups[0]).toMatchObject({ action: "delete", subject: { type: "measurement", measuredOn: "2025-01-15" } });
    expect(groups.find((g) => g.subject.type === "indicator" && g.action === "update")?.subject).toEqual({ type: "indicator", name: "Timer per søknad" });
    expect(await listBenefitHistory({ municipalityId: otherMunicipalityId, id: benefit.id }).catch((e: { code: string }) => e.code)).toBe("not_found");
  });

  it("records the measurements deleted with an indicator in the benefit history", async () => {
    const { benefit, indicator: ind, first, second } = await setUpBenefit("Færre telefoner");
    await deleteIndicator({ municipalityId, principal: admin, id: ind.id, version: 1, actor });
    const entries = await listBenefitHistory({ municipalityId, id: benefit.id });
    const deleted = new Set(entries.filter((e) => e.action === "delete").map((e) => e.entityId));
    expect(deleted).toEqual(new Set([ind.id, first.id, second.id]));
    const rows = await db().select().from(changeLog).where(eq(changeLog.entityId, first.id));
    expect(rows.every((r) => r.parentEntityType === "benefit" && r.parentEntityId === benefit.id)).toBe(true);
  });

  it("shows the history page to readers, with a deleted measurement", async () => {
    const { benefit, first } = await setUpBenefit("Lesbar historikk");
    await deleteMeasurement({ municipalityId, principal: admin, id: first.id, actor });
    const page = await get(benefitHistoryRoute, `/benefits/${benefit.id}/history`, benefit.id, readerCookie);
    expect(page.status).toBe(200);
    const groups = (page.data as unknown as { groups: Array<{ action: string; subject: { type: string } }> }).groups;
    expect(groups.some((g) => g.action === "delete" && g.subject.type === "measurement")).toBe(true);
  });
});

describe("editing and deleting indicators", () => {
  it("answers 403 to readers, on the page and when they post", async () => {
    const { indicator: ind } = await setUpBenefit("Leser kan ikke endre");
    expect((await get(indicatorRoute, `/indicators/${ind.id}/edit`, ind.id, readerCookie)).status).toBe(403);
    expect(
      (await post(indicatorRoute, `/indicators/${ind.id}/edit`, ind.id, readerCookie, { ...indicatorFields, version: "1", name: "Overtatt" })).status,
    ).toBe(403);
    expect((await post(indicatorRoute, `/indicators/${ind.id}/edit`, ind.id, readerCookie, { intent: "delete", version: "1" })).status).toBe(403);
    expect(await getIndicatorById({ municipalityId, id: ind.id })).toMatchObject({ name: "Timer per sak", version: 1 });
  });

  it("keeps what was typed on bad input and writes nothing", async () => {
    const { indicator: ind } = await setUpBenefit("Feil i skjemaet");
    const outcome = await post(indicatorRoute, `/indicators/${ind.id}/edit`, ind.id, adminCookie, {
      ...indicatorFields,
      version: "1",
      name: "",
      targetValue: "mange",
    });
    expect(outcome.status).toBe(400);
    expect(outcome.data?.fieldErrors).toHaveProperty("name");
    expect(outcome.data?.values).toMatchObject({ name: "", targetValue: "mange" });
    expect(await getIndicatorById({ municipalityId, id: ind.id })).toMatchObject({ name: "Timer per sak", targetValue: 5, version: 1 });
  });

  it("saves, refuses a stale version with a conflict, and deletes with its measurements", async () => {
    const { benefit, indicator: ind, first } = await setUpBenefit("Lagre og slette");
    const saved = await post(indicatorRoute, `/indicators/${ind.id}/edit`, ind.id, adminCookie, {
      ...indicatorFields,
      version: "1",
      name: "Minutter per sak",
      targetValue: "4,5",
    });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`/benefits/${benefit.id}?indicator=saved#indicator-${ind.id}`);
    expect(await getIndicatorById({ municipalityId, id: ind.id })).toMatchObject({ name: "Minutter per sak", targetValue: 4.5, version: 2 });

    const stale = await post(indicatorRoute, `/indicators/${ind.id}/edit`, ind.id, adminCookie, { ...indicatorFields, version: "1", name: "Gammel versjon" });
    expect(stale.status).toBe(409);
    expect(stale.data?.formError?.key).toBe("benefits.conflict");
    expect(stale.data?.details).toMatchObject({ currentVersion: 2 });
    expect(stale.data?.values?.name).toBe("Gammel versjon");
    expect((await getIndicatorById({ municipalityId, id: ind.id })).name).toBe("Minutter per sak");

    const staleDelete = await post(indicatorRoute, `/indicators/${ind.id}/edit`, ind.id, adminCookie, { intent: "delete", version: "1" });
    expect(staleDelete.status).toBe(409);
    const deleted = await post(indicatorRoute, `/indicators/${ind.id}/edit`, ind.id, adminCookie, { intent: "delete", version: "2" });
    expect(deleted).toMatchObject({ status: 302, location: `/benefits/${benefit.id}?indicator=deleted` });
    expect(await db().select().from(indicator).where(eq(indicator.id, ind.id))).toEqual([]);
    expect(await db().select().from(measurement).where(eq(measurement.id, first.id))).toEqual([]);
  });
});

describe("editing and deleting measurements", () => {
  it("answers 403 to readers", async () => {
    const { first } = await setUpBenefit("Leser og måling");
    expect((await get(measurementRoute, `/measurements/${first.id}/edit`, first.id, readerCookie)).status).toBe(403);
    expect((await post(measurementRoute, `/measurements/${first.id}/edit`, first.id, readerCookie, { intent: "delete", version: "1" })).status).toBe(403);
    expect((await getMeasurementById({ municipalityId, id: first.id })).version).toBe(1);
  });

  it("keeps bad input, saves good input, refuses a stale version and deletes", async () => {
    const { benefit, indicator: ind, first } = await setUpBenefit("Måling endres");
    const path = `/measurements/${first.id}/edit`;
    const page = await get(measurementRoute, path, first.id, adminCookie);
    expect(page.data).toMatchObject({ defaults: { measuredOn: "2025-01-15", value: "9", comment: "", assessment: "" } });

    const bad = await post(measurementRoute, path, first.id, adminCookie, {
      version: "1",
      measuredOn: "2025-01-15",
      value: "ni timer",
      comment: "Skrevet inn",
      assessment: "",
    });
    expect(bad.status).toBe(400);
    expect(bad.data?.fieldErrors).toHaveProperty("value");
    expect(bad.data?.values).toMatchObject({ value: "ni timer", comment: "Skrevet inn" });
    expect((await getMeasurementById({ municipalityId, id: first.id })).value).toBe(9);

    const saved = await post(measurementRoute, path, first.id, adminCookie, {
      version: "1",
      measuredOn: "2025-02-01",
      value: "8,25",
      comment: "Rettet",
      assessment: "watch",
    });
    expect(saved).toMatchObject({ status: 302, location: `/benefits/${benefit.id}?measurement=saved#indicator-${ind.id}` });
    expect(await getMeasurementById({ municipalityId, id: first.id })).toMatchObject({
      measuredOn: "2025-02-01",
      value: 8.25,
      comment: "Rettet",
      assessment: "watch",
      version: 2,
    });

    const stale = await post(measurementRoute, path, first.id, adminCookie, {
      version: "1",
      measuredOn: "2025-02-01",
      value: "1",
      comment: "",
      assessment: "",
    });
    expect(stale.status).toBe(409);
    expect(stale.data?.values?.value).toBe("1");

    const deleted = await post(measurementRoute, path, first.id, adminCookie, { intent: "delete", version: "2" });
    expect(deleted).toMatchObject({ status: 302, location: `/benefits/${benefit.id}?measurement=deleted#indicator-${ind.id}` });
    expect(await db().select().from(measurement).where(eq(measurement.id, first.id))).toEqual([]);
    const history = await listBenefitHistory({ municipalityId, id: benefit.id });
    expect(history.some((e) => e.entityId === first.id && e.action === "delete")).toBe(true);
  });
});
