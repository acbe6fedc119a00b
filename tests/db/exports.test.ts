import { matchRoutes } from "react-router";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { callLoader, csvText, firstSheet, type Loader, parseCsv } from "../setup/exports";
import routes from "~/routes";
import { signIn } from "~/domains/tenancy/login.server";
import { createMeasure } from "~/domains/measures/mutations.server";
import { createGoal, createStrategy } from "~/domains/plan/mutations.server";
import { closeRound, openRound, publishStatusUpdate, saveStatusDraft } from "~/domains/reporting/mutations.server";
import { addMember, createApiToken, createMunicipality } from "~/domains/tenancy/mutations.server";
import { listSectors } from "~/domains/tenancy/queries.server";
import * as goalsCsv from "~/domains/plan/routes/api.v1.goals.export.csv";
import * as goalsXlsx from "~/domains/plan/routes/api.v1.goals.export.xlsx";
import * as measuresCsv from "~/domains/measures/routes/api.v1.measures.export.csv";
import * as measuresXlsx from "~/domains/measures/routes/api.v1.measures.export.xlsx";
import * as snapshotCsv from "~/domains/reporting/routes/api.v1.rounds.$id.snapshot.csv";
import * as snapshotXlsx from "~/domains/reporting/routes/api.v1.rounds.$id.snapshot.xlsx";
import * as statusCsv from "~/domains/reporting/routes/api.v1.status-updates.export.csv";
import * as statusXlsx from "~/domains/reporting/routes/api.v1.status-updates.export.xlsx";
import { languageCookie } from "~/kit/cookies.server";

useTestDatabase();

const actor = { userId: null, label: "test" };
const admin = { role: "admin" as const, userId: null, sectorIds: [] };
const ids: Record<string, string> = {};
let readerCookie = "";
let nynorskCookie = "";
let adminCookie = "";
let readerToken = "";

const call = callLoader;

async function xlsxRows(response: Response): Promise<unknown[][]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const rows: unknown[][] = [];
  (await firstSheet(response)).eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function csvRows(response: Response): Promise<string[][]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  return parseCsv(await csvText(response));
}

