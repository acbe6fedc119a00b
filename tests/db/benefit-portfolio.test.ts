import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { benefit } from "~/domains/benefits/db";
import { measure } from "~/domains/measures/db";
import { strategy } from "~/domains/plan/db";
import { signIn } from "~/domains/tenancy/login.server";
import { currentYearInNorway } from "~/domains/benefits/portfolio.server";
import { addMember, createMunicipality } from "~/domains/tenancy/mutations.server";
import { loader } from "~/domains/benefits/routes/benefits.portfolio";
import { loader as dashboardLoader } from "~/domains/dashboard/routes/dashboard";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

// The loaders read the current year from the clock: a fixed clock keeps it the year the test expects
// (a run across New Year's Eve would otherwise compare last year's figures with this year's).
const now = new Date("2026-06-15T10:00:00Z");
beforeAll(() => {
  vi.useFakeTimers({ now, toFake: ["Date"] });
});
afterAll(() => {
  vi.useRealTimers();
});

useTestDatabase();

const year = currentYearInNorway(now);
let cookie = "";

beforeAll(async () => {
  const m = await createMunicipality({ code: "9301", name: "Porteføljekommune", sectors: [{ name: "Helse", codePrefix: "HO" }] });
  await addMember({ municipalityId: m.id, principal: admin, input: { email: "leser@p.no", name: "P Leser", role: "reader", password: "passord-p-123456" } });
  await db()
    .insert(strategy)
    .values({ municipalityId: m.id, title: "Strategien", periodFrom: year - 1, periodTo: year + 2 });
  const [row] = await db().insert(measure).values({ municipalityId: m.id, code: "HO1", title: "Tiltak" }).returning();
  // 100 hours a year from last year on, at the default 700 NOK per hour: 70 000 NOK a year.
  await db()
    .insert(benefit)
    .values({ municipalityId: m.id, measureId: row.id, title: "Nytte", type: "freed_capacity", plannedHoursPerYear: 100, periodFrom: `${year - 1}-01-01` });
  const { headers } = await signIn({
    request: new Request("http://localhost/login", { method: "POST" }),
    input: { email: "leser@p.no", password: "passord-p-123456" },
  });
  cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
});

async function load(query: string) {
  const request = new Request(`http://localhost/benefits/portfolio${query}`, { headers: { Cookie: cookie } });
  return (await loader({ request, params: {}, context: {} } as never)) as Exclude<Awaited<ReturnType<typeof loader>>, Response>;
}

describe("GET /benefits/portfolio", () => {
  it("lets a reader see the current strategy's period by default, without the settings link", async () => {
    const page = await load("");
    expect(page.period).toMatchObject({ ok: true, kind: "strategy", fromYear: year - 1, toYear: year + 2 });
    expect(page.portfolio?.total).toMatchObject({ plannedHours: 400, plannedNok: 280000 });
    expect(page.portfolio?.byGoal).toEqual([expect.objectContaining({ goalId: null, plannedNok: 280000 })]);
    expect(page.charts?.years.svg).toContain("<svg");
    expect(page.canManageSettings).toBe(false);
    expect(page.valuation).toMatchObject({ hourlyCostNok: 700, hoursPerFte: 1695, isDefault: true });
  });

  it("shows one year when asked", async () => {
    const page = await load(`?period=year&year=${year}`);
    expect(page.period).toMatchObject({ ok: true, kind: "year", fromYear: year, toYear: year });
    expect(page.portfolio?.total).toMatchObject({ plannedHours: 100, plannedNok: 70000 });
  });

  it("answers bad input with a message, the typed value and no figures", async () => {
    const page = await load("?period=year&year=tjuetjueseks");
    expect(page.period).toEqual({ ok: false, fieldErrors: { year: { key: "validation.year" } }, values: { period: "year", year: "tjuetjueseks" } });
    expect(page.portfolio).toBeNull();
    expect(page.charts).toBeNull();
  });

  it("sends a signed-out visitor to the login page", async () => {
    const request = new Request("http://localhost/benefits/portfolio");
    await expect(loader({ request, params: {}, context: {} } as never)).rejects.toMatchObject({ status: 302 });
  });
});

describe("GET /dashboard", () => {
  it("has the benefit figures of the current year for the strategy period", async () => {
    const request = new Request("http://localhost/dashboard", { headers: { Cookie: cookie } });
    const page = (await dashboardLoader({ request, params: {}, context: {} } as never)) as { benefits: { current: unknown; fromYear: number; toYear: number } };
    expect(page.benefits).toMatchObject({ fromYear: year - 1, toYear: year + 2 });
    expect(page.benefits.current).toMatchObject({ year, plannedHours: 100, plannedNok: 70000, plannedFte: 0.06 });
  });
});
