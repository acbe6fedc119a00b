import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import routes from "~/routes";
import { DOMAINS } from "~/domains";
import type { TenancyWalk } from "~/kit/tenancy-walk";
import { db } from "~/kit/db.server";
import { benefit, indicator, measurement } from "~/domains/benefits/db";
import { goal, strategy } from "~/domains/plan/db";
import { measure } from "~/domains/measures/db";
import { membership } from "~/domains/tenancy/db";
import { reportingRound, statusUpdate } from "~/domains/reporting/db";
import { signIn } from "~/domains/tenancy/login.server";
import { addMember, createMunicipality } from "~/domains/tenancy/mutations.server";
import { csrfCookie } from "~/kit/cookies.server";

useTestDatabase();

const SECRET_TITLE = "Hemmelig tiltak i kommune B";
const actor = { userId: null, label: "test" };
const admin = { role: "admin" as const, userId: null, sectorIds: [] };

interface FlatRoute {
  path: string;
  file: string;
}

function flatten(entries: RouteConfigEntry[], parent = ""): FlatRoute[] {
  return entries.flatMap((entry) => {
    const path = entry.index ? parent : [parent, entry.path ?? ""].filter(Boolean).join("/");
    const children = flatten(entry.children ?? [], path);
    // A pathless layout's loader runs for each of its children's addresses: walk it with theirs.
    const own = entry.index || entry.path ? [{ path, file: entry.file }] : children.map((child) => ({ path: child.path, file: entry.file }));
    return [...own, ...children];
  });
}

const allRoutes = flatten(routes);

// The tenancy walks of the domains in the registry, in its order (a domain without entities in routes has none).
const walkModules = import.meta.glob<TenancyWalk>("../../app/domains/*/tenancy-walk.ts", { eager: true, import: "tenancyWalk" });
const walks = DOMAINS.flatMap((domain) => walkModules[`../../app/domains/${domain.name}/tenancy-walk.ts`] ?? []);
const segmentKeys: Record<string, string> = Object.assign({}, ...walks.map((walk) => walk.segments ?? {}));
const paramKeys: Record<string, string> = Object.assign({}, ...walks.map((walk) => walk.params ?? {}));

let cookie = "";
const csrf = "csrf-token-for-tenancy-tests-0123456789";
const other: Record<string, string> = {};

beforeAll(async () => {
  const a = await createMunicipality({ code: "9001", name: "Kommune A", sectors: [{ name: "Helse", codePrefix: "HO" }] });
  const b = await createMunicipality({ code: "9002", name: "Kommune B", sectors: [{ name: "B-sektor", codePrefix: "BS" }] });
  await addMember({ municipalityId: a.id, principal: admin, input: { email: "a@a.no", name: "A Admin", role: "admin", password: "passord-a-123456" } });
  // Every domain seeds its entities in municipality B (app/domains/*/tenancy-walk.ts), in registry order.
  for (const walk of walks) {
    Object.assign(other, await walk.seed({ municipality: { id: b.id, code: b.code }, principal: admin, actor, secret: SECRET_TITLE, seeded: { ...other } }));
  }

  const request = new Request("http://localhost/login", { method: "POST" });
  const { headers } = await signIn({ request, input: { email: "a@a.no", password: "passord-a-123456" } });
  const session = headers.getSetCookie().map((c) => c.split(";")[0]);
  const csrfPair = (await csrfCookie.serialize(csrf)).split(";")[0];
  cookie = [...session, csrfPair].join("; ");
});

/** Which entity of municipality B to put into each route parameter: the domains' tenancy walks say. */
function paramsFor(path: string): Record<string, string> | null {
  const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const params: Record<string, string> = {};
  for (const name of names) {
    // ":id" is named by the path segment right before it ("import/:id/measures/:rowId" is an import).
    const key = name === "id" ? segmentKeys[/(?:^|\/)([\w-]+)\/:id\b/.exec(path)?.[1] ?? ""] : paramKeys[name];
    const value = key ? other[key] : undefined;
    if (!value) return null;
    params[name] = value;
  }
  return params;
}

