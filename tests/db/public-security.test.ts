// The public plan page, the public measure page and open data (JSON, CSV) never show anything that is not published,
// whoever asks: anonymous visitors, every role's session and API tokens all get exactly the same answer. Every answer
// is scanned for distinctive secret strings planted in the fixtures.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { municipality as municipalityTable } from "~/domains/tenancy/db";
import { signIn } from "~/domains/tenancy/login.server";
import { createBenefit, createIndicator, createMeasurement } from "~/domains/benefits/mutations.server";
import { createMeasure, updateMeasure } from "~/domains/measures/mutations.server";
import { createGoal, createStrategy } from "~/domains/plan/mutations.server";
import { updatePublicPlanSettings } from "~/domains/public/mutations.server";
import { publishStatusUpdate, saveStatusDraft } from "~/domains/reporting/mutations.server";
import { addMember, createApiToken, createMunicipality } from "~/domains/tenancy/mutations.server";
import { getUserByEmail, listSectors } from "~/domains/tenancy/queries.server";
import { loader as rootLoader } from "~/root";
import * as csvRoute from "~/domains/public/routes/api.v1.public.plan-csv";
import * as jsonRoute from "~/domains/public/routes/api.v1.public.plan";
import * as measureRoute from "~/domains/public/routes/kommune.$kommunenummer.tiltak.$code";
import * as planRoute from "~/domains/public/routes/kommune.$kommunenummer";

useTestDatabase();

const A = "9101";
const B = "9102";
const CLOSED = "9103";
const UNKNOWN = "9199";
const PASSWORD = "passord-sikkerhet-123";
const actor = { userId: null, label: "test" };
const adminPrincipal = { role: "admin" as const, userId: null, sectorIds: [] };

const ROLES = ["admin", "coordinator", "contributor", "reader"] as const;
const MEMBERS = {
  admin: { email: "admin.hemmelig@a-kommune.test", name: "Adrian Skjultsen" },
  coordinator: { email: "koord.hemmelig@a-kommune.test", name: "Kornelia Lukketvik" },
  contributor: { email: "bidrag.hemmelig@a-kommune.test", name: "Bendik Ansvarsrud" },
  reader: { email: "leser.hemmelig@a-kommune.test", name: "Liv Innelukket" },
};

/** Strings that must never be in a public answer for municipality A (with costs hidden). */
const SECRETS = {
  unpublishedTitle: "Upublisert tiltak QXZ-hemmelig",
  unpublishedCode: "UXQ99",
  oldTitle: "Gammel tittel HIST-7731",
  tag: "intern-tagg-TG4417",
  costDescription: "Kostnadsnotat CD-5512",
  costAmount: "987654",
  costAmountGrouped: "987 654",
  benefitAssumption: "Forutsetning AS-9902",
  benefitRisk: "Risiko RK-3310",
  benefitOwner: "Nytteeier OW-2210",
  measurementComment: "Målekommentar MC-8821",
  unpublishedBenefitNok: "4444444",
  otherPublishedTitle: "Tiltak i kommune B BBX-1",
  otherUnpublishedTitle: "Upublisert i kommune B BBX-2",
  closedTitle: "Tiltak i stengt kommune CCX-1",
  statusInternalComment: "Intern statuskommentar ISC-6611",
  draftPeriod: "Utkastperiode DRF-4410",
  draftComment: "Utkastkommentar DRC-5520",
  draftInternalComment: "Utkast intern DRI-1180",
  unpublishedMeasureStatus: "Upublisert tiltaksstatus UPS-3301",
  ...Object.fromEntries(
    ROLES.flatMap((role) => [
      [`${role}Email`, MEMBERS[role].email],
      [`${role}Name`, MEMBERS[role].name],
    ]),
  ),
};

interface Outcome {
  status: number;
  body: string;
  headers: Record<string, string>;
}

async function run(fn: () => Promise<unknown>): Promise<Outcome> {
  const toOutcome = async (value: unknown): Promise<Outcome> => {
    if (value instanceof Response) {
      return { status: value.status, body: await value.clone().text(), headers: Object.fromEntries(value.headers.entries()) };
    }
    const v = value as { type?: string; init?: { status?: number; headers?: HeadersInit }; data?: unknown } | null;
    if (v && v.type === "DataWithResponseInit") {
      return { status: v.init?.status ?? 200, body: JSON.stringify(v.data), headers: Object.fromEntries(new Headers(v.init?.headers).entries()) };
    }
    return { status: 200, body: JSON.stringify(value), headers: {} };
  };
  try {
    return await toOutcome(await fn());
  } catch (error) {
    return toOutcome(error);
  }
}

