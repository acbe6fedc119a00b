// Status reporting: an admin opens a round, the contributor sees what they owe on the front page, writes and
// publishes a status, the admin follows completeness, sends a reminder, closes the round and compares two rounds.
// The test opens its own round (scope: Helse og omsorg, in progress), so the demo rounds are only read.
import mammoth from "mammoth";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickAndSettle, expectNoAxeViolations, loginAs, newPage, useBrowser, visit } from "./helpers";
import { main, uniqueSuffix } from "./measures-helpers";

const browser = useBrowser();
const LONG = { timeout: 180_000 };

/** Main's text with all kinds of spaces collapsed (Norwegian numbers use no-break spaces). */
async function text(page: Page): Promise<string> {
  return ((await main(page).textContent()) ?? "").replace(/[\s\u00a0\u202f]+/g, " ");
}

async function submit(page: Page, name: string) {
  await clickAndSettle(page, main(page).getByRole("button", { name, exact: true }));
  await expectNoAxeViolations(page);
}

describe("status reporting rounds", () => {
  it("an admin opens a round, the contributor reports and publishes, and the admin reminds, closes and compares", LONG, async () => {
    const title = `Status pr. e2e ${uniqueSuffix()}`;

    // The admin opens a round for measures in progress in Helse og omsorg.
    const admin = await newPage(browser());
    await loginAs(admin, "admin", { redirectTo: "/reporting" });
    await clickAndSettle(admin, main(admin).getByRole("link", { name: "Åpne ny runde", exact: true }));
    await expectNoAxeViolations(admin);
    const a = main(admin);
    await a.getByLabel("Frist", { exact: true }).fill("2099-12-31");
    await a.getByRole("checkbox", { name: "Helse og omsorg", exact: true }).check();
    await a.getByRole("checkbox", { name: "Pågår", exact: true }).check();
    // Without a title nothing is opened and the choices are kept.
    await submit(admin, "Åpne runden");
    expect(await text(admin)).toContain("Feltet må fylles ut.");
    expect(await a.getByRole("checkbox", { name: "Helse og omsorg", exact: true }).isChecked()).toBe(true);
    await a.getByLabel("Tittel", { exact: true }).fill(title);
    await submit(admin, "Åpne runden");
    await admin.waitForURL((u) => /^\/reporting\/[0-9a-f-]{36}$/.test(u.pathname), { timeout: 15_000 });
    const roundPath = new URL(admin.url()).pathname;
    let body = await text(admin);
    expect(body).toContain("Runden er åpnet.");
    expect(body).toContain("Sektorer: Helse og omsorg. Status: Pågår");
    expect(body).toContain("HO16");
    expect(body).not.toContain("TF04");

    // A reminder goes to the contributor, who is responsible for HO16; in the app only, as e-mail is not configured.
    expect(body).toContain("E-post er ikke satt opp");
    await submit(admin, "Send påminnelse");
    expect(await text(admin)).toContain("Påminnelse sendt. Mottakere: 1, av dem 0 på e-post.");

    // The contributor sees what they owe at the top of the front page.
    const contributor = await newPage(browser());
    await loginAs(contributor, "contributor", { redirectTo: "/dashboard" });
    const c = main(contributor);
    const notifications = c.getByRole("region", { name: "Varsler" });
    expect(await notifications.textContent()).toContain(`Påminnelse: Statusrapporter i «${title}» venter på deg (antall: 1).`);
    await clickAndSettle(contributor, notifications.getByRole("button", { name: "Merk alle som lest" }));
    await expectNoAxeViolations(contributor);
    expect(await c.getByRole("region", { name: "Varsler" }).count()).toBe(0);
    await visit(contributor, "/notifications");
    expect(await text(contributor)).toMatch(new RegExp(`Lest ?Påminnelse: Statusrapporter i «${title}»`));
    await visit(contributor, "/dashboard");
    const owed = c.getByRole("table", { name: "Statusrapporter du skal levere" });
    expect(await owed.getByRole("row").filter({ hasText: title }).count()).toBe(1);
    await clickAndSettle(contributor, owed.getByRole("row").filter({ hasText: title }).getByRole("link"));
    expect(new URL(contributor.url()).pathname).toMatch(/^\/measures\/[0-9a-f-]{36}\/status$/);
    await expectNoAxeViolations(contributor);
    expect(await c.getByLabel("Periode", { exact: true }).inputValue()).toBe(title);

    // Publishing without an overall status and with progress out of range: clear messages, input kept.
    await c.getByLabel("Framdrift i prosent", { exact: true }).fill("140");
    await c.getByLabel("Kommentar til kostnad", { exact: true }).fill("Lisensene ble dyrere");
    await submit(contributor, "Publiser");
    body = await text(contributor);
    expect(body).toContain("Velg samlet status før du publiserer.");
    expect(body).toContain("Framdrift må være et helt tall mellom 0 og 100.");
    expect(await c.getByLabel("Kommentar til kostnad", { exact: true }).inputValue()).toBe("Lisensene ble dyrere");
    // Nothing was written: no draft, and nothing for this round in the timeline.
    expect(await c.getByRole("heading", { name: "Ny statusrapport" }).count()).toBe(1);
    expect(await c.getByRole("article").filter({ hasText: title }).count()).toBe(0);

    await c.getByRole("group", { name: "Samlet status" }).getByLabel("Gul – noe avvik").check();
    await c.getByRole("group", { name: "Status for kostnad" }).getByLabel("Rød – alvorlig avvik").check();
    await c.getByRole("group", { name: "Status for tid" }).getByLabel("Grønn – i rute").check();
    await c.getByLabel("Framdrift i prosent", { exact: true }).fill("60");
    await c.getByLabel("Intern kommentar", { exact: true }).fill("Bare for kommunen");
    await submit(contributor, "Publiser");
    body = await text(contributor);
    expect(body).toContain("Statusrapporten er publisert.");
    const timeline = c.getByRole("article").filter({ hasText: title });
    const card = ((await timeline.textContent()) ?? "").replace(/[\s\u00a0\u202f]+/g, " ");
    expect(card).toContain("Samlet status: Gul – noe avvik");
    expect(card).toContain("Framdrift: 60 %");
    expect(card).toMatch(/Kostnad ?Rød ?Lisensene ble dyrere/);
    expect(card).toContain("Intern kommentar: Bare for kommunen");
    expect(card).toContain("Publisert");

    // The front page no longer lists the report for this round.
    await visit(contributor, "/dashboard");
    expect(await text(contributor)).not.toContain(title);

    // The admin sees it counted.
    await visit(admin, roundPath);
    body = await text(admin);
    expect(body).toMatch(/Skal rapportere ?1 ?Publisert/);
    expect(await a.getByRole("row").filter({ hasText: "HO16" }).textContent()).toContain("Publisert");
    // Everyone with a report still owed has been reminded; the contributor has published, so nobody is left.
    await submit(admin, "Send påminnelse");
    expect(await text(admin)).toContain("Ingen mangler rapport med en ansvarlig person. Ingen påminnelse ble sendt.");

    // Closing the round freezes a snapshot of the whole portfolio.
    await submit(admin, "Lukk runden og lagre øyeblikksbilde");
    body = await text(admin);
    expect(body).toContain("Runden er lukket, og øyeblikksbildet er lagret.");
    expect(body).toMatch(/Øyeblikksbildet har \d+ tiltak\./);
    expect(await a.getByRole("button", { name: "Send påminnelse" }).count()).toBe(0);

    // Compare the January round with the new one: HO16 went from green to yellow.
    await visit(admin, "/reporting/compare");
    await a.getByLabel("Fra runde", { exact: true }).selectOption({ label: "Status pr. januar 2026" });
    await a.getByLabel("Til runde", { exact: true }).selectOption({ label: title });
    await submit(admin, "Sammenlign");
    const query = new URL(admin.url()).searchParams;
    expect(query.get("from")).toMatch(/^[0-9a-f-]{36}$/);
    body = await text(admin);
    expect(body).toContain(`Endringer fra «Status pr. januar 2026» til «${title}»`);
    const lights = a.getByRole("table", { name: /^Endret samlet status \(trafikklys\)/ });
    expect((await lights.getByRole("row").filter({ hasText: "HO16" }).textContent()) ?? "").toMatch(/Grønn ?Gul$/);
  });

  it("comparing the two demo rounds works without JavaScript and shows completed, dropped and merged measures", async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(page, "coordinator", { redirectTo: "/reporting" });
    await clickAndSettle(page, main(page).getByRole("link", { name: "Sammenlign runder", exact: true }));
    await expectNoAxeViolations(page);
    const m = main(page);
    await m.getByLabel("Fra runde", { exact: true }).selectOption({ label: "Status pr. juni 2025" });
    await m.getByLabel("Til runde", { exact: true }).selectOption({ label: "Status pr. januar 2026" });
    await submit(page, "Sammenlign");
    const summary = m.getByRole("table", { name: "Antall endringer" });
    const count = async (name: string) => Number(((await summary.getByRole("row").filter({ hasText: name }).getByRole("cell").textContent()) ?? "").trim());
    expect(await count("Fullførte tiltak")).toBeGreaterThan(3);
    expect(await count("Avsluttede tiltak (ikke gjennomført)")).toBe(2);
    expect(await count("Flyttede eller sammenslåtte tiltak")).toBe(2);
    expect(await m.getByRole("table", { name: /^Flyttede eller sammenslåtte tiltak/ }).textContent()).toContain("TF07");
  });

  it("a reader sees published statuses on a measure but not the reporting area", async () => {
    const page = await newPage(browser(), { allowErrors: [/status of 403/] });
    await loginAs(page, "reader", { redirectTo: "/measures?q=HO01" });
    await clickAndSettle(page, main(page).getByRole("link", { name: "HO01", exact: true }).first());
    await expectNoAxeViolations(page);
    const body = await text(page);
    expect(body).toContain("Siste status");
    expect(body).toContain("Gul – noe avvik");
    expect(await main(page).getByRole("link", { name: "Skriv statusrapport" }).count()).toBe(0);
    expect(await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Rapportering" }).count()).toBe(0);
    await visit(page, "/reporting", { status: 403 });
  });

  it("an admin downloads the council report for the closed demo round as Word and PDF", LONG, async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin", { redirectTo: "/reporting" });
    await clickAndSettle(page, main(page).getByRole("link", { name: "Status pr. januar 2026", exact: true }));
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: "Last ned rapporten som Word (DOCX)", exact: true }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/^rapport-kommunestyret-\d{4}-Status_pr._januar_2026\.docx$/);
    const { value: html } = await mammoth.convertToHtml({ path: await docx.path() });
    expect(html).toContain("<h1>Sammendrag</h1>");
    expect(html).toContain("<h1>Tiltak avsluttet uten gjennomføring</h1>");
    expect(html).toContain("<th><p><strong>Finansieringskilde</strong></p></th>");
    const [pdf] = await Promise.all([page.waitForEvent("download"), main(page).getByRole("link", { name: "Last ned rapporten som PDF", exact: true }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  });

  it("a reader chooses a year and downloads the council report without JavaScript", async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(page, "reader", { redirectTo: "/reports" });
    await clickAndSettle(page, page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Rapport", exact: true }));
    await expectNoAxeViolations(page);
    await main(page).getByLabel("År", { exact: true }).selectOption("2025");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("button", { name: "Last ned Word (DOCX)", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rapport-kommunestyret-\d{4}-2025\.docx$/);
    const { value } = await mammoth.extractRawText({ path: await download.path() });
    expect(value).toContain("året 2025");

    // The closed rounds are listed with their reports, for readers too.
    const rounds = main(page).getByRole("table", { name: "Rapporter for lukkede rapporteringsrunder" });
    expect(await rounds.getByRole("rowheader", { name: "Status pr. januar 2026", exact: true }).count()).toBe(1);
    const [roundReport] = await Promise.all([
      page.waitForEvent("download"),
      rounds.getByRole("link", { name: "Word (DOCX) Status pr. januar 2026", exact: true }).click(),
    ]);
    expect(roundReport.suggestedFilename()).toMatch(/^rapport-kommunestyret-\d{4}-Status_pr._januar_2026\.docx$/);
    const { value: roundText } = await mammoth.extractRawText({ path: await roundReport.path() });
    expect(roundText).toContain("Status pr. januar 2026");
    const [roundPdf] = await Promise.all([
      page.waitForEvent("download"),
      rounds.getByRole("link", { name: "PDF Status pr. januar 2026", exact: true }).click(),
    ]);
    expect(roundPdf.suggestedFilename()).toMatch(/\.pdf$/);
  });
});
