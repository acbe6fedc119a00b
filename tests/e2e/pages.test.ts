// Every page of the app, visited and checked with axe (`visit` fails on serious/critical WCAG 2.0/2.1 A/AA
// violations, and `newPage` on browser errors): as admin in bokmål and in nynorsk, as a reader, without JavaScript,
// the error pages, and the skip link. Only reads the demo data: nothing is saved.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, loginAs, newPage, useBrowser, visit } from "./helpers";
import { main, switchLanguage, switchMunicipality } from "./measures-helpers";

const browser = useBrowser();

// Visiting every page takes a while on a busy machine; the tests that do get more time than the default.
const LONG = { timeout: 150_000 };

const MISSING_ID = "00000000-0000-0000-0000-000000000000";

/** The path of the first link in <main> whose accessible name matches `name`, e.g. "/measures/<id>". */
async function linkPath(page: Page, name: string | RegExp): Promise<string> {
  const link = main(page)
    .getByRole("link", { name, exact: typeof name === "string" })
    .first();
  const href = await link.getAttribute("href", { timeout: 5_000 });
  if (!href) throw new Error(`No link named ${String(name)} on ${page.url()}`);
  return new URL(href, page.url()).pathname;
}

/** The text of the h1 in <main>, white space collapsed. */
async function h1(page: Page): Promise<string> {
  return ((await main(page).getByRole("heading", { level: 1 }).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

async function htmlLang(page: Page): Promise<string | null> {
  return page.locator("html").getAttribute("lang");
}

/** Measures in progress matching "digital": TF07 (Digitalisere alle søknadsskjema) is one of them. */
const FILTERED_PORTFOLIO = "/measures?status=in_progress&q=digital";

/**
 * Visits every page an admin can open in the demo municipality, finding the ids the way a user does (through the
 * links on the list pages): the portfolio, a new and an existing measure with its form and history, the strategies
 * and goals with their forms and history, the administration and the account page.
 */
async function visitEveryPage(page: Page) {
  await visit(page, "/dashboard");
  await visit(page, "/account");

  // Measures.
  await visit(page, "/measures");
  await visit(page, FILTERED_PORTFOLIO);
  expect(await main(page).locator("table.measure-table tbody tr").count()).toBeGreaterThan(0);
  const measure = await linkPath(page, "TF07");
  await visit(page, "/measures/new");
  await visit(page, measure);
  expect(await h1(page)).toBe("TF07 Digitalisere alle søknadsskjema");
  await visit(page, `${measure}/edit`);
  await visit(page, `${measure}/history`);
  await visit(page, `${measure}/benefit-map`);

  // Strategies and goals.
  await visit(page, "/strategies");
  const strategy = await linkPath(page, /^Digitaliseringsstrategi for Demo kommune/);
  await visit(page, "/strategies/new");
  await visit(page, strategy);
  await visit(page, `${strategy}/edit`);
  await visit(page, `${strategy}/history`);
  await visit(page, "/goals");
  const goal = await linkPath(page, /^1\.1 /);
  await visit(page, `/goals/new?strategyId=${strategy.split("/").pop()}`);
  await visit(page, goal);
  expect(await h1(page)).toContain("1.1");
  await visit(page, `${goal}/edit`);
  await visit(page, `${goal}/history`);
  await visit(page, `${goal}/benefit-map`);

  // Status reporting.
  await visit(page, `${measure}/status`);
  await visit(page, "/reporting");
  await visit(page, await linkPath(page, "Status pr. januar 2026"));
  await visit(page, "/reporting/new");
  await visit(page, "/reporting/compare");
  await visit(page, "/reports");
  await visit(page, "/notifications");

  // Import: the demo's spreadsheet of proposals waits for review.
  await visit(page, "/import");
  const review = await linkPath(page, "innspill-handlingsplan-2027.csv");
  await visit(page, review);
  expect(await h1(page)).toContain("innspill-handlingsplan-2027.csv");
  const row = await linkPath(page, "Rett HO30");
  await visit(page, row);
  await visit(page, `${review}/columns`);

  // Administration.
  await visit(page, "/admin/users");
  const member = await linkPath(page, /Lise Leser/);
  await visit(page, member);
  await visit(page, "/admin/settings");

  // Benefits in the portfolio: the strategy period (default), one year and a bad year.
  await visit(page, "/benefits/portfolio");
  await visit(page, "/benefits/portfolio?period=year&year=2025");
  await visit(page, "/benefits/portfolio?period=year&year=20x5");
}

describe("every page passes the accessibility check", () => {
  it("an admin can open every page in bokmål, and each one passes axe", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin"); // the login page and /account
    expect(await htmlLang(page)).toBe("nb");
    await visitEveryPage(page);
    expect(await htmlLang(page)).toBe("nb");
  });

  it("an admin can open every page in nynorsk, and each one passes axe", LONG, async () => {
    const page = await newPage(browser(), { allowErrors: [/status of 404/] });
    await loginAs(page, "admin");
    await switchLanguage(page, "Nynorsk");
    await visitEveryPage(page);
    expect(await htmlLang(page)).toBe("nn");
    await visit(page, `/measures/${MISSING_ID}`, { status: 404 });
    expect(await htmlLang(page)).toBe("nn");
  });

  it("the pages of a nynorsk municipality with a small plan pass axe", async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin");
    // The admin coordinates the neighbour municipality's plan; its language is nynorsk, and the interface follows.
    await switchMunicipality(page, "Nabodemo kommune"); // lands on /dashboard
    expect(await htmlLang(page)).toBe("nn");
    for (const path of ["/measures", "/measures/new", "/goals", "/strategies", "/strategies/new", "/reporting", "/reporting/compare", "/reports"])
      await visit(page, path);
    await visit(page, "/benefits/portfolio"); // no strategy: the current year, without figures
    expect(await htmlLang(page)).toBe("nn");
  });

  it("the not-found and forbidden pages pass axe", async () => {
    const admin = await newPage(browser(), { allowErrors: [/status of 404/] });
    await loginAs(admin, "admin");
    // Each area has its own error boundary; an unknown address gets the root one.
    for (const path of [`/measures/${MISSING_ID}`, `/strategies/${MISSING_ID}`, `/goals/${MISSING_ID}/edit`, "/finnes-ikke"]) {
      await visit(admin, path, { status: 404 });
      expect(await h1(admin), path).not.toBe("");
    }

    const reader = await newPage(browser(), { allowErrors: [/status of 403/] });
    await loginAs(reader, "reader");
    for (const path of ["/measures/new", "/goals/new", "/admin/users", "/reporting"]) {
      await visit(reader, path, { status: 403 });
      expect(await h1(reader), path).not.toBe("");
    }
  });

  it("the main pages pass axe for a reader", async () => {
    const page = await newPage(browser());
    await loginAs(page, "reader", { redirectTo: "/dashboard" });
    await visit(page, FILTERED_PORTFOLIO);
    const measure = await linkPath(page, "TF07");
    await visit(page, measure);
    await visit(page, `${measure}/history`);
    await visit(page, `${measure}/status`);
    await visit(page, "/strategies");
    await visit(page, await linkPath(page, /^Digitaliseringsstrategi for Demo kommune/));
    await visit(page, "/goals");
    const goal = await linkPath(page, /^1\.1 /);
    await visit(page, goal);
    await visit(page, `${measure}/benefit-map`);
    await visit(page, `${goal}/benefit-map`);
    await visit(page, "/benefits/portfolio");
    await visit(page, "/benefits/portfolio?period=year&year=2025");
  });

  it("the key pages pass axe without JavaScript", LONG, async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(page, "admin", { redirectTo: "/dashboard" }); // the login page and the dashboard
    await visit(page, FILTERED_PORTFOLIO);
    const measure = await linkPath(page, "TF07");
    await visit(page, measure);
    expect(await h1(page)).toBe("TF07 Digitalisere alle søknadsskjema");
    await visit(page, `${measure}/edit`);
    await visit(page, `${measure}/benefit-map`);
    await visit(page, "/goals");
    await visit(page, "/admin/users");
    await visit(page, await linkPath(page, /Lise Leser/));
    await visit(page, "/admin/settings");
    await visit(page, "/benefits/portfolio");
    await visit(page, "/benefits/portfolio?period=year&year=20x5");
    await visit(page, `${measure}/status`);
    await visit(page, "/reporting");
    await visit(page, await linkPath(page, "Status pr. januar 2026"));
    await visit(page, "/reporting/compare");
    await visit(page, "/import");
    const review = await linkPath(page, "innspill-handlingsplan-2027.csv");
    await visit(page, review);
    const row = await linkPath(page, "Rett HO30");
    await visit(page, row);
    await visit(page, `${review}/columns`);
  });

  it("the contributor's front page with reports to write passes axe, with and without JavaScript", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage(browser(), { javaScriptEnabled });
      await loginAs(page, "contributor", { redirectTo: "/dashboard" });
      expect(await main(page).getByRole("heading", { name: "Du skal rapportere" }).count()).toBe(1);
      await visit(page, await linkPath(page, /^HO16 /));
    }
  });
});