type Credential = { label: string; headers: Record<string, string> };
const credentials: Credential[] = [{ label: "anonymous", headers: {} }];

/** Every public answer for one kommunenummer: plan page (plain, searched, filtered, print), measure pages, JSON, CSV. */
function publicRequests(code: string, measureCodes: string[]) {
  const page = (query: string) => ({ name: `page${query}`, path: `/kommune/${code}${query}`, call: planRoute.loader, params: { kommunenummer: code } });
  return [
    page(""),
    page("?q=tiltak"),
    page("?q=QXZ"),
    page("?status=idea"),
    page("?print=1"),
    page("?all=1"),
    ...measureCodes.map((measureCode) => ({
      name: `measure ${measureCode}`,
      path: `/kommune/${code}/tiltak/${measureCode}`,
      call: measureRoute.loader,
      params: { kommunenummer: code, code: measureCode },
    })),
    { name: "json", path: `/api/v1/public/${code}/plan`, call: jsonRoute.loader, params: { kommunenummer: code } },
    { name: "csv", path: `/api/v1/public/${code}/plan.csv`, call: csvRoute.loader, params: { kommunenummer: code } },
  ] as Array<{ name: string; path: string; call: (args: never) => Promise<unknown>; params: Record<string, string> }>;
}

async function fetchAll(code: string, measureCodes: string[], credential: Credential) {
  const results: Record<string, Outcome> = {};
  for (const request of publicRequests(code, measureCodes)) {
    const url = `http://localhost${request.path}`;
    results[request.name] = await run(() =>
      request.call({ request: new Request(url, { headers: credential.headers }), params: request.params, context: {} } as never),
    );
  }
  return results;
}

function expectNoSecrets(outcome: Outcome, where: string, secrets: string[]) {
  for (const secret of secrets) expect(outcome.body, `${where} leaks ${secret}`).not.toContain(secret);
  // Numbers are also written with (no-break) spaces between thousands.
  const normalized = outcome.body.replace(/[\u00a0\u202f]/g, " ");
  expect(normalized, `${where} leaks the cost amount`).not.toContain(SECRETS.costAmountGrouped);
}

let publishedCode = "";

