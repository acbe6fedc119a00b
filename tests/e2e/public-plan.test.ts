// The public plan page (/kommune/<kommunenummer>) and open data: no login, exactly the published measures, in the
// municipality's language form, search and filters without JavaScript, the print view, and 404 until opt-in.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_MEASURES, isPublishedInDemo, NEIGHBOUR_MEASURES } from "~/domains/demo/data";
import { DEMO_ACCESSIBILITY_STATEMENT_URL } from "~/domains/demo/demo.server";
import {
  clickAndSettle,
  DEMO_PASSWORD,
  DEMO_USERS,
  expectNoAxeViolations,
  headerUserName,
  loginAs,
  newPage,
  settle,
  submitLogin,
  useBrowser,
  visit,
} from "./helpers";
import { main, uniqueSuffix } from "./measures-helpers";

const browser = useBrowser();

/** The measure codes in the public table, sorted. */
async function publicCodes(page: Page): Promise<string[]> {
  const codes = await main(page).locator("table.public-measures tbody tr td:first-child").allTextContents();
  return codes.map((c) => c.trim()).sort();
}

async function h1(page: Page): Promise<string> {
  return ((await main(page).getByRole("heading", { level: 1 }).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

const sorted = (codes: string[]) => [...codes].sort();

describe("the public plan page", () => {
  it("an anonymous visitor sees exactly the published measures of Demo kommune, in bokmål, without the app's navigation", async () => {
    const page = await newPage(browser());
    await visit(page, "/kommune/3401");
    expect(await page.locator("html").getAttribute("lang")).toBe("nb");
    expect(await h1(page)).toBe("Digitaliseringsplan for Demo kommune");
    expect(await publicCodes(page)).toEqual(sorted(DEMO_MEASURES.filter(isPublishedInDemo).map((m) => m.code)));
    const text = (await main(page).textContent()) ?? "";
    for (const hidden of DEMO_MEASURES.filter((m) => !isPublishedInDemo(m))) expect(text).not.toContain(hidden.title);
    // The strategy, the goal tree, the benefits summary, the costs Demo kommune has chosen to show, and the last update.
    expect(text).toContain("Digitaliseringsstrategi for Demo kommune 2023–2027");
    expect(text).toContain("1.1 Alle innbyggerrettede tjenester skal være digitale og universelt utformet");
    expect(await main(page).getByRole("table", { name: "Gevinster per år" }).count()).toBe(1);
    expect(await main(page).getByRole("columnheader", { name: "Kjent kostnad" }).count()).toBe(1);
    expect(text).toMatch(/Sist oppdatert \d/);
    // A public layout: the skip link and the municipality, no navigation of the app, no login state.
    expect(await page.getByRole("link", { name: "Hopp til hovedinnhold" }).getAttribute("href")).toBe("#main");
    expect(await page.getByRole("banner").textContent()).toContain("Demo kommune");
    expect(await page.getByRole("navigation", { name: "Hovedmeny" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Logg ut" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Tilgjengelighetserklæring" }).getAttribute("href")).toBe(DEMO_ACCESSIBILITY_STATEMENT_URL);
  });

  it("a visitor sees Nabodemo kommune's published measures in nynorsk, without costs", async () => {
    const page = await newPage(browser());
    await visit(page, "/kommune/3499");
    expect(await page.locator("html").getAttribute("lang")).toBe("nn");
    expect(await h1(page)).toBe("Digitaliseringsplan for Nabodemo kommune");
    expect(await publicCodes(page)).toEqual(sorted(NEIGHBOUR_MEASURES.filter((m) => m.published).map((m) => m.code)));
    const text = (await main(page).textContent()) ?? "";
    for (const hidden of NEIGHBOUR_MEASURES.filter((m) => !m.published)) expect(text).not.toContain(hidden.title);
    expect(text).toContain("Ingen gevinstar er registrerte for dei publiserte tiltaka.");
    // Chromium has no nynorsk date data; after hydration the date must still be Norwegian (bokmål's format), not English.
    expect(text).toMatch(/\d{1,2}\. (jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)\.? \d{4}/);
    expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}/);
    expect(await main(page).getByRole("columnheader", { name: "Kjend kostnad" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Hopp til hovudinnhaldet" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Tiltaka som CSV (rekneark)" }).count()).toBe(1);

    await clickAndSettle(page, main(page).getByRole("link", { name: "Digitale tryggleiksalarmar i heimetenesta" }));
    await expectNoAxeViolations(page);
    expect(await h1(page)).toBe("HO01 Digitale tryggleiksalarmar i heimetenesta");
    expect(await main(page).textContent()).toContain("Einingsleiar heimetenesta");
    expect(await main(page).textContent()).not.toContain("120");
  });

  it("a visitor without JavaScript can search, filter by status and open a measure, and unpublished measures answer 404", async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false, allowErrors: [/status of 404/] });
    await visit(page, "/kommune/3401");
    await main(page).getByLabel("Søk i tiltakene").fill("søknadsskjema");
    await clickAndSettle(page, main(page).getByRole("button", { name: "Vis tiltak" }));
    await expectNoAxeViolations(page);
    expect(new URL(page.url()).searchParams.get("q")).toBe("søknadsskjema");
    expect(await publicCodes(page)).toContain("TF07");
    expect(await main(page).getByRole("status").textContent()).toMatch(/^Viser \d+ av \d+ publiserte tiltak\.$/);

    await main(page).getByLabel("Søk i tiltakene").fill("");
    await main(page).getByLabel("Status").selectOption({ label: "Fullført" });
    await clickAndSettle(page, main(page).getByRole("button", { name: "Vis tiltak" }));
    await expectNoAxeViolations(page);
    const completed = DEMO_MEASURES.filter((m) => isPublishedInDemo(m) && m.status === "completed").map((m) => m.code);
    expect(await publicCodes(page)).toEqual(sorted(completed));

    await clickAndSettle(page, main(page).getByRole("link", { name: "Sikre at politikere og administrativ ledelse har nok kunnskap om digitalisering" }));
    await expectNoAxeViolations(page);
    expect(await h1(page)).toBe("TF01 Sikre at politikere og administrativ ledelse har nok kunnskap om digitalisering");
    expect(await main(page).textContent()).toContain("Kommunedirektør");

    const idea = DEMO_MEASURES.find((m) => m.status === "idea")!;
    await visit(page, `/kommune/3401/tiltak/${idea.code}`, { status: 404 });
    expect(await h1(page)).toBe("Fant ikke siden");
    expect(await page.content()).not.toContain(idea.title);
  });

  it("the print view works without JavaScript and leaves out the search form", async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await visit(page, "/kommune/3401?status=in_progress");
    await clickAndSettle(page, main(page).getByRole("link", { name: "Skriv ut" }));
    await expectNoAxeViolations(page);
    const query = new URL(page.url()).searchParams;
    expect(query.get("print")).toBe("1");
    expect(query.get("status")).toBe("in_progress");
    expect(await main(page).getByRole("button", { name: "Vis tiltak" }).count()).toBe(0);
    expect(await publicCodes(page)).toEqual(sorted(DEMO_MEASURES.filter((m) => isPublishedInDemo(m) && m.status === "in_progress").map((m) => m.code)));
    expect(await main(page).getByRole("link", { name: "Tilbake til vanlig visning" }).isVisible()).toBe(true);
    // On paper: the table, without links that only matter on screen.
    await page.emulateMedia({ media: "print" });
    expect(await main(page).locator("table.public-measures").isVisible()).toBe(true);
    expect(await main(page).getByRole("link", { name: "Tilbake til vanlig visning" }).isVisible()).toBe(false);
  });

  it("a signed-in user gets exactly the same page and open data as an anonymous visitor", async () => {
    const anonymous = await newPage(browser());
    const admin = await newPage(browser());
    await loginAs(admin, "admin");
    for (const path of ["/kommune/3401", "/kommune/3401/tiltak/TF07", "/api/v1/public/3401/plan", "/api/v1/public/3401/plan.csv"]) {
      const [a, b] = await Promise.all([anonymous.request.get(path), admin.request.get(path)]);
      expect(a.status(), path).toBe(200);
      const body = await a.text();
      expect(await b.text(), path).toBe(body);
      expect(body).not.toContain(DEMO_USERS.admin.email);
      expect(a.headers()["set-cookie"], path).toBeUndefined();
      expect(a.headers()["cache-control"], path).toMatch(/^public, max-age=\d+$/);
    }
    const json = await anonymous.request.get("/api/v1/public/3401/plan");
    expect(json.headers()["access-control-allow-origin"]).toBe("*");
    const again = await anonymous.request.get("/api/v1/public/3401/plan", { headers: { "If-None-Match": json.headers().etag } });
    expect(again.status()).toBe(304);
  });

  it("answers 404 while the municipality has not opted in, and an admin can turn the public plan off and on in the settings", async () => {
    const visitor = await newPage(browser(), { allowErrors: [/status of 404/] });
    const admin = await newPage(browser());
    await loginAs(admin, "admin");
    await visit(admin, "/admin/settings");
    const enabled = admin.getByLabel("Vis planen offentlig");
    const save = admin.getByRole("button", { name: "Lagre publiseringen" });
    expect(await enabled.isChecked()).toBe(true);
    try {
      await enabled.uncheck();
      await clickAndSettle(admin, save);
      await expectNoAxeViolations(admin);
      await visit(visitor, "/kommune/3401", { status: 404 });
      expect(await h1(visitor)).toBe("Fant ikke siden");
      const closed = await visitor.content();
      await visit(visitor, "/kommune/3402", { status: 404 });
      // An unknown number looks the same: the answer does not tell that Demo kommune exists.
      expect((await visitor.content()).replaceAll("3402", "3401")).toBe(closed);
      expect((await visitor.request.get("/api/v1/public/3401/plan")).status()).toBe(404);
      expect((await visitor.request.get("/api/v1/public/3401/plan.csv")).status()).toBe(404);
    } finally {
      await visit(admin, "/admin/settings");
      await admin.getByLabel("Vis planen offentlig").check();
      await clickAndSettle(admin, admin.getByRole("button", { name: "Lagre publiseringen" }));
    }
    await visit(visitor, "/kommune/3401");
  });

  it("a visitor can go from a public not-found page to the app and log in", async () => {
    const page = await newPage(browser(), { allowErrors: [/status of 404/] });
    await visit(page, "/kommune/3402", { status: 404 });
    await clickAndSettle(page, main(page).getByRole("link", { name: "Gå til forsiden" }));
    await page.waitForURL((current) => current.pathname === "/login");
    await expectNoAxeViolations(page);
    await submitLogin(page, { email: DEMO_USERS.reader.email, password: DEMO_PASSWORD });
    await page.waitForURL((current) => current.pathname !== "/login", { timeout: 15_000 });
    await settle(page);
    await expect.poll(() => headerUserName(page)).toBe(DEMO_USERS.reader.name);
  });
  it("a plan with more than 50 published measures is shown 50 at a time, with page links and a page that shows all", async () => {
    const admin = await newPage(browser());
    await loginAs(admin, "admin");
    const published = (await (await admin.request.get("/api/v1/public/3401/plan")).json()).measures.length as number;
    const suffix = uniqueSuffix();
    const extra = Math.max(1, 56 - published);
    const created: { id: string; version: number }[] = [];
    try {
      for (let n = 1; n <= extra; n += 1) {
        const response = await admin.request.post("/api/v1/measures", {
          data: { code: `SIDE${suffix}-${n}`, title: `Sidetiltak ${suffix} nummer ${n}`, published: true },
        });
        expect(response.status(), await response.text()).toBe(201);
        const body = await response.json();
        created.push({ id: body.id, version: body.version });
      }
      const total = published + extra;
      const visitor = await newPage(browser());
      await visit(visitor, "/kommune/3401");
      expect(await main(visitor).textContent()).toContain(`Side 1 av 2: tiltak 1–50.`);
      expect(await publicCodes(visitor)).toHaveLength(50);
      const pages = main(visitor).getByRole("navigation", { name: "Sider" });
      expect(await pages.getByRole("link", { name: "Side 1" }).getAttribute("aria-current")).toBe("page");

      await clickAndSettle(visitor, pages.getByRole("link", { name: "Neste" }));
      await expect.poll(() => new URL(visitor.url()).searchParams.get("page")).toBe("2");
      await expectNoAxeViolations(visitor);
      await expect.poll(async () => (await main(visitor).textContent()) ?? "").toContain(`Side 2 av 2: tiltak 51–${total}.`);
      expect(await publicCodes(visitor)).toHaveLength(total - 50);

      await clickAndSettle(visitor, main(visitor).getByRole("link", { name: `Vis alle ${total} tiltak på én side` }));
      await expect.poll(() => new URL(visitor.url()).searchParams.get("all")).toBe("1");
      await expectNoAxeViolations(visitor);
      await expect.poll(() => publicCodes(visitor).then((codes) => codes.length)).toBe(total);
      expect(await main(visitor).getByRole("navigation", { name: "Sider" }).count()).toBe(0);
    } finally {
      // The other public-page tests expect exactly the demo's published measures.
      for (const measure of created) {
        const response = await admin.request.patch(`/api/v1/measures/${measure.id}`, { data: { version: measure.version, published: false } });
        expect(response.status(), await response.text()).toBe(200);
      }
    }
  });
});