function fill(path: string, params: Record<string, string>) {
  return `/${path.replace(/:(\w+)/g, (_m, name: string) => params[name])}`;
}

interface Outcome {
  status: number;
  body: string;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A spreadsheet download is zipped XML: read its cells so the walk can see a leak. */
async function xlsxText(response: Response): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.clone().arrayBuffer());
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join("\n");
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PDF = "application/pdf";

/** Word and PDF downloads (the council report) are binary: read their text so the walk can see a leak. */
async function documentText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  if (response.headers.get("Content-Type") === DOCX) return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return pages.join("\n");
}

async function run(fn: () => Promise<unknown>): Promise<Outcome> {
  const toOutcome = async (value: unknown): Promise<Outcome> => {
    if (value instanceof Response && !value.bodyUsed && value.headers.get("Content-Type") === XLSX)
      return { status: value.status, body: await xlsxText(value) };
    if (value instanceof Response && !value.bodyUsed && [DOCX, PDF].includes(value.headers.get("Content-Type") ?? ""))
      return { status: value.status, body: await documentText(value) };
    if (value instanceof Response) return { status: value.status, body: value.bodyUsed ? "" : await value.clone().text() };
    const v = value as { type?: string; init?: { status?: number }; data?: unknown } | null;
    if (v && v.type === "DataWithResponseInit") return { status: v.init?.status ?? 200, body: JSON.stringify(v.data) };
    return { status: 200, body: JSON.stringify(value) };
  };
  try {
    return await toOutcome(await fn());
  } catch (error) {
    return toOutcome(error);
  }
}

async function loadModule(file: string) {
  return (await import(`../../app/${file.replace(/\.tsx?$/, "")}`)) as {
    loader?: (args: unknown) => Promise<unknown>;
    action?: (args: unknown) => Promise<unknown>;
  };
}

const paramRoutes = allRoutes.filter((r) => r.path.includes(":"));
const listRoutes = allRoutes.filter((r) => !r.path.includes(":") && !r.path.includes("*"));