beforeAll(async () => {
  const a = await createMunicipality({ code: A, name: "Kommune A", sectors: [{ name: "Helse", codePrefix: "HO" }] });
  const b = await createMunicipality({ code: B, name: "Kommune B", sectors: [{ name: "Oppvekst", codePrefix: "O" }] });
  const closed = await createMunicipality({ code: CLOSED, name: "Stengt kommune", sectors: [] });
  for (const role of ROLES) {
    await addMember({ municipalityId: a.id, principal: adminPrincipal, input: { ...MEMBERS[role], role, password: PASSWORD } });
  }
  await addMember({
    municipalityId: closed.id,
    principal: adminPrincipal,
    input: { email: "admin@stengt.test", name: "Stengt Admin", role: "admin", password: PASSWORD },
  });
  const contributor = await getUserByEmail({ email: MEMBERS.contributor.email });
  const coordinator = await getUserByEmail({ email: MEMBERS.coordinator.email });

  const strategy = await createStrategy({
    municipalityId: a.id,
    principal: adminPrincipal,
    input: { title: "Strategi A", periodFrom: 2024, periodTo: 2027 },
    actor,
  });
  const goal = await createGoal({ municipalityId: a.id, principal: adminPrincipal, input: { strategyId: strategy.id, number: "1", title: "Mål A" }, actor });

  // A published measure with a named responsible user, internal tags, a cost line with a note, and a changed title.
  const published = await createMeasure({
    municipalityId: a.id,
    principal: adminPrincipal,
    actor: { userId: coordinator!.id, label: null },
    input: {
      code: "HO01",
      title: SECRETS.oldTitle,
      sectorId: (await listSectors({ municipalityId: a.id }))[0].id,
      responsibleText: "Enhetsleder helse",
      responsibleUserId: contributor!.id,
      tags: [SECRETS.tag],
      status: "in_progress",
      published: true,
      goalIds: [goal.id],
      costs: [
        { amountNok: 987654, recurrence: "one_off", year: 2025, costType: "investment", fundingSource: "own_budget", description: SECRETS.costDescription },
      ],
    },
  });
  await updateMeasure({
    municipalityId: a.id,
    id: published.id,
    version: published.version,
    principal: adminPrincipal,
    actor: { userId: coordinator!.id, label: null },
    input: { title: "Digitale trygghetsalarmer" },
  });
  publishedCode = published.code;
  const benefit = await createBenefit({
    municipalityId: a.id,
    principal: adminPrincipal,
    measureId: published.id,
    actor,
    input: {
      title: "Spart tid",
      type: "freed_capacity",
      ownerText: SECRETS.benefitOwner,
      assumptions: SECRETS.benefitAssumption,
      risks: SECRETS.benefitRisk,
      periodFrom: "2025-01-01",
      plannedHoursPerYear: 100,
      alternativeUse: "Mer tid til brukerne",
    },
  });
  const indicator = await createIndicator({
    municipalityId: a.id,
    principal: adminPrincipal,
    benefitId: benefit.id,
    actor,
    input: { name: "Timer", unit: "hours", direction: "lower_is_better", baselineValue: 500, isValuationIndicator: true },
  });
  await createMeasurement({
    municipalityId: a.id,
    principal: adminPrincipal,
    indicatorId: indicator.id,
    actor,
    input: { measuredOn: "2025-06-01", value: 450, comment: SECRETS.measurementComment },
  });

  // A published status with an internal comment, then a newer draft (its own secret texts) on the published measure.
  await publishStatusUpdate({
    municipalityId: a.id,
    measureId: published.id,
    version: null,
    principal: adminPrincipal,
    actor,
    input: { periodLabel: "Januar 2026", overall: "yellow", progressPercent: 55, internalComment: SECRETS.statusInternalComment },
  });
  await saveStatusDraft({
    municipalityId: a.id,
    measureId: published.id,
    version: null,
    principal: adminPrincipal,
    actor,
    input: {
      periodLabel: SECRETS.draftPeriod,
      overall: "red",
      progressPercent: 93,
      light_cost: "red",
      comment_cost: SECRETS.draftComment,
      internalComment: SECRETS.draftInternalComment,
    },
  });

  // An unpublished measure, with a large benefit that must not count in the public benefit summary.
  const unpublished = await createMeasure({
    municipalityId: a.id,
    principal: adminPrincipal,
    actor,
    input: { code: SECRETS.unpublishedCode, title: SECRETS.unpublishedTitle, status: "idea", goalIds: [goal.id] },
  });
  await publishStatusUpdate({
    municipalityId: a.id,
    measureId: unpublished.id,
    version: null,
    principal: adminPrincipal,
    actor,
    input: { periodLabel: SECRETS.unpublishedMeasureStatus, overall: "green", progressPercent: 12 },
  });
  await createBenefit({
    municipalityId: a.id,
    principal: adminPrincipal,
    measureId: unpublished.id,
    actor,
    input: { title: "Skjult gevinst", type: "cost_reduction", periodFrom: "2025-01-01", plannedNokPerYear: 4444444 },
  });

  // Another municipality that has opted in, and one that has not.
  await createMeasure({ municipalityId: b.id, principal: adminPrincipal, actor, input: { code: "O01", title: SECRETS.otherPublishedTitle, published: true } });
  await createMeasure({ municipalityId: b.id, principal: adminPrincipal, actor, input: { code: "O02", title: SECRETS.otherUnpublishedTitle } });
  await createMeasure({ municipalityId: closed.id, principal: adminPrincipal, actor, input: { code: "X01", title: SECRETS.closedTitle, published: true } });
  await updatePublicPlanSettings({
    municipalityId: a.id,
    principal: adminPrincipal,
    actor,
    input: { publicPlanEnabled: true, publicShowCosts: false, accessibilityStatementUrl: "https://a-kommune.test/uu" },
  });
  await updatePublicPlanSettings({
    municipalityId: b.id,
    principal: adminPrincipal,
    actor,
    input: { publicPlanEnabled: true, publicShowCosts: true, accessibilityStatementUrl: "" },
  });

  // Sessions of every role, tokens of every role a token may have, and the closed municipality's own admin.
  const csrf = "csrf-token-for-public-security-tests-01234";
  for (const [label, email] of [...ROLES.map((role) => [role, MEMBERS[role].email]), ["closed admin", "admin@stengt.test"]]) {
    const { headers } = await signIn({ request: new Request("http://localhost/login", { method: "POST" }), input: { email, password: PASSWORD } });
    const cookie = [...headers.getSetCookie().map((c) => c.split(";")[0]), `retning_csrf=${csrf}`].join("; ");
    credentials.push({ label: `${label} session`, headers: { Cookie: cookie } });
  }
  for (const role of ["admin", "coordinator", "reader"] as const) {
    const { token } = await createApiToken({ municipalityId: a.id, principal: adminPrincipal, input: { role, name: `token ${role}` } });
    credentials.push({ label: `${role} token`, headers: { Authorization: `Bearer ${token}` } });
  }
});