describe("the public plan pages pass the accessibility check", () => {
  it("the public plan, its print view, a public measure and the not-found page pass axe in bokmål and nynorsk, with and without JavaScript", LONG, async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage(browser(), { javaScriptEnabled, allowErrors: [/status of 404/] });
      for (const path of ["/kommune/3401", "/kommune/3401?q=skjema&status=in_progress", "/kommune/3401?print=1", "/kommune/3401/tiltak/TF07"])
        await visit(page, path);
      expect(await htmlLang(page)).toBe("nb");
      for (const path of ["/kommune/3499", "/kommune/3499?print=1", "/kommune/3499/tiltak/HO01"]) await visit(page, path);
      expect(await htmlLang(page)).toBe("nn");
      await visit(page, "/kommune/0000", { status: 404 });
      expect(await h1(page)).toBe("Fant ikke siden");
    }
  });
});

describe("keyboard", () => {
  it("the skip link is the first thing the keyboard reaches and moves the focus to the main content", async () => {
    const page = await newPage(browser());
    await loginAs(page, "coordinator");
    await visit(page, "/measures"); // a fresh page load: nothing focused yet
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return {
          id: element?.id ?? "",
          text: element?.textContent?.trim() ?? "",
          href: element?.getAttribute("href") ?? null,
          inMain: !!element?.closest("main"),
        };
      });

    await page.keyboard.press("Tab");
    expect(await focused()).toMatchObject({ text: "Hopp til hovedinnhold", href: "#main" });
    await expectNoAxeViolations(page); // with the skip link shown

    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused()).id).toBe("main");
    // The next Tab goes on from the start of the main content, not back to the header.
    await page.keyboard.press("Tab");
    expect((await focused()).inMain).toBe(true);
  });
});

