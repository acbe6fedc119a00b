// Benefit figures, the yearly benefit profile and the benefit map (nyttekart) on the demo data, read by a reader;
// the empty states and the links to register a benefit for an editor. axe on every page. Only reads: nothing is saved.
//
// Demo: TF07 has "Mindre manuell registrering av søknader" (350 h a year 2025–2027, valuation indicator hours,
// lower is better, baseline 900, target 550, latest 700 on 2026-06-30 "Følg med") and "Raskere svar på søknader"
// (percent indicator, 55 → 90, latest 79). Default valuation 700 kr/h and 1695 h per FTE; strategy 2023–2027.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickAndSettle, expectNoAxeViolations, loginAs, newPage, useBrowser, visit } from "./helpers";
import { main } from "./measures-helpers";

const browser = useBrowser();
const LONG = { timeout: 150_000 };

/** Text with all kinds of spaces collapsed (Norwegian numbers use no-break spaces). */
async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** A table row's cells, each with white space collapsed, joined by single spaces. */
async function rowText(row: Locator): Promise<string> {
  const cells = await row.locator("th, td").allTextContents();
  return cells.map((c) => c.replace(/[\s\u00a0\u202f]+/g, " ").trim()).join(" ");
}

async function openMeasure(page: Page, code: string) {
  await visit(page, `/measures?q=${code}`);
  await clickAndSettle(page, main(page).getByRole("link", { name: code, exact: true }).first());
  await expectNoAxeViolations(page);
}

async function openGoal(page: Page, number: RegExp) {
  await visit(page, "/goals");
  await clickAndSettle(page, main(page).getByRole("link", { name: number }).first());
  await expectNoAxeViolations(page);
}

function figure(page: Page, title: string): Locator {
  return main(page).locator("figure", { has: page.getByRole("heading", { name: title, exact: true }) });
}

