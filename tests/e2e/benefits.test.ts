// The benefit screens (gevinster / nyttevirkninger): register a freed-time benefit on a measure, see its valuation,
// add an indicator and measurements, see the achievement, edit it; readers only read. axe on every page.
// The test creates its own measure and benefit; the demo data is only read.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { allowBrowserErrors, clickAndSettle, expectNoAxeViolations, loginAs, newPage, useBrowser, visit } from "./helpers";
import { dashboardBenefitFigures, parseNorwegianNumber, YEAR } from "./benefit-helpers";
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

describe("benefits realisation", () => {
  it("an admin registers a freed-time benefit of 350 hours a year with an indicator and two measurements", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin", { redirectTo: "/dashboard" });
    const figuresBefore = await dashboardBenefitFigures(page);
    const measure = await createMeasureViaForm(page);
    const m = main(page);
    expect(await text(page)).toContain("Ingen gevinster er registrert for tiltaket ennå.");

    await clickAndSettle(page, m.getByRole("link", { name: "Registrer gevinst", exact: true }));
    expect(new URL(page.url()).pathname).toBe(`/measures/${measure.id}/benefits/new`);
    await expectNoAxeViolations(page);

    // Negative hours: rejected, input kept.
    await m.getByLabel("Tittel", { exact: true }).fill("Mindre tid til manuell registrering");
    await m.getByLabel("Type gevinst", { exact: true }).selectOption({ label: "Frigjort kapasitet (tid)" });
    await m.getByLabel("Ansatte", { exact: true }).check();
    await m.getByLabel("Realiseringsperiode fra", { exact: true }).fill(`${YEAR - 1}-01-01`);
    await m.getByLabel("Realiseringsperiode til", { exact: true }).fill(`${YEAR + 1}-12-31`);
    await m.getByLabel("Planlagte timer per år", { exact: true }).fill("-350");
    await submit(page, "Registrer gevinst");
    expect(new URL(page.url()).pathname).toBe(`/measures/${measure.id}/benefits/new`);
    expect(await text(page)).toContain("Timer kan ikke være et negativt tall.");
    expect(await m.getByLabel("Tittel", { exact: true }).inputValue()).toBe("Mindre tid til manuell registrering");

    await m.getByLabel("Planlagte timer per år", { exact: true }).fill("350");
    await m.getByLabel("Alternativ bruk av frigjort tid", { exact: true }).fill("Mer tid til brukerne");
    await m
      .getByRole("checkbox", { name: /^1\.1 / })
      .first()
      .check();
    await submit(page, "Registrer gevinst");
    await page.waitForURL((u) => /^\/benefits\/[0-9a-f-]{36}$/.test(u.pathname), { timeout: 15_000 });
    const benefitPath = new URL(page.url()).pathname;
    let body = await text(page);
    expect(body).toContain("Gevinsten er registrert.");
    expect(body).toContain("Frigjort kapasitet (tid)");
    expect(body).toMatch(/Mål gevinsten bidrar til ?1\.1 /);
    // Default valuation: 700 kr per hour, 1695 hours per FTE → 245 000 kr and 0,21 FTE a year.
    expect(body).toContain("700 kr per time");
    expect(body).toContain("245 000 kr per år");
    expect(body).toContain("0,21 per år");

    // An indicator: target equal to baseline is rejected, then accepted.
    await m.getByLabel("Navn på indikator", { exact: true }).fill("Timer brukt på registrering per år");
    await m.getByLabel("Nullpunkt (verdi før endringen)", { exact: true }).fill("1000");
    await m.getByLabel("Dato for nullpunkt", { exact: true }).fill(`${YEAR - 2}-12-31`);
    await m.getByLabel("Målverdi", { exact: true }).fill("1000");
    await submit(page, "Legg til indikator");
    expect(await text(page)).toContain("Målverdien kan ikke være lik nullpunktet.");
    expect(await m.getByLabel("Navn på indikator", { exact: true }).inputValue()).toBe("Timer brukt på registrering per år");
    await m.getByLabel("Målverdi", { exact: true }).fill("650");
    await m.getByLabel("Brukes til verdsetting av gevinsten", { exact: true }).check();
    await submit(page, "Legg til indikator");
    body = await text(page);
    expect(body).toContain("Indikatoren er lagt til.");
    expect(body).toContain("Ingen målinger ennå");

    // A measurement without a date and one with a non-number: rejected.
    await m.getByLabel("Målt verdi (Timer)", { exact: true }).fill("900");
    await submit(page, "Registrer måling");
    expect(await m.locator('[id$="-measuredOn-error"]').count()).toBe(1);
    expect(await m.getByLabel("Målt verdi (Timer)", { exact: true }).inputValue()).toBe("900");
    await m.getByLabel("Dato for målingen", { exact: true }).fill(`${YEAR - 1}-06-30`);
    await m.getByLabel("Målt verdi (Timer)", { exact: true }).fill("mange");
    await submit(page, "Registrer måling");
    expect(await m.locator('[id$="-value-error"]').count()).toBe(1);

    // Two measurements; the second is outside the realisation period (saved, with a warning).
    await m.getByLabel("Målt verdi (Timer)", { exact: true }).fill("900");
    await m.getByLabel("Vurdering", { exact: true }).selectOption({ label: "Følg med" });
    await submit(page, "Registrer måling");
    body = await text(page);
    expect(body).toContain("Målingen er lagret.");
    expect(body).toContain("29 % av målet er nådd");

    await m.getByLabel("Dato for målingen", { exact: true }).fill(`${YEAR + 2}-03-01`);
    await m.getByLabel("Målt verdi (Timer)", { exact: true }).fill("800");
    await m.getByLabel("Kommentar", { exact: true }).fill("Etter ny rutine");
    await submit(page, "Registrer måling");
    body = await text(page);
    expect(body).toContain("Målingen er datert utenfor realiseringsperioden.");
    expect(body).toContain("57 % av målet er nådd");
    expect(await m.locator("table tbody tr").count()).toBe(2);

    // Edit.
    await visit(page, `${benefitPath}/edit`);
    await m.getByLabel("Tittel", { exact: true }).fill("Mindre tid til registrering");
    await submit(page, "Lagre");
    expect(new URL(page.url()).pathname).toBe(benefitPath);
    expect(await m.getByRole("heading", { level: 1 }).textContent()).toBe("Mindre tid til registrering");

    // A conflict: someone else saves first; the form keeps the input and says so, and saving again works.
    const other = await newPage(browser());
    await loginAs(other, "admin", { redirectTo: `${benefitPath}/edit` });
    await visit(page, `${benefitPath}/edit`);
    await visit(other, `${benefitPath}/edit`);
    await main(other).getByLabel("Risikoer", { exact: true }).fill("Endret av en annen");
    await submit(other, "Lagre");
    await m.getByLabel("Forutsetninger", { exact: true }).fill("Rutinen tas i bruk");
    await submit(page, "Lagre");
    expect(await text(page)).toContain("Noen andre har endret dette i mellomtiden.");
    expect(await m.getByLabel("Forutsetninger", { exact: true }).inputValue()).toBe("Rutinen tas i bruk");
    await submit(page, "Lagre");
    expect(new URL(page.url()).pathname).toBe(benefitPath);
    expect(await text(page)).toContain("Rutinen tas i bruk");

    // Without JavaScript: a bad measurement stays in the form, a good one is saved.
    const plain = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(plain, "admin", { redirectTo: benefitPath });
    await visit(plain, benefitPath);
    await main(plain).getByLabel("Dato for målingen", { exact: true }).fill(`${YEAR}-01-15`);
    await main(plain).getByLabel("Målt verdi (Timer)", { exact: true }).fill("-3");
    await submit(plain, "Registrer måling");
    expect(await text(plain)).toContain("Timer kan ikke være et negativt tall.");
    expect(await main(plain).getByLabel("Dato for målingen", { exact: true }).inputValue()).toBe(`${YEAR}-01-15`);
    await main(plain).getByLabel("Målt verdi (Timer)", { exact: true }).fill("850");
    await submit(plain, "Registrer måling");
    expect(await text(plain)).toContain("Målingen er lagret.");
    expect(await main(plain).locator("table tbody tr").count()).toBe(3);

    // The measure page lists the benefit with its achievement, NOK and FTE.
    await visit(page, `/measures/${measure.id}`);
    const card = (await m.locator("article", { has: page.getByRole("heading", { name: "Mindre tid til registrering", exact: true }) }).textContent()) ?? "";
    const cardText = card.replace(/[\s\u00a0\u202f]+/g, " ");
    expect(cardText).toContain("350 timer, 245 000 kr, 0,21 årsverk"); // planned per year
    expect(cardText).toContain("57 % av målet er nådd"); // (800 − 1000) / (650 − 1000)
    expect(cardText).toContain("200 timer, 140 000 kr, 0,12 årsverk"); // realised: 1000 − 800 hours

    // The dashboard counts it this year: 350 planned hours, and 150 realised (1000 − 850, this year's measurement).
    await visit(page, "/dashboard");
    const figuresAfter = await dashboardBenefitFigures(page);
    const change = (label: string) => parseNorwegianNumber(figuresAfter[label]) - parseNorwegianNumber(figuresBefore[label]);
    expect(change("Planlagte timer")).toBeCloseTo(350, 2);
    expect(change("Realiserte timer")).toBeCloseTo(150, 2);
    expect(change("Planlagt gevinst i kroner")).toBe(245000);
    expect(change("Realisert gevinst i kroner")).toBe(105000);
    expect(change("Planlagte årsverk")).toBeCloseTo(0.21, 1); // the totals are rounded after summing

    await visit(page, `/measures/${measure.id}`);
    await clickAndSettle(page, m.getByRole("link", { name: "Mindre tid til registrering", exact: true }));
    expect(new URL(page.url()).pathname).toBe(benefitPath);

    // A reader reads but cannot edit.
    const reader = await newPage(browser());
    allowBrowserErrors(reader, /status of 40[34] /);
    await loginAs(reader, "reader", { redirectTo: benefitPath });
    await visit(reader, benefitPath);
    expect(await text(reader)).toContain("57 % av målet er nådd"); // the measurement after the period is still the latest
    expect(await main(reader).getByRole("button", { name: "Registrer måling" }).count()).toBe(0);
    expect(await main(reader).getByRole("link", { name: "Endre", exact: true }).count()).toBe(0);
    await visit(reader, `${benefitPath}/edit`, { status: 403 });
    await visit(reader, `/measures/${measure.id}/benefits/new`, { status: 403 });
    await visit(reader, "/benefits/00000000-0000-0000-0000-000000000000", { status: 404 });
  });

  it("the follow-up page lists the demo data's overdue measurement", LONG, async () => {
    // Demo: "Timer brukt på nattlige tilsyn per år" is quarterly, last measured 2026-06-30, so due 2026-09-30.
    const page = await newPage(browser());
    await loginAs(page, "reader", { redirectTo: "/dashboard" });
    await clickAndSettle(page, page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Gevinster", exact: true }));
    expect(new URL(page.url()).pathname).toBe("/benefits");
    await expectNoAxeViolations(page);
    const m = main(page);
    expect(await m.getByRole("heading", { level: 1 }).textContent()).toBe("Oppfølging av gevinster");
    const section = m.locator("section", { has: page.getByRole("heading", { name: /Målinger som er forfalt eller snart forfaller/ }) });
    const row = section.getByRole("row").filter({ hasText: "Timer brukt på nattlige tilsyn per år" });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("Forfalt");
    await clickAndSettle(page, row.getByRole("link", { name: "Færre unødvendige nattlige tilsyn", exact: true }));
    expect(new URL(page.url()).pathname).toMatch(/^\/benefits\/[0-9a-f-]{36}$/);
  });
});
