// Benefits in the portfolio: the dashboard's benefit key figures and chart, and the portfolio follow-up page
// (/benefits/portfolio) with its period chooser, which works without JavaScript. Only reads the demo data
// (strategy 2023–2027 with benefits on TF07 and HO22); other test files may add benefits, so the figures are
// checked for their form and consistency, not for exact amounts.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickAndSettle, expectNoAxeViolations, loginAs, newPage, useBrowser, visit } from "./helpers";
import { collapse, dashboardBenefitFigures, keyFigures, YEAR } from "./benefit-helpers";
import { main } from "./measures-helpers";

const browser = useBrowser();
const LONG = { timeout: 120_000 };

/** A table's header row and body rows as text. */
async function tableText(table: Locator): Promise<{ columns: string[]; rows: string[][] }> {
  const columns = (await table.locator("thead th").allTextContents()).map(collapse);
  const rows: string[][] = [];
  for (const row of await table.locator("tbody tr").all()) rows.push((await row.locator("th, td").allTextContents()).map(collapse));
  return { columns, rows };
}

function tableByCaption(page: Page, caption: string): Locator {
  return main(page)
    .locator("table")
    .filter({ has: page.locator("caption", { hasText: caption }) });
}

const NOK = /^-?\d[\d ]* kr$/;
const FTE = /^-?\d+(,\d+)? årsverk$/;