async function cookieFor(email: string, password: string) {
  const { headers } = await signIn({ request: new Request("http://localhost/login", { method: "POST" }), input: { email, password } });
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

beforeAll(async () => {
  const a = await createMunicipality({
    code: "9401",
    name: "Eksportkommune",
    sectors: [
      { name: "Helse og omsorg", codePrefix: "HO" },
      { name: "Oppvekst", codePrefix: "OP" },
    ],
  });
  const b = await createMunicipality({ code: "9402", name: "Annen kommune", sectors: [{ name: "B-sektor", codePrefix: "BS" }] });
  await addMember({
    municipalityId: a.id,
    principal: admin,
    input: { email: "leser@x.no", name: "X Leser", role: "reader", password: "passord-leser-123456" },
  });
  await addMember({ municipalityId: a.id, principal: admin, input: { email: "admin@x.no", name: "X Admin", role: "admin", password: "passord-admin-123456" } });
  const [health, school] = await listSectors({ municipalityId: a.id });
  const strategy = await createStrategy({
    municipalityId: a.id,
    principal: admin,
    input: { title: "Digital strategi", periodFrom: 2024, periodTo: 2027 },
    actor,
  });
  const g1 = await createGoal({ municipalityId: a.id, principal: admin, input: { strategyId: strategy.id, number: "1", title: "Enklere hverdag" }, actor });
  await createGoal({ municipalityId: a.id, principal: admin, input: { strategyId: strategy.id, number: "10", title: "Tiende mål" }, actor });
  await createGoal({
    municipalityId: a.id,
    principal: admin,
    input: { strategyId: strategy.id, number: "2", title: "Bedre tjenester", parentId: null },
    actor,
  });
  await createGoal({ municipalityId: a.id, principal: admin, input: { strategyId: strategy.id, number: "1.1", title: "Delmål", parentId: g1.id }, actor });
  const ho = await createMeasure({
    municipalityId: a.id,
    principal: admin,
    actor,
    input: {
      code: "HO01",
      title: "Digital søknad",
      sectorId: health.id,
      status: "in_progress",
      goalIds: [g1.id],
      costs: [
        { amountNok: 200_000, usedNok: 120_000, recurrence: "one_off", year: 2026, costType: "investment", fundingSource: "own_budget", description: null },
        {
          amountNok: 50_000,
          usedNok: 5_500,
          recurrence: "annual",
          year: 2026,
          costType: "operating",
          fundingSource: "digitalisation_funds",
          description: null,
        },
      ],
    },
  });
  const op = await createMeasure({
    municipalityId: a.id,
    principal: admin,
    actor,
    input: { code: "OP01", title: "Skoleportal", sectorId: school.id, status: "planned" },
  });
  ids.ho = ho.id;
  ids.op = op.id;
  const round = await openRound({ municipalityId: a.id, principal: admin, actor, input: { title: "Status pr. januar 2026", deadline: "2026-01-31" } });
  await publishStatusUpdate({
    municipalityId: a.id,
    measureId: ho.id,
    version: null,
    principal: admin,
    actor,
    input: {
      periodLabel: "Januar 2026",
      overall: "yellow",
      progressPercent: 40,
      roundId: round.id,
      internalComment: "Intern merknad",
      light_cost: "red",
      comment_cost: "Over budsjett",
    },
  });
  await closeRound({ municipalityId: a.id, id: round.id, version: 1, principal: admin, actor });
  ids.round = round.id;
  ids.openRound = (await openRound({ municipalityId: a.id, principal: admin, actor, input: { title: "Status pr. juni 2026", deadline: "2026-06-30" } })).id;
  await saveStatusDraft({
    municipalityId: a.id,
    measureId: op.id,
    version: null,
    principal: admin,
    actor,
    input: { periodLabel: "Utkastperiode", overall: "green", internalComment: "Utkastkommentar" },
  });

  const bStrategy = await createStrategy({ municipalityId: b.id, principal: admin, input: { title: "B-strategi", periodFrom: 2024, periodTo: 2027 }, actor });
  await createGoal({ municipalityId: b.id, principal: admin, input: { strategyId: bStrategy.id, number: "1", title: "B-mål" }, actor });
  const bMeasure = await createMeasure({ municipalityId: b.id, principal: admin, actor, input: { code: "BS01", title: "Hemmelig tiltak" } });
  const bRound = await openRound({ municipalityId: b.id, principal: admin, actor, input: { title: "B-runde", deadline: "2026-01-31" } });
  await publishStatusUpdate({
    municipalityId: b.id,
    measureId: bMeasure.id,
    version: null,
    principal: admin,
    actor,
    input: { periodLabel: "B-periode", overall: "red", roundId: bRound.id, internalComment: "B-intern" },
  });
  await closeRound({ municipalityId: b.id, id: bRound.id, version: 1, principal: admin, actor });
  ids.bRound = bRound.id;
  ids.bMeasure = bMeasure.id;

  readerCookie = await cookieFor("leser@x.no", "passord-leser-123456");
  adminCookie = await cookieFor("admin@x.no", "passord-admin-123456");
  nynorskCookie = `${readerCookie}; ${(await languageCookie.serialize("nn")).split(";")[0]}`;
  readerToken = (await createApiToken({ municipalityId: a.id, principal: admin, input: { role: "reader", name: "Rapport" } })).token;
});

function flatten(entries: RouteConfigEntry[]): Array<{ id: string; path?: string; children?: unknown[] }> {
  return entries.map((e) => ({ id: e.file, path: e.path, index: e.index, children: e.children ? flatten(e.children) : undefined }));
}

const SECRETS = ["Hemmelig", "BS01", "B-strategi", "B-mål", "B-periode", "B-intern", "B-sektor"];

function expectNoSecrets(rows: unknown[][]) {
  const text = JSON.stringify(rows);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe("export routes", () => {
  it("win over the :id routes next to them", () => {
    const objects = flatten(routes);
    const fileFor = (path: string) => matchRoutes(objects as never, path)?.at(-1)?.route.id;
    expect(fileFor("/api/v1/measures/export.xlsx")).toBe("domains/measures/routes/api.v1.measures.export.xlsx.ts");
    expect(fileFor("/api/v1/measures/export.csv")).toBe("domains/measures/routes/api.v1.measures.export.csv.ts");
    expect(fileFor("/api/v1/goals/export.xlsx")).toBe("domains/plan/routes/api.v1.goals.export.xlsx.ts");
    expect(fileFor("/api/v1/goals/export.csv")).toBe("domains/plan/routes/api.v1.goals.export.csv.ts");
    expect(fileFor("/api/v1/status-updates/export.xlsx")).toBe("domains/reporting/routes/api.v1.status-updates.export.xlsx.ts");
    expect(fileFor("/api/v1/status-updates/export.csv")).toBe("domains/reporting/routes/api.v1.status-updates.export.csv.ts");
    expect(fileFor("/api/v1/rounds/abc/snapshot.xlsx")).toBe("domains/reporting/routes/api.v1.rounds.$id.snapshot.xlsx.ts");
    expect(fileFor("/api/v1/rounds/abc/snapshot.csv")).toBe("domains/reporting/routes/api.v1.rounds.$id.snapshot.csv.ts");
    expect(fileFor("/api/v1/measures/export.pdf")).toBe("domains/measures/routes/api.v1.measures.$id.ts");
  });

  it("answer 401 without a session or token", async () => {
    const loaders = [measuresXlsx, measuresCsv, goalsXlsx, goalsCsv, statusXlsx, statusCsv, snapshotXlsx, snapshotCsv].map((m) => m.loader as Loader);
    for (const loader of loaders) {
      const response = await call(loader, "/x", {}, { id: ids.round });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    }
    expect((await call(measuresCsv.loader as Loader, "/measures/export.csv", { Authorization: "Bearer rtn_wrong" })).status).toBe(401);
  });
});

describe("portfolio export", () => {
  it("is an XLSX with bokmål headers, all measures and the latest published status, never a draft", async () => {
    const response = await call(measuresXlsx.loader as Loader, "/measures/export.xlsx", { Cookie: readerCookie });
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="tiltak-9401-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const rows = await xlsxRows(response);
    expect(rows[0].slice(0, 4)).toEqual(["Tiltakskode", "Tiltak", "Sektor", "Status"]);
    expect(rows[0]).toContain("Samlet status");
    const header = rows[0] as string[];
    const ho = rows.find((r) => r[0] === "HO01")!;
    expect(ho[header.indexOf("Status")]).toBe("Pågår");
    expect(ho[header.indexOf("Samlet status")]).toBe("Gul – noe avvik");
    expect(ho[header.indexOf("Framdrift (%)")]).toBe(40);
    expect(ho[header.indexOf("Mål")]).toBe("1");
    expect(ho[header.indexOf("Kjent kostnad (kr)")]).toBe(250_000);
    expect(ho[header.indexOf("Brukt (kr)")]).toBe(125_500);
    const op = rows.find((r) => r[0] === "OP01")!;
    expect(op[header.indexOf("Samlet status")] ?? null).toBeNull();
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain("Utkast");
    expectNoSecrets(rows);
  });

  it("respects the /measures filters, across all pages", async () => {
    const bySector = await csvRows(await call(measuresCsv.loader as Loader, "/measures/export.csv?status=planned&pageSize=1&page=1", { Cookie: readerCookie }));
    expect(bySector.slice(1).map((r) => r[0])).toEqual(["OP01"]);
    const bySearch = await csvRows(await call(measuresCsv.loader as Loader, "/measures/export.csv?q=s%C3%B8knad", { Cookie: readerCookie }));
    expect(bySearch.slice(1).map((r) => r[0])).toEqual(["HO01"]);
    const all = await csvRows(
      await call(measuresCsv.loader as Loader, "/measures/export.csv?pageSize=1&page=2&sort=code&dir=desc", { Authorization: `Bearer ${readerToken}` }),
    );
    expect(all.slice(1).map((r) => r[0])).toEqual(["OP01", "HO01"]);
    expectNoSecrets(all);
  });

  it("has nynorsk headers and choices for a nynorsk user", async () => {
    const rows = await csvRows(await call(measuresCsv.loader as Loader, "/measures/export.csv", { Cookie: nynorskCookie }));
    expect(rows[0]).toContain("Ansvarleg");
    expect(rows[0]).toContain("Samla status");
    expect(rows[0]).toContain("Kjend kostnad (kr)");
  });
});

describe("goals export", () => {
  it("lists the goals by number with strategy and parent, in XLSX and CSV", async () => {
    const rows = await xlsxRows(await call(goalsXlsx.loader as Loader, "/goals/export.xlsx", { Cookie: readerCookie }));
    expect(rows[0]).toEqual(["Strategi", "Nummer", "Mål", "Overordnet mål", "Beskrivelse", "Indikator", "Antall tiltak"]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(["1", "1.1", "2", "10"]);
    expect(rows[1]).toEqual(["Digital strategi", "1", "Enklere hverdag", undefined, undefined, undefined, 1]);
    expect(rows[2][3]).toBe("1");
    expectNoSecrets(rows);
    const csv = await csvRows(await call(goalsCsv.loader as Loader, "/goals/export.csv", { Cookie: nynorskCookie }));
    expect(csv[0]).toEqual(["Strategi", "Nummer", "Mål", "Overordna mål", "Skildring", "Indikator", "Tal på tiltak"]);
    expect(csv).toHaveLength(5);
    expectNoSecrets(csv);
  });
});

describe("status history export", () => {
  it("has the published status with parameters and the internal comment, never a draft", async () => {
    const rows = await xlsxRows(await call(statusXlsx.loader as Loader, "/status-updates/export.xlsx", { Cookie: readerCookie }));
    const header = rows[0] as string[];
    expect(header).toContain("Kostnad: kommentar");
    expect(header).toContain("Intern kommentar");
    expect(rows).toHaveLength(2);
    const [row] = rows.slice(1);
    expect(row[0]).toBe("HO01");
    expect(row[header.indexOf("Periode")]).toBe("Januar 2026");
    expect(row[header.indexOf("Rapporteringsrunde")]).toBe("Status pr. januar 2026");
    expect(row[header.indexOf("Samlet status")]).toBe("Gul – noe avvik");
    expect(row[header.indexOf("Kostnad: status")]).toBe("Rød – alvorlig avvik");
    expect(row[header.indexOf("Kostnad: kommentar")]).toBe("Over budsjett");
    expect(row[header.indexOf("Intern kommentar")]).toBe("Intern merknad");
    const text = JSON.stringify(rows);
    expect(text).not.toContain("Utkast");
    expectNoSecrets(rows);
  });

  it("can be limited to one measure, and never to another municipality's", async () => {
    const one = await csvRows(await call(statusCsv.loader as Loader, `/status-updates/export.csv?measure=${ids.op}`, { Cookie: readerCookie }));
    expect(one).toHaveLength(1);
    const other = await csvRows(await call(statusCsv.loader as Loader, `/status-updates/export.csv?measure=${ids.bMeasure}`, { Cookie: readerCookie }));
    expect(other).toHaveLength(1);
    expectNoSecrets(other);
    const nn = await csvRows(await call(statusCsv.loader as Loader, `/status-updates/export.csv?measure=${ids.ho}`, { Cookie: nynorskCookie }));
    expect(nn).toHaveLength(2);
    expect(nn[0]).toContain("Samla status");
    expect(nn[1][nn[0].indexOf("Samla status")]).toBe("Gul – noko avvik");
    expect((await call(statusCsv.loader as Loader, "/status-updates/export.csv?measure=nope", { Cookie: readerCookie })).status).toBe(400);
  });
});

describe("snapshot export", () => {
  it("has the rows of a closed round's snapshot", async () => {
    const rows = await xlsxRows(await call(snapshotXlsx.loader as Loader, "/x", { Cookie: adminCookie }, { id: ids.round }));
    const header = rows[0] as string[];
    expect(header.slice(0, 4)).toEqual(["Tiltakskode", "Tiltak", "Sektor", "Status"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["HO01", "OP01"]);
    expect(rows[1][header.indexOf("Samlet status")]).toBe("Gul – noe avvik");
    expect(rows[1][header.indexOf("Framdrift (%)")]).toBe(40);
    expectNoSecrets(rows);
    const csv = await csvRows(await call(snapshotCsv.loader as Loader, "/x", { Cookie: adminCookie }, { id: ids.round }));
    expect(csv.slice(1).map((r) => r[0])).toEqual(["HO01", "OP01"]);
  });

  it("answers 404 for open rounds and other municipalities' rounds, and 403 for readers", async () => {
    expect((await call(snapshotCsv.loader as Loader, "/x", { Cookie: adminCookie }, { id: ids.openRound })).status).toBe(404);
    const other = await call(snapshotXlsx.loader as Loader, "/x", { Cookie: adminCookie }, { id: ids.bRound });
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain("B-periode");
    expect((await call(snapshotCsv.loader as Loader, "/x", { Cookie: readerCookie }, { id: ids.round })).status).toBe(403);
  });
});