describe("the public plan never shows what is not published", () => {
  it("shows the published measure and nothing internal, the same to anonymous visitors and to every role", async () => {
    const measureCodes = [publishedCode, SECRETS.unpublishedCode, "O01"];
    const anonymous = await fetchAll(A, measureCodes, credentials[0]);
    expect(anonymous.page.status).toBe(200);
    expect(anonymous.page.body).toContain("Digitale trygghetsalarmer");
    // The list shows what its table shows; the responsible role is on the measure's own page and in open data.
    expect(anonymous[`measure ${publishedCode}`].body).toContain("Enhetsleder helse");
    expect(anonymous.json.body).toContain("Enhetsleder helse");
    expect(anonymous.page.body).toContain("https://a-kommune.test/uu");
    expect(anonymous[`measure ${publishedCode}`].status).toBe(200);
    expect(anonymous.json.body).toContain("Digitale trygghetsalarmer");
    expect(anonymous.csv.body).toContain("Digitale trygghetsalarmer");
    // The unpublished measure and another municipality's measure have no public page here.
    expect(anonymous[`measure ${SECRETS.unpublishedCode}`].status).toBe(404);
    expect(anonymous["measure O01"].status).toBe(404);
    // A search for the unpublished measure's title finds nothing.
    expect(JSON.parse(anonymous["page?q=QXZ"].body).plan.measures).toEqual([]);

    const secrets = Object.values(SECRETS).filter((s) => s !== SECRETS.costAmountGrouped);
    expect(credentials.length).toBe(1 + ROLES.length + 1 + 3);
    for (const credential of credentials) {
      const results = credential === credentials[0] ? anonymous : await fetchAll(A, measureCodes, credential);
      for (const [name, outcome] of Object.entries(results)) {
        expectNoSecrets(outcome, `${credential.label}: ${name}`, secrets);
        expect(outcome.status, `${credential.label}: ${name}`).toBe(anonymous[name].status);
        expect(outcome.body, `${credential.label}: ${name} differs from what an anonymous visitor gets`).toBe(anonymous[name].body);
        expect(outcome.headers.etag, `${credential.label}: ${name}`).toBe(anonymous[name].headers.etag);
      }
    }
  });

  it("shows the latest published status's traffic light (with text) and progress, never the draft or the internal comment", async () => {
    const results = await fetchAll(A, [publishedCode], credentials[0]);
    const page = JSON.parse(results.page.body).plan.measures[0];
    expect(page).toMatchObject({ code: publishedCode, overall: "yellow", progressPercent: 55 });
    const json = JSON.parse(results.json.body).measures[0];
    expect(json).toMatchObject({ code: publishedCode, overallStatus: "yellow", progressPercent: 55, statusPeriod: "Januar 2026" });
    expect(results.csv.body).toContain(";Gul – noe avvik;55;Januar 2026\r\n");
    // The newer draft (red, 93 %) is not the status shown; its texts are in SECRETS, checked for every credential above.
    for (const name of ["page", "json"]) expect(results[name].body, name).not.toContain('"red"');
    expect(results.csv.body).not.toContain("Rød");
  });

  it("keeps the page shell free of the visitor: the root data of a public page has no user, municipality or cookie", async () => {
    for (const credential of credentials) {
      const outcome = await run(() =>
        rootLoader({ request: new Request(`http://localhost/kommune/${A}`, { headers: credential.headers }), params: {}, context: {} } as never),
      );
      expect(outcome.body, credential.label).toBe(JSON.stringify({ csrf: "", lang: "nb", user: null, municipality: null, role: null, memberships: [] }));
      expect(outcome.headers["set-cookie"], credential.label).toBeUndefined();
    }
  });

  it("counts only published measures' benefits in the public benefit summary", async () => {
    const plan = JSON.parse(
      (
        await run(() =>
          jsonRoute.loader({ request: new Request(`http://localhost/api/v1/public/${A}/plan`), params: { kommunenummer: A }, context: {} } as never),
        )
      ).body,
    );
    const y2025 = plan.benefits.find((b: { year: number }) => b.year === 2025);
    // 100 planned hours × the default hourly cost (700); the unpublished measure's 4 444 444 kr is not counted.
    expect(y2025).toMatchObject({ plannedHours: 100, plannedNok: 70000, realisedHours: 50, realisedNok: 35000 });
  });

  it("shows costs only when the municipality has chosen to", async () => {
    const [a] = await db().select().from(municipalityTable).where(eq(municipalityTable.code, A));
    await updatePublicPlanSettings({
      municipalityId: a.id,
      principal: adminPrincipal,
      actor,
      input: { publicPlanEnabled: true, publicShowCosts: true, accessibilityStatementUrl: "" },
    });
    try {
      const results = await fetchAll(A, [publishedCode], credentials[0]);
      expect(JSON.parse(results.json.body).measures[0]).toMatchObject({ code: publishedCode, knownCostNok: 987654 });
      expect(results.csv.body).toContain(";987654;Gul – noe avvik;55;Januar 2026\r\n");
      expect(results[`measure ${publishedCode}`].body).toContain("987654");
      // The cost line's internal note stays internal.
      for (const outcome of Object.values(results)) expect(outcome.body).not.toContain(SECRETS.costDescription);
    } finally {
      await updatePublicPlanSettings({
        municipalityId: a.id,
        principal: adminPrincipal,
        actor,
        input: { publicPlanEnabled: true, publicShowCosts: false, accessibilityStatementUrl: "https://a-kommune.test/uu" },
      });
    }
  });

  it("lets only admins change the public plan settings", async () => {
    const [a] = await db().select().from(municipalityTable).where(eq(municipalityTable.code, A));
    const coordinator = { role: "coordinator" as const, userId: null, sectorIds: [] };
    const input = { publicPlanEnabled: false, publicShowCosts: true, accessibilityStatementUrl: "" };
    await expect(updatePublicPlanSettings({ municipalityId: a.id, principal: coordinator, actor, input })).rejects.toMatchObject({ code: "forbidden" });
    const [after] = await db().select().from(municipalityTable).where(eq(municipalityTable.code, A));
    expect(after).toMatchObject({ publicPlanEnabled: true, publicShowCosts: false, accessibilityStatementUrl: "https://a-kommune.test/uu" });
  });

  it("answers 404 everywhere for a municipality that has not opted in, exactly as for an unknown number", async () => {
    const unknown = await fetchAll(UNKNOWN, ["X01"], credentials[0]);
    for (const credential of credentials) {
      const closed = await fetchAll(CLOSED, ["X01"], credential);
      for (const [name, outcome] of Object.entries(closed)) {
        expect(outcome.status, `${credential.label}: ${name}`).toBe(404);
        expect(outcome.body, `${credential.label}: ${name}`).toBe(unknown[name].body);
        expect(outcome.body).not.toContain(SECRETS.closedTitle);
        expect(outcome.body).not.toContain("Stengt kommune");
      }
    }
    // Malformed numbers are not found either.
    const malformed = await fetchAll("34x1", [], credentials[0]);
    for (const outcome of Object.values(malformed)) expect(outcome.status).toBe(404);
  });

  it("supports conditional requests and CORS on open data", async () => {
    for (const route of [jsonRoute, csvRoute]) {
      const path = route === jsonRoute ? `/api/v1/public/${A}/plan` : `/api/v1/public/${A}/plan.csv`;
      const first = (await route.loader({ request: new Request(`http://localhost${path}`), params: { kommunenummer: A }, context: {} } as never)) as Response;
      expect(first.status).toBe(200);
      expect(first.headers.get("Cache-Control")).toBe("public, max-age=300");
      expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const etag = first.headers.get("ETag")!;
      expect(etag).toMatch(/^"[\w-]{20,}"$/);
      const again = (await route.loader({
        request: new Request(`http://localhost${path}`, { headers: { "If-None-Match": etag } }),
        params: { kommunenummer: A },
        context: {},
      } as never)) as Response;
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("ETag")).toBe(etag);
      const stale = (await route.loader({
        request: new Request(`http://localhost${path}`, { headers: { "If-None-Match": '"old"' } }),
        params: { kommunenummer: A },
        context: {},
      } as never)) as Response;
      expect(stale.status).toBe(200);
    }
    const csv = (await csvRoute.loader({
      request: new Request(`http://localhost/api/v1/public/${A}/plan.csv`),
      params: { kommunenummer: A },
      context: {},
    } as never)) as Response;
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(
      text.startsWith("\uFEFFTiltak nr.;Tittel;Beskrivelse;Status;Sektor;Start;Slutt;Brukerrettet;Ansvarlig;Mål;Samlet status;Framdrift (%);Statusperiode\r\n"),
    ).toBe(true);
    expect(text).toContain("HO01;Digitale trygghetsalarmer;;Pågår;Helse;;;Nei;Enhetsleder helse;1;Gul – noe avvik;55;Januar 2026\r\n");
    const notFound = (await jsonRoute.loader({
      request: new Request(`http://localhost/api/v1/public/${CLOSED}/plan`),
      params: { kommunenummer: CLOSED },
      context: {},
    } as never)) as Response;
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await notFound.json()).toEqual({ error: expect.objectContaining({ code: "not_found" }) });
  });
});