describe("tenancy on every route", () => {
  it("knows which entity to use for every route parameter", () => {
    const unmapped = paramRoutes.filter((r) => paramsFor(r.path) === null).map((r) => r.path);
    expect(unmapped, "add the new route parameter to paramsFor()").toEqual([]);
    expect(paramRoutes.length).toBeGreaterThanOrEqual(10);
  });

  it.each(paramRoutes.map((r) => [r.path, r] as const))("GET %s with another municipality's id answers 404", async (_path, route) => {
    const mod = await loadModule(route.file);
    const params = paramsFor(route.path)!;
    const url = `http://localhost${fill(route.path, params)}`;
    if (!mod.loader) return;
    const outcome = await run(() => mod.loader!({ request: new Request(url, { headers: { Cookie: cookie } }), params, context: {} }));
    expect(outcome.status).toBe(404);
    expect(outcome.body).not.toContain(SECRET_TITLE);
  });

  it.each(paramRoutes.map((r) => [r.path, r] as const))("writes to %s with another municipality's id answer 404 and change nothing", async (_path, route) => {
    const mod = await loadModule(route.file);
    if (!mod.action) return;
    const params = paramsFor(route.path)!;
    const url = `http://localhost${fill(route.path, params)}`;
    const isApi = route.path.startsWith("api/");
    for (const method of isApi ? ["PATCH", "PUT", "DELETE"] : ["POST"]) {
      const body = isApi
        ? JSON.stringify({ version: 1, title: "Overtatt" })
        : new URLSearchParams({
            _csrf: csrf,
            version: "1",
            title: "Overtatt",
            intent: "delete",
            status: "dropped",
            dropReason: "x",
            role: "reader",
            number: "9",
            periodFrom: "2024",
            periodTo: "2025",
            code: "BS01",
          });
      const request = new Request(url, {
        method,
        headers: { Cookie: cookie, "Content-Type": isApi ? "application/json" : "application/x-www-form-urlencoded" },
        body,
      });
      const outcome = await run(() => mod.action!({ request, params, context: {} }));
      expect([404, 405], `${method} ${url}`).toContain(outcome.status);
    }
    const [m] = await db().select().from(measure).where(eq(measure.id, other.measure));
    expect(m).toMatchObject({ title: SECRET_TITLE, version: 1, status: "idea" });
    expect((await db().select().from(goal).where(eq(goal.id, other.goal)))[0]).toMatchObject({ title: "B-mål", version: 1 });
    expect((await db().select().from(strategy).where(eq(strategy.id, other.strategy)))[0]).toMatchObject({ title: "B-strategi", version: 1 });
    expect(
      await db()
        .select()
        .from(membership)
        .where(and(eq(membership.id, other.membership), eq(membership.role, "admin"))),
    ).toHaveLength(1);
    expect((await db().select().from(benefit).where(eq(benefit.id, other.benefit)))[0]).toMatchObject({ title: "B-gevinst", version: 1 });
    expect((await db().select().from(indicator).where(eq(indicator.id, other.indicator)))[0]).toMatchObject({ name: "B-indikator", version: 1 });
    expect((await db().select().from(measurement).where(eq(measurement.id, other.measurement)))[0]).toMatchObject({ value: 10, version: 1 });
    expect((await db().select().from(reportingRound).where(eq(reportingRound.id, other.round)))[0]).toMatchObject({ state: "open", version: 1 });
    expect((await db().select().from(statusUpdate).where(eq(statusUpdate.measureId, other.measure))).map((s) => [s.periodLabel, s.version])).toEqual(
      expect.arrayContaining([
        ["B-periode", 1],
        ["B-utkast", 1],
      ]),
    );
  });

  it("reads spreadsheet downloads as cells, so the list walk would see a leak in them", async () => {
    const route = listRoutes.find((r) => r.path === "api/v1/benefits/export.xlsx")!;
    const mod = await loadModule(route.file);
    const outcome = await run(() =>
      mod.loader!({ request: new Request(`http://localhost/${route.path}`, { headers: { Cookie: cookie } }), params: {}, context: {} }),
    );
    expect(outcome.status).toBe(200);
    expect(outcome.body).toContain("Tiltakskode");
  });

  it.each(["reports/council.docx", "reports/council.pdf"])(
    "reads the council report download %s as text, so the list walk would see a leak in it",
    async (path) => {
      const route = listRoutes.find((r) => r.path === path)!;
      const mod = await loadModule(route.file);
      const outcome = await run(() =>
        mod.loader!({ request: new Request(`http://localhost/${path}`, { headers: { Cookie: cookie } }), params: {}, context: {} }),
      );
      expect(outcome.status).toBe(200);
      expect(outcome.body).toContain("Rapport til kommunestyret");
    },
  );

  it.each(listRoutes.map((r) => [r.path || "/", r] as const))("GET %s never shows another municipality's data", async (path, route) => {
    const mod = await loadModule(route.file);
    if (!mod.loader) return;
    const url = `http://localhost/${route.path}?q=${encodeURIComponent("Hemmelig")}`;
    const outcome = await run(() => mod.loader!({ request: new Request(url, { headers: { Cookie: cookie } }), params: {}, context: {} }));
    expect(outcome.status, path).toBeLessThan(500);
    for (const secret of [
      SECRET_TITLE,
      other.measure,
      other.goal,
      other.strategy,
      "B-sektor",
      "b@b.no",
      "B-strategi",
      other.benefit,
      "B-gevinst",
      "B-indikator",
      "B-runde",
      other.round,
      other.closedRound,
      "B-periode",
      "B-utkast",
      "B-intern",
    ]) {
      expect(outcome.body, `${path} leaks ${secret}`).not.toContain(secret);
    }
  });

  it("comparing another municipality's snapshots by id shows nothing of them", async () => {
    const mod = await loadModule("domains/reporting/routes/reporting.compare.tsx");
    const url = `http://localhost/reporting/compare?from=${other.closedRound}&to=${other.closedRound}`;
    const outcome = await run(() => mod.loader!({ request: new Request(url, { headers: { Cookie: cookie } }), params: {}, context: {} }));
    expect(outcome.status).toBe(200);
    for (const secret of [SECRET_TITLE, "B-runde", other.closedRound, "BS01"]) expect(outcome.body).not.toContain(secret);
  });
});