describe("benefit map", () => {
  it("a reader sees achievement, NOK and FTE of a demo measure's benefits and its yearly benefit profile", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "reader", { redirectTo: "/dashboard" });
    await openMeasure(page, "TF07");
    const m = main(page);

    const freed = m.locator("article", { has: page.getByRole("heading", { name: "Mindre manuell registrering av søknader", exact: true }) });
    const freedText = await text(freed);
    expect(freedText).toContain("Frigjort kapasitet (tid)");
    expect(freedText).toContain("Under realisering");
    expect(freedText).toContain("Ansatte");
    // 350 h × 700 kr = 245 000 kr; 350 / 1695 = 0,21 FTE.
    expect(freedText).toContain("Planlagt per år350 timer, 245 000 kr, 0,21 årsverk");
    // Lower is better: (700 − 900) / (550 − 900) = 57 %.
    expect(freedText).toContain("57 % av målet er nådd");
    expect(freedText).toContain("Vurdering: Følg med.");
    // Realised: 900 − 700 = 200 h = 140 000 kr = 0,12 FTE.
    expect(freedText).toContain("200 timer, 140 000 kr, 0,12 årsverk");

    const faster = m.locator("article", { has: page.getByRole("heading", { name: "Raskere svar på søknader", exact: true }) });
    const fasterText = await text(faster);
    expect(fasterText).toContain("69 % av målet er nådd"); // (79 − 55) / (90 − 55)
    expect(fasterText).toContain("Ikke tallfestet");
    expect(fasterText).toContain("Ingen indikator brukes til verdsetting");
    expect(await m.getByRole("link", { name: "Registrer gevinst", exact: true }).count()).toBe(0);

    // The yearly profile for the strategy period 2023–2027: chart, summary and a table with every number.
    const profile = figure(page, "Gevinstprofil per år: planlagt og realisert");
    expect(await profile.locator('svg[role="img"]').count()).toBe(1);
    expect(await text(profile)).toContain("I 2023–2027 er det planlagt gevinster for 735 000 kr (0,62 årsverk), og realisert 238 000 kr (0,2 årsverk).");
    const row = async (year: string) => rowText(profile.getByRole("row").filter({ has: page.getByRole("rowheader", { name: year, exact: true }) }));
    expect(await row("2024")).toBe("2024 0 0 0 0 0 0");
    // 2025: latest 760 → 140 h = 98 000 kr = 0,08 FTE.
    expect(await row("2025")).toBe("2025 245 000 98 000 350 140 0,21 0,08");
    expect(await row("2026")).toBe("2026 245 000 140 000 350 200 0,21 0,12");
    expect(await row("Sum")).toBe("Sum 735 000 238 000 1 050 340 0,62 0,2");
    expect(await profile.getByRole("columnheader").allTextContents()).toEqual([
      "År",
      "Planlagt (kr)",
      "Realisert (kr)",
      "Planlagt (timer)",
      "Realisert (timer)",
      "Planlagt (årsverk)",
      "Realisert (årsverk)",
    ]);

    // The measure's benefit map: diagram and table with links.
    await clickAndSettle(page, m.getByRole("link", { name: "Se nyttekartet for tiltaket", exact: true }));
    expect(new URL(page.url()).pathname).toMatch(/^\/measures\/[0-9a-f-]{36}\/benefit-map$/);
    await expectNoAxeViolations(page);
    expect(await text(m.getByRole("heading", { level: 1 }))).toBe("Nyttekart for TF07 Digitalisere alle søknadsskjema");
    const map = figure(page, "Nyttekart: tiltak, gevinster og mål");
    const diagram = map.locator('svg[role="img"]');
    expect(await diagram.getAttribute("aria-label")).toMatch(/^Nyttekart: tiltak, gevinster og mål\. Tiltak: 1\. Gevinster: 2\. Mål: 3\./);
    expect(await diagram.locator("text").allTextContents()).toEqual(expect.arrayContaining(["Tiltak", "Gevinster", "Mål"]));
    const mapRow = map.getByRole("row").filter({ hasText: "Mindre manuell registrering av søknader" });
    expect(await rowText(mapRow)).toMatch(
      /^TF07 Digitalisere alle søknadsskjema Mindre manuell registrering av søknader Frigjort kapasitet \(tid\) Under realisering 6 .+, 6\.1 /,
    );
    expect(await mapRow.getByRole("link", { name: /^6\.1 / }).getAttribute("href")).toMatch(/^\/goals\/[0-9a-f-]{36}$/);
    expect(await mapRow.getByRole("link", { name: "TF07 Digitalisere alle søknadsskjema" }).getAttribute("href")).toMatch(/^\/measures\/[0-9a-f-]{36}$/);
    expect(await text(map.getByRole("row").filter({ hasText: "Raskere svar på søknader" }))).toContain("Gevinst for andre");

    // The benefit link in the table leads to the benefit.
    await clickAndSettle(page, mapRow.getByRole("link", { name: "Mindre manuell registrering av søknader", exact: true }));
    expect(new URL(page.url()).pathname).toMatch(/^\/benefits\/[0-9a-f-]{36}$/);
  });

  it("a reader sees the benefit map of a demo goal: its measures, their benefits and the goals they serve", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "reader", { redirectTo: "/dashboard" });
    await openGoal(page, /^1\.1 /);
    const m = main(page);
    const section = m.locator("section", { has: page.getByRole("heading", { name: "Gevinster og nyttekart", exact: true }) });
    expect(await text(section)).toMatch(/Antall gevinster i nyttekartet for målet: \d+, fra \d+ tiltak\./);
    await clickAndSettle(page, section.getByRole("link", { name: "Se nyttekartet for målet", exact: true }));
    expect(new URL(page.url()).pathname).toMatch(/^\/goals\/[0-9a-f-]{36}\/benefit-map$/);
    await expectNoAxeViolations(page);
    expect(await text(m.getByRole("heading", { level: 1 }))).toMatch(/^Nyttekart for målet 1\.1 /);

    const map = figure(page, "Nyttekart: tiltak, gevinster og mål");
    expect(await map.locator('svg[role="img"]').count()).toBe(1);
    // Every node has its full label as a tooltip; the goal of the page is marked in words.
    expect(await map.locator("svg g > title").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^1\.1 .+ \(dette målet\)$/)]));
    // TF07 is linked to 1.1; its benefit "Raskere svar" serves 1.1, and its other benefit serves 6 and 6.1.
    const faster = await rowText(map.getByRole("row").filter({ hasText: "Raskere svar på søknader" }));
    expect(faster).toMatch(/^TF07 .+ Raskere svar på søknader Gevinst for andre Under realisering 1\.1 .+ \(dette målet\)$/);
    expect(await rowText(map.getByRole("row").filter({ hasText: "Mindre manuell registrering av søknader" }))).toMatch(/ 6 .+, 6\.1 /);
    // TF06 (dropped) is linked to 1.1 but has no benefits.
    expect(await rowText(map.getByRole("row").filter({ hasText: "TF06" }))).toMatch(/^TF06 .+ Ingen gevinster registrert – – –$/);
  });

  it("a measure and a goal without benefits say so, and an editor gets a link to register one", LONG, async () => {
    const admin = await newPage(browser());
    await loginAs(admin, "admin", { redirectTo: "/dashboard" });
    await openMeasure(admin, "TF01");
    expect(await text(main(admin))).toContain("Ingen gevinster er registrert for tiltaket ennå.");
    await clickAndSettle(admin, main(admin).getByRole("link", { name: "Se nyttekartet for tiltaket", exact: true }));
    await expectNoAxeViolations(admin);
    expect(await text(main(admin))).toContain("Ingen gevinster er registrert for tiltaket ennå, så nyttekartet er tomt.");
    expect(await main(admin).locator("svg").count()).toBe(0);
    await clickAndSettle(admin, main(admin).getByRole("link", { name: /^Registrer gevinst for TF01 / }));
    expect(new URL(admin.url()).pathname).toMatch(/^\/measures\/[0-9a-f-]{36}\/benefits\/new$/);
    await expectNoAxeViolations(admin);

    // Goal 8 has one measure (IKT11) and no benefits.
    await openGoal(admin, /^8 /);
    const section = main(admin).locator("section", { has: admin.getByRole("heading", { name: "Gevinster og nyttekart", exact: true }) });
    expect(await text(section)).toContain("Ingen gevinster bidrar til målet ennå.");
    expect(await section.getByRole("link", { name: /^Registrer gevinst for IKT11 / }).count()).toBe(1);
    await clickAndSettle(admin, section.getByRole("link", { name: "Se nyttekartet for målet", exact: true }));
    await expectNoAxeViolations(admin);
    expect(await text(main(admin))).toContain("Ingen gevinster bidrar til målet ennå.");
    expect(
      await main(admin)
        .getByRole("link", { name: /^Registrer gevinst for IKT11 / })
        .count(),
    ).toBe(1);

    // A reader is told the same, without the link.
    const reader = await newPage(browser());
    await loginAs(reader, "reader", { redirectTo: "/dashboard" });
    await visit(reader, new URL(admin.url()).pathname);
    expect(await text(main(reader))).toContain("Ingen gevinster bidrar til målet ennå.");
    expect(
      await main(reader)
        .getByRole("link", { name: /^Registrer gevinst/ })
        .count(),
    ).toBe(0);
  });
});