describe("benefits in the portfolio", () => {
  it("a leader sees this year's benefit key figures and the planned and realised amounts per year on the dashboard", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "reader", { redirectTo: "/dashboard" });
    const figures = await dashboardBenefitFigures(page);
    expect(figures["Planlagt gevinst i kroner"]).toMatch(NOK);
    expect(figures["Realisert gevinst i kroner"]).toMatch(NOK);
    expect(figures["Planlagte årsverk"]).toMatch(FTE);
    expect(figures["Realiserte årsverk"]).toMatch(FTE);
    expect(figures["Planlagte timer"]).toMatch(/ timer$/);
    // The demo plans benefits for this year (TF07 and HO22), so the planned amount is not zero.
    expect(figures["Planlagt gevinst i kroner"]).not.toBe("0 kr");

    const figure = main(page).locator("figure", { has: page.getByRole("heading", { name: "Planlagt og realisert gevinst i kroner per år" }) });
    expect(await figure.locator("svg[role=img]").count()).toBe(1);
    expect(collapse(await figure.locator("p").first().textContent())).toMatch(/^I 2023–2027 er det planlagt gevinster for \d[\d ]* kr/);
    await figure.getByText("Vis tabell", { exact: true }).click();
    await expectNoAxeViolations(page);
    const table = await tableText(figure.locator("table"));
    expect(table.columns).toEqual([
      "År",
      "Planlagt (kr)",
      "Realisert (kr)",
      "Planlagt (timer)",
      "Realisert (timer)",
      "Planlagt (årsverk)",
      "Realisert (årsverk)",
    ]);
    expect(table.rows.map((r) => r[0])).toEqual(["2023", "2024", "2025", "2026", "2027"]);
    // The table's row for this year holds the same numbers as the key figures.
    const thisYear = table.rows.find((r) => r[0] === String(YEAR));
    expect(thisYear?.[1]).toBe(figures["Planlagt gevinst i kroner"].replace(/ kr$/, ""));
    expect(thisYear?.[5]).toBe(figures["Planlagte årsverk"].replace(/ årsverk$/, ""));

    await clickAndSettle(page, main(page).getByRole("link", { name: "Se gevinstene i hele porteføljen" }));
    expect(new URL(page.url()).pathname).toBe("/benefits/portfolio");
    await expectNoAxeViolations(page);
  });

  it("a leader switches between the strategy period and one year without JavaScript and sees the tables by sector, goal and type", LONG, async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(page, "reader", { redirectTo: "/benefits" });
    await clickAndSettle(page, main(page).getByRole("link", { name: "Se planlagte og realiserte gevinster for hele porteføljen" }));
    expect(new URL(page.url()).pathname).toBe("/benefits/portfolio");
    await expectNoAxeViolations(page);
    const m = main(page);
    const strategyRadio = m.getByRole("radio", { name: /^Strategiperioden 2023–2027/ });
    expect(await strategyRadio.isChecked()).toBe(true);
    expect(await m.getByRole("heading", { name: "Nøkkeltall for 2023–2027" }).count()).toBe(1);
    const strategyFigures = await keyFigures(m.locator("section", { has: page.getByRole("heading", { name: "Nøkkeltall for 2023–2027" }) }));
    expect(strategyFigures["Planlagt gevinst i kroner"]).toMatch(NOK);
    expect(strategyFigures["Planlagte årsverk"]).toMatch(FTE);

    const sectors = await tableText(tableByCaption(page, "Planlagt og realisert gevinst i kroner per sektor"));
    expect(sectors.columns.slice(0, 3)).toEqual(["Sektor", "Antall gevinster", "Planlagt (kr)"]);
    expect(sectors.rows.map((r) => r[0])).toContain("Helse og omsorg");
    const goals = await tableText(tableByCaption(page, "Gevinster per mål"));
    expect(goals.columns[0]).toBe("Mål");
    expect(goals.rows.some((r) => /^6 /.test(r[0]))).toBe(true);
    expect(
      await m
        .getByRole("link", { name: /^6\.1 / })
        .first()
        .getAttribute("href"),
    ).toMatch(/^\/goals\/[0-9a-f-]{36}$/);
    expect(collapse(await m.locator("#portfolio-goals-note").textContent())).toContain("teller fullt for hvert av målene");
    const types = await tableText(tableByCaption(page, "Gevinster per type"));
    expect(types.rows.map((r) => r[0])).toEqual(expect.arrayContaining(["Frigjort kapasitet (tid)", "Budsjettvirksom kostnadsreduksjon"]));
    expect(collapse(await m.textContent())).toContain("Timer regnes om til kroner med 700 kr per time og til årsverk med 1 695 timer per årsverk.");
    // A reader gets no link to the settings.
    expect(await m.getByRole("link", { name: /innstillingene/ }).count()).toBe(0);

    // One year: a radio button and a year field in a GET form.
    await m.getByRole("radio", { name: "Ett år", exact: true }).check();
    await m.getByLabel("År", { exact: true }).fill("2025");
    await clickAndSettle(page, m.getByRole("button", { name: "Vis periode" }));
    expect(new URL(page.url()).search).toBe("?period=year&year=2025");
    await expectNoAxeViolations(page);
    expect(await m.getByRole("radio", { name: "Ett år", exact: true }).isChecked()).toBe(true);
    expect(await m.getByRole("heading", { name: "Nøkkeltall for 2025" }).count()).toBe(1);
    const years = await tableText(tableByCaption(page, "Planlagt og realisert gevinst i kroner per år"));
    expect(years.rows.map((r) => r[0])).toEqual(["2025"]);

    // And back to the strategy period.
    await m.getByRole("radio", { name: /^Strategiperioden 2023–2027/ }).check();
    await clickAndSettle(page, m.getByRole("button", { name: "Vis periode" }));
    await expectNoAxeViolations(page);
    expect(await m.getByRole("heading", { name: "Nøkkeltall for 2023–2027" }).count()).toBe(1);
    expect(await keyFigures(m.locator("section", { has: page.getByRole("heading", { name: "Nøkkeltall for 2023–2027" }) }))).toEqual(strategyFigures);
  });

  it("a bad year shows a message, keeps what was typed and shows no figures", async () => {
    const page = await newPage(browser());
    await loginAs(page, "reader", { redirectTo: "/benefits/portfolio" });
    const m = main(page);
    await m.getByRole("radio", { name: "Ett år", exact: true }).check();
    await m.getByLabel("År", { exact: true }).fill("20x5");
    await clickAndSettle(page, m.getByRole("button", { name: "Vis periode" }));
    await expectNoAxeViolations(page);
    expect(await m.getByLabel("År", { exact: true }).inputValue()).toBe("20x5");
    expect(await m.locator("#field-year-error").textContent()).toBe("Skriv et årstall mellom 2000 og 2100.");
    expect(collapse(await m.textContent())).toContain("Vi kan ikke vise tall før perioden er gyldig.");
    expect(await m.getByRole("heading", { name: /^Nøkkeltall/ }).count()).toBe(0);
    await visit(page, `/benefits/portfolio?period=year&year=${YEAR}`);
    expect(await m.getByRole("heading", { name: `Nøkkeltall for ${YEAR}` }).count()).toBe(1);
  });
});
