// Editing and deleting indicators and measurements, the benefit history, and the spreadsheet export from the
// follow-up page. The test creates its own measure and benefit; the demo data is only read. axe on every page.
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickAndSettle, expectNoAxeViolations, loginAs, newPage, useBrowser, visit } from "./helpers";
import { createMeasureViaForm, main } from "./measures-helpers";

const browser = useBrowser();
const LONG = { timeout: 150_000 };

/** Main's text with all kinds of spaces collapsed (Norwegian numbers use no-break spaces). */
async function text(page: Page): Promise<string> {
  return ((await main(page).textContent()) ?? "").replace(/[\s\u00a0\u202f]+/g, " ");
}

async function submit(page: Page, name: string) {
  await clickAndSettle(page, main(page).getByRole("button", { name, exact: true }));
  await expectNoAxeViolations(page);
}

async function follow(page: Page, name: string | RegExp) {
  await clickAndSettle(
    page,
    main(page)
      .getByRole("link", { name, exact: typeof name === "string" })
      .first(),
  );
  await expectNoAxeViolations(page);
}

describe("editing indicators and measurements", () => {
  it("an admin edits an indicator, edits and deletes a measurement, and sees it all in the benefit history", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin", { redirectTo: "/measures" });
    const measure = await createMeasureViaForm(page);
    const m = main(page);

    // A benefit with an indicator and two measurements.
    await visit(page, `/measures/${measure.id}/benefits/new`);
    await m.getByLabel("Tittel", { exact: true }).fill("Raskere behandling av søknader");
    await m.getByLabel("Type gevinst", { exact: true }).selectOption({ label: "Frigjort kapasitet (tid)" });
    await submit(page, "Registrer gevinst");
    await page.waitForURL((u) => /^\/benefits\/[0-9a-f-]{36}$/.test(u.pathname), { timeout: 15_000 });
    const benefitPath = new URL(page.url()).pathname;
    await m.getByLabel("Navn på indikator", { exact: true }).fill("Timer per søknad");
    await m.getByLabel("Nullpunkt (verdi før endringen)", { exact: true }).fill("10");
    await m.getByLabel("Målverdi", { exact: true }).fill("6");
    await submit(page, "Legg til indikator");
    for (const [date, value] of [
      ["2025-03-01", "9"],
      ["2025-09-01", "8"],
    ]) {
      await m.getByLabel("Dato for målingen", { exact: true }).fill(date);
      await m.getByLabel("Målt verdi (Timer)", { exact: true }).fill(value);
      await submit(page, "Registrer måling");
    }
    expect(await m.locator("table tbody tr").count()).toBe(2);

    // Edit the indicator: a bad target keeps the input, a good one is saved.
    await follow(page, "Endre eller slett indikatoren Timer per søknad");
    expect(new URL(page.url()).pathname).toMatch(/^\/indicators\/[0-9a-f-]{36}\/edit$/);
    await m.getByLabel("Navn på indikator", { exact: true }).fill("Timer brukt per søknad");
    await m.getByLabel("Målverdi", { exact: true }).fill("10");
    await submit(page, "Lagre");
    expect(await text(page)).toContain("Målverdien kan ikke være lik nullpunktet.");
    expect(await m.getByLabel("Navn på indikator", { exact: true }).inputValue()).toBe("Timer brukt per søknad");
    await m.getByLabel("Målverdi", { exact: true }).fill("5");
    await submit(page, "Lagre");
    expect(new URL(page.url()).pathname).toBe(benefitPath);
    let body = await text(page);
    expect(body).toContain("Indikatoren er lagret.");
    expect(body).toContain("Timer brukt per søknad");

    // Edit the measurement of 1 March, then delete the one of 1 September after confirming.
    await follow(page, "Endre måling 1. mars 2025");
    await m.getByLabel("Målt verdi (Timer)", { exact: true }).fill("8,5");
    await m.getByLabel("Kommentar", { exact: true }).fill("Rettet etter ny telling");
    await submit(page, "Lagre");
    body = await text(page);
    expect(body).toContain("Målingen er lagret.");
    expect(body).toContain("Rettet etter ny telling");
    await follow(page, "Endre måling 1. sep. 2025");
    await follow(page, "Slett målingen");
    expect(await text(page)).toContain("Slette målingen datert 1. sep. 2025?");
    await submit(page, "Ja, slett målingen");
    expect(new URL(page.url()).pathname).toBe(benefitPath);
    expect(await text(page)).toContain("Målingen er slettet.");
    expect(await m.locator("table tbody tr").count()).toBe(1);

    // The history shows the indicator change, the measurement change and the deleted measurement.
    await follow(page, "Endringshistorikk");
    expect(new URL(page.url()).pathname).toBe(`${benefitPath}/history`);
    body = await text(page);
    expect(body).toContain("Endringshistorikk: Raskere behandling av søknader");
    expect(body).toContain("Indikator: Timer brukt per søknad");
    expect(body).toMatch(/Endret.*Indikator: Timer brukt per søknad.*Navn på indikator.*Timer per søknad.*Timer brukt per søknad/);
    expect(body).toContain("Rettet etter ny telling");
    expect(body).toMatch(/Slettet.*Måling datert 1\. sep\. 2025/);
  });

  it("without JavaScript, an admin deletes an indicator with its measurements after a confirmation page", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin", { redirectTo: "/measures" });
    const measure = await createMeasureViaForm(page);
    const m = main(page);
    await visit(page, `/measures/${measure.id}/benefits/new`);
    await m.getByLabel("Tittel", { exact: true }).fill("Færre telefoner til servicetorget");
    await m.getByLabel("Type gevinst", { exact: true }).selectOption({ label: "Økt kvalitet" });
    await submit(page, "Registrer gevinst");
    await page.waitForURL((u) => /^\/benefits\/[0-9a-f-]{36}$/.test(u.pathname), { timeout: 15_000 });
    const benefitPath = new URL(page.url()).pathname;
    await m.getByLabel("Navn på indikator", { exact: true }).fill("Telefoner per uke");
    await m.getByLabel("Enhet", { exact: true }).selectOption({ label: "Antall" });
    await submit(page, "Legg til indikator");
    await m.getByLabel("Dato for målingen", { exact: true }).fill("2025-05-01");
    await m.getByLabel("Målt verdi (Antall)", { exact: true }).fill("120");
    await submit(page, "Registrer måling");

    const plain = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(plain, "admin", { redirectTo: benefitPath });
    await visit(plain, benefitPath);
    await follow(plain, "Endre eller slett indikatoren Telefoner per uke");
    await follow(plain, "Slett indikatoren");
    expect(await text(plain)).toContain("Antall målinger som blir slettet: 1.");
    await submit(plain, "Ja, slett indikatoren og målingene");
    expect(new URL(plain.url()).pathname).toBe(benefitPath);
    const body = await text(plain);
    expect(body).toContain("Indikatoren og målingene er slettet.");
    expect(body).toContain("Gevinsten har ingen indikatorer ennå.");
    await visit(plain, `${benefitPath}/history`);
    expect(await text(plain)).toMatch(/Slettet.*Måling datert 1\. mai 2025/);
  });

  it("a reader sees no edit links and cannot open the edit pages", async () => {
    const admin = await newPage(browser());
    await loginAs(admin, "admin", { redirectTo: "/measures?q=TF07" });
    await follow(admin, "TF07");
    await follow(admin, "Mindre manuell registrering av søknader");
    const benefitPath = new URL(admin.url()).pathname;
    const editPath = await main(admin)
      .getByRole("link", { name: /^Endre eller slett indikatoren / })
      .first()
      .getAttribute("href");
    expect(editPath).toMatch(/^\/indicators\/[0-9a-f-]{36}\/edit$/);

    const reader = await newPage(browser(), { allowErrors: [/status of 403/] });
    await loginAs(reader, "reader", { redirectTo: benefitPath });
    await visit(reader, benefitPath);
    expect(
      await main(reader)
        .getByRole("link", { name: /^Endre (eller slett indikatoren|måling) / })
        .count(),
    ).toBe(0);
    await visit(reader, `${benefitPath}/history`);
    await visit(reader, editPath!, { status: 403 });
  });
});

describe("spreadsheet export", () => {
  it("an admin downloads the benefit register as Excel from the follow-up page", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin", { redirectTo: "/benefits" });
    await visit(page, "/benefits");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: "Last ned gevinstregister (Excel)", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gevinster-\d{4}-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("Gevinstregister");
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(["Tiltakskode", "Tiltak", "Sektor", "Gevinst"]);
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push((row.values as unknown[]).slice(1));
    });
    const demo = rows.find((r) => r[headers.indexOf("Gevinst")] === "Mindre manuell registrering av søknader");
    expect(demo?.[0]).toBe("TF07");
    expect(demo?.[headers.indexOf("Planlagte timer per år (engangsgevinst: totalt)")]).toBe(350);
    expect(demo?.[headers.indexOf("Verdsettingsindikator")]).toBe("Timer brukt på manuell registrering per år");
  });
});