describe("benefit history and the indicator and measurement pages pass axe", () => {
  /** The demo benefit on TF07 (with an indicator and measurements), found through the links a user follows. */
  async function demoBenefitPaths(page: Page) {
    await visit(page, FILTERED_PORTFOLIO);
    await visit(page, await linkPath(page, "TF07"));
    const benefit = await linkPath(page, "Mindre manuell registrering av søknader");
    await visit(page, benefit);
    return { benefit, indicatorEdit: await linkPath(page, /^Endre eller slett indikatoren /), measurementEdit: await linkPath(page, /^Endre måling /) };
  }

  async function visitBenefitRecordPages(page: Page) {
    const paths = await demoBenefitPaths(page);
    await visit(page, `${paths.benefit}/history`);
    await visit(page, paths.indicatorEdit);
    await visit(page, `${paths.indicatorEdit}?delete=1`);
    await visit(page, paths.measurementEdit);
    await visit(page, `${paths.measurementEdit}?delete=1`);
    await visit(page, "/benefits");
    return paths;
  }

  it("an admin can open them in bokmål and in nynorsk", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin");
    await visitBenefitRecordPages(page);
    expect(await h1(page)).toBe("Oppfølging av gevinster");
    await switchLanguage(page, "Nynorsk");
    const paths = await visitBenefitRecordPages(page);
    expect(await htmlLang(page)).toBe("nn");
    await visit(page, `${paths.benefit}/history`);
    expect(await h1(page)).toBe("Endringshistorikk: Mindre manuell registrering av søknader");
  });

  it("a reader can open the history, and gets the forbidden page for the edit pages", async () => {
    const admin = await newPage(browser());
    await loginAs(admin, "admin");
    const paths = await demoBenefitPaths(admin);
    const reader = await newPage(browser(), { allowErrors: [/status of 403/] });
    await loginAs(reader, "reader");
    await visit(reader, `${paths.benefit}/history`);
    for (const path of [paths.indicatorEdit, paths.measurementEdit]) {
      await visit(reader, path, { status: 403 });
      expect(await h1(reader), path).not.toBe("");
    }
  });

  it("they pass axe without JavaScript", LONG, async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(page, "admin", { redirectTo: "/dashboard" });
    await visitBenefitRecordPages(page);
  });
});
