// The measure screens: creating, finding, editing, history, status changes, conflicts, escaping, nynorsk.
// Every test creates its own measures (unique codes) and changes only those; the demo measures are only read.
import { describe, expect, it } from "vitest";
import { clickAndSettle, expectNoAxeViolations, loginAs, newPage, useBrowser, visit } from "./helpers";
import {
  applyFilters,
  createMeasureViaForm,
  errorSummaryItems,
  fieldError,
  fillMeasureForm,
  filterForm,
  historyRows,
  main,
  measureFacts,
  measureIdOf,
  portfolioCount,
  portfolioRows,
  queryOf,
  searchPortfolio,
  submitAndGetResponse,
  switchLanguage,
  uniqueCode,
} from "./measures-helpers";

const browser = useBrowser();

describe("creating a measure", () => {
  it("a coordinator creates a measure: first gets validation errors, then succeeds", async () => {
    const page = await newPage(browser());
    await loginAs(page, "coordinator", { redirectTo: "/measures" });
    await clickAndSettle(page, main(page).getByRole("link", { name: "Nytt tiltak", exact: true }));
    expect(new URL(page.url()).pathname).toBe("/measures/new");
    await expectNoAxeViolations(page);

    const code = uniqueCode("NY");
    const title = `Digital timebestilling ${code}`;

    // 1. Empty title, a period that is not one, and a code that is taken.
    await fillMeasureForm(page, { code: "TF07", title: "", startPeriod: "sometime", description: "Beholdes ved feil" });
    let response = await submitAndGetResponse(page, "Opprett tiltak");
    expect(response.status()).toBe(400);
    expect(new URL(page.url()).pathname).toBe("/measures/new");
    await expect
      .poll(() => errorSummaryItems(page))
      .toEqual(expect.arrayContaining(["Tittel: Feltet må fylles ut.", "Start: Skriv et år (2025), et halvår (V25 eller H25) eller «Kontinuerlig»."]));
    expect(await main(page).textContent()).toContain("Skjemaet har feil som må rettes");
    expect(await fieldError(page, "title")).toBe("Feltet må fylles ut.");
    expect(await fieldError(page, "startPeriod")).toBe("Skriv et år (2025), et halvår (V25 eller H25) eller «Kontinuerlig».");
    expect(await main(page).getByLabel("Tittel", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await main(page).getByLabel("Start", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    // What the user typed is kept.
    expect(await main(page).getByLabel("Kode", { exact: true }).inputValue()).toBe("TF07");
    expect(await main(page).getByLabel("Start", { exact: true }).inputValue()).toBe("sometime");
    expect(await main(page).getByLabel("Beskrivelse", { exact: true }).inputValue()).toBe("Beholdes ved feil");
    // The summary links to the fields.
    expect(await main(page).locator('a[href="#field-title"]').count()).toBe(1);
    await expectNoAxeViolations(page);

    // 2. Title and period fixed; the code is still taken. (The app reports a taken code only once the other
    // fields are valid, so it may or may not have been listed above.)
    await fillMeasureForm(page, { title, startPeriod: "V26", endPeriod: "H27" });
    response = await submitAndGetResponse(page, "Opprett tiltak");
    expect(response.status()).toBe(400);
    await expect.poll(() => fieldError(page, "code")).toBe("Koden TF07 er allerede i bruk i kommunen.");
    expect(await errorSummaryItems(page)).toEqual(["Kode: Koden TF07 er allerede i bruk i kommunen."]);
    expect(await fieldError(page, "title")).toBeNull();
    expect(await fieldError(page, "startPeriod")).toBeNull();
    expect(await main(page).getByLabel("Tittel", { exact: true }).inputValue()).toBe(title);
    expect(await main(page).getByLabel("Start", { exact: true }).inputValue()).toBe("V26");
    expect(await main(page).getByLabel("Slutt", { exact: true }).inputValue()).toBe("H27");
    await expectNoAxeViolations(page);

    // 3. A free code: saved, and the measure page shows the data.
    await fillMeasureForm(page, {
      code: code.toLowerCase(),
      sector: "Helse og omsorg (HO)",
      status: "Foreslått",
      userOriented: true,
      responsibleText: "Helsesekretær",
    });
    response = await submitAndGetResponse(page, "Opprett tiltak");
    expect(response.status()).toBeLessThan(400);
    await page.waitForURL((u) => /^\/measures\/[0-9a-f-]{36}$/.test(u.pathname));
    expect(queryOf(page).get("created")).toBe("1");
    await expect.poll(() => main(page).getByRole("heading", { level: 1 }).textContent()).toBe(`${code} ${title}`);
    expect(await main(page).getByRole("status").textContent()).toContain("Opprettet.");
    const facts = await measureFacts(page);
    expect(facts).toMatchObject({
      Kode: code,
      Status: "Foreslått",
      "Sektor / tjenesteområde": "Helse og omsorg",
      Ansvarlig: "Helsesekretær",
      "Brukerrettet tiltak": "Ja",
      Periode: "V26/H27",
    });
    expect(await main(page).textContent()).toContain("Beholdes ved feil");
    await expectNoAxeViolations(page);

    // It is in the portfolio.
    await visit(page, `/measures?q=${encodeURIComponent(code)}`);
    expect(await portfolioRows(page)).toEqual([
      expect.objectContaining({ code, title, sector: "Helse og omsorg", status: "Foreslått", responsible: "Helsesekretær", userOriented: "Ja" }),
    ]);
  });
});

describe("finding measures in the portfolio", () => {
  it("the measure can be found by search and by filters", async () => {
    const page = await newPage(browser());
    await loginAs(page, "reader", { redirectTo: "/measures" });

    // Search by a word in the title.
    await searchPortfolio(page, "søknadsskjema");
    expect(queryOf(page).get("q")).toBe("søknadsskjema");
    let rows = await portfolioRows(page);
    expect(rows).toContainEqual(expect.objectContaining({ code: "TF07", title: "Digitalisere alle søknadsskjema" }));
    expect(rows.map((r) => r.code)).not.toContain("HO22");
    expect(await filterForm(page).getByLabel("Søk", { exact: true }).inputValue()).toBe("søknadsskjema");

    // The start of a word is enough.
    await searchPortfolio(page, "velferdstek");
    rows = await portfolioRows(page);
    expect(rows).toContainEqual(expect.objectContaining({ code: "HO22", title: "E-rom med velferdsteknologi på sykehjemmet" }));
    expect(rows).toContainEqual(expect.objectContaining({ code: "HO26", title: "Utlånssystem for velferdsteknologiske hjelpemidler" }));
    expect(rows.map((r) => r.code)).not.toContain("TF07");

    // Sector + status + user-oriented.
    await visit(page, "/measures");
    const form = filterForm(page);
    await form.getByLabel("Sektor", { exact: true }).selectOption({ label: "Helse og omsorg" });
    await form.getByLabel("Pågår", { exact: true }).check();
    await form.getByLabel("Brukerrettet", { exact: true }).selectOption({ label: "Ja" });
    await applyFilters(page);
    expect(queryOf(page).getAll("status")).toEqual(["in_progress"]);
    expect(queryOf(page).get("userOriented")).toBe("yes");
    rows = await portfolioRows(page);
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(["HO16", "HO22"]));
    expect(rows.map((r) => r.code)).not.toContain("HO01"); // in progress, but not user-oriented
    expect(rows.map((r) => r.code)).not.toContain("HO23"); // user-oriented, but completed
    expect(rows.map((r) => r.code)).not.toContain("TF07"); // another sector
    for (const row of rows) expect(row).toMatchObject({ sector: "Helse og omsorg", status: "Pågår", userOriented: "Ja" });
    // The form shows the active filters.
    expect(await filterForm(page).getByLabel("Pågår", { exact: true }).isChecked()).toBe(true);
    expect(await filterForm(page).getByLabel("Fullført", { exact: true }).isChecked()).toBe(false);

    // Sorting by a column header keeps the filters; clicking again reverses the order.
    const priorityHeader = () => main(page).getByRole("columnheader", { name: /^Prioritet/ });
    await clickAndSettle(page, priorityHeader().getByRole("link"));
    await expectNoAxeViolations(page);
    expect(queryOf(page).get("sort")).toBe("priority");
    expect(queryOf(page).get("dir")).toBe("asc");
    expect(queryOf(page).get("userOriented")).toBe("yes");
    expect(queryOf(page).getAll("status")).toEqual(["in_progress"]);
    expect(await priorityHeader().getAttribute("aria-sort")).toBe("ascending");
    const ascending = await portfolioRows(page);
    expect(ascending.map((r) => r.code).sort()).toEqual(rows.map((r) => r.code).sort());
    const priorities = (list: typeof rows) => list.map((r) => (r.priority === "–" ? Number.POSITIVE_INFINITY : Number(r.priority)));
    expect(priorities(ascending)).toEqual([...priorities(ascending)].sort((a, b) => a - b));
    expect(ascending.findIndex((r) => r.code === "HO22")).toBeLessThan(ascending.findIndex((r) => r.code === "HO16"));

    await clickAndSettle(page, priorityHeader().getByRole("link"));
    await expectNoAxeViolations(page);
    expect(queryOf(page).get("dir")).toBe("desc");
    expect(await priorityHeader().getAttribute("aria-sort")).toBe("descending");
    const descending = await portfolioRows(page);
    expect(descending.findIndex((r) => r.code === "HO16")).toBeLessThan(descending.findIndex((r) => r.code === "HO22"));

    // Pagination keeps the filters: completed measures, 5 per page.
    await visit(page, "/measures?pageSize=5");
    await filterForm(page).getByLabel("Fullført", { exact: true }).check();
    await applyFilters(page);
    expect(queryOf(page).get("pageSize")).toBe("5");
    expect(queryOf(page).getAll("status")).toEqual(["completed"]);
    const firstPage = await portfolioRows(page);
    expect(firstPage).toHaveLength(5);
    expect(await portfolioCount(page)).toMatch(/^\d+ tiltak – Side 1 av \d+$/);
    const pagination = page.getByRole("navigation", { name: "Sider" });
    await clickAndSettle(page, pagination.getByRole("link", { name: "Neste", exact: true }));
    await expectNoAxeViolations(page);
    expect(queryOf(page).get("page")).toBe("2");
    expect(queryOf(page).getAll("status")).toEqual(["completed"]);
    expect(queryOf(page).get("pageSize")).toBe("5");
    expect(await portfolioCount(page)).toMatch(/– Side 2 av /);
    expect(await filterForm(page).getByLabel("Fullført", { exact: true }).isChecked()).toBe(true);
    const secondPage = await portfolioRows(page);
    expect(secondPage.length).toBeGreaterThan(0);
    for (const row of [...firstPage, ...secondPage]) expect(row.status).toBe("Fullført");
    expect(secondPage.map((r) => r.code)).not.toContain(firstPage[0].code);
    expect(await pagination.getByRole("link", { name: "Side 2", exact: true }).getAttribute("aria-current")).toBe("page");

    // Back to page 1 with the page-number link; still filtered.
    await clickAndSettle(page, pagination.getByRole("link", { name: "Side 1", exact: true }));
    await expectNoAxeViolations(page);
    expect(queryOf(page).get("page")).toBeNull();
    expect(queryOf(page).getAll("status")).toEqual(["completed"]);
    expect((await portfolioRows(page)).map((r) => r.code)).toEqual(firstPage.map((r) => r.code));
  });
});

describe("editing a measure", () => {
  it("editing a measure shows the change as a diff in the history", async () => {
    const page = await newPage(browser());
    await loginAs(page, "coordinator");
    const measure = await createMeasureViaForm(page, { status: "Idé" });
    const newTitle = `${measure.title} (revidert)`;

    await clickAndSettle(page, main(page).getByRole("link", { name: "Endre", exact: true }));
    expect(new URL(page.url()).pathname).toBe(`/measures/${measure.id}/edit`);
    await expectNoAxeViolations(page);
    expect(await main(page).getByLabel("Tittel", { exact: true }).inputValue()).toBe(measure.title);
    await fillMeasureForm(page, { title: newTitle, status: "Foreslått" });
    const response = await submitAndGetResponse(page, "Lagre");
    expect(response.status()).toBeLessThan(400);
    await page.waitForURL((u) => u.pathname === `/measures/${measure.id}`);
    expect(queryOf(page).get("saved")).toBe("1");
    await expect.poll(() => main(page).getByRole("heading", { level: 1 }).textContent()).toBe(`${measure.code} ${newTitle}`);
    expect(await main(page).getByRole("status").textContent()).toContain("Endringene er lagret.");
    expect((await measureFacts(page)).Status).toBe("Foreslått");
    await expectNoAxeViolations(page);

    await clickAndSettle(page, main(page).getByRole("link", { name: "Endringshistorikk", exact: true }));
    expect(new URL(page.url()).pathname).toBe(`/measures/${measure.id}/history`);
    await expectNoAxeViolations(page);
    expect(await main(page).getByRole("heading", { level: 1 }).textContent()).toBe(`Endringshistorikk for ${measure.code} ${newTitle}`);
    const headers = (await main(page).locator("table thead th").allTextContents()).map((h) => h.trim());
    expect(headers).toEqual(["Tidspunkt", "Endret av", "Felt", "Fra", "Til"]);

    // The newest change set comes first: the edit, with the old and the new value of each changed field.
    const firstGroup = main(page).locator("table tbody").first();
    const firstGroupText = ((await firstGroup.textContent()) ?? "").replace(/\s+/g, " ");
    expect(firstGroupText).toContain("Kari Koordinator");
    expect(firstGroupText).toContain("Endret");
    const rows = await historyRows(page);
    expect(rows).toContainEqual({ field: "Tittel", from: measure.title, to: newTitle });
    expect(rows).toContainEqual({ field: "Status", from: "Idé", to: "Foreslått" });
    // The old values are marked as such (not only by the column).
    expect(await firstGroup.locator(".diff-old").allTextContents()).toEqual(expect.arrayContaining([measure.title, "Idé"]));
    expect(await firstGroup.locator(".diff-new").allTextContents()).toEqual(expect.arrayContaining([newTitle, "Foreslått"]));
    // Unchanged fields are not in the edit's change set.
    const editRows = rows.slice(0, await firstGroup.locator("tr").count());
    expect(editRows.map((r) => r.field).sort()).toEqual(["Status", "Tittel"]);
    // The creation is further down, with the first title.
    expect(rows.slice(editRows.length)).toContainEqual({ field: "Tittel", from: "(tomt)", to: measure.title });
  });
});

describe("changing the status of a measure", () => {
  it("dropping a measure requires a reason", async () => {
    const page = await newPage(browser());
    await loginAs(page, "coordinator");
    const measure = await createMeasureViaForm(page, { status: "Foreslått" });
    const reason = `Erstattes av en regional løsning (${measure.code}).`;
    const statusForm = () => main(page).locator("form", { has: page.locator('input[name="intent"][value="status"]') });

    // Without a reason.
    await statusForm().getByLabel("Ny status", { exact: true }).selectOption({ label: "Avsluttet uten gjennomføring" });
    let response = await submitAndGetResponse(page, "Endre status");
    expect(response.status()).toBe(400);
    await expect.poll(() => fieldError(page, "dropReason")).toBe("Skriv en begrunnelse for hvorfor tiltaket avsluttes.");
    expect(await errorSummaryItems(page)).toEqual(["Begrunnelse for å avslutte: Skriv en begrunnelse for hvorfor tiltaket avsluttes."]);
    expect((await measureFacts(page)).Status).toBe("Foreslått");
    expect(await statusForm().getByLabel("Ny status", { exact: true }).inputValue()).toBe("dropped");
    await expectNoAxeViolations(page);

    // With a reason.
    await statusForm().getByLabel("Begrunnelse for å avslutte", { exact: true }).fill(reason);
    response = await submitAndGetResponse(page, "Endre status");
    expect(response.status()).toBeLessThan(400);
    await expect.poll(() => queryOf(page).get("status")).toBe("changed");
    await expect.poll(() => main(page).getByRole("status").textContent()).toContain("Statusen er endret.");
    const facts = await measureFacts(page);
    expect(facts.Status).toBe("Avsluttet uten gjennomføring");
    expect(facts["Begrunnelse for å avslutte"]).toBe(reason);
    const events = (
      (await main(page)
        .locator("section", { has: page.getByRole("heading", { name: "Statusendringer" }) })
        .textContent()) ?? ""
    ).replace(/\s+/g, " ");
    expect(events).toContain(`Foreslått → Avsluttet uten gjennomføring av Kari Koordinator – ${reason}`);
    expect(await errorSummaryItems(page)).toEqual([]);
    await expectNoAxeViolations(page);

    // The portfolio shows it as dropped, also under the "dropped" filter.
    await visit(page, `/measures?q=${encodeURIComponent(measure.code)}`);
    expect(await portfolioRows(page)).toEqual([expect.objectContaining({ code: measure.code, status: "Avsluttet uten gjennomføring" })]);
    await visit(page, "/measures?status=dropped&pageSize=200");
    const dropped = await portfolioRows(page);
    expect(dropped.map((r) => r.code)).toContain(measure.code);
    for (const row of dropped) expect(row.status).toBe("Avsluttet uten gjennomføring");
  });
});

describe("editing at the same time", () => {
  it("a concurrent edit gives a conflict instead of overwriting", async () => {
    const adminPage = await newPage(browser());
    await loginAs(adminPage, "admin");
    const measure = await createMeasureViaForm(adminPage, { status: "Idé" });
    const adminTitle = `${measure.title} – Adas versjon`;
    const coordinatorTitle = `${measure.title} – Karis versjon`;

    const coordinatorPage = await newPage(browser());
    await loginAs(coordinatorPage, "coordinator");

    // Both open the edit form.
    await visit(adminPage, `/measures/${measure.id}/edit`);
    await visit(coordinatorPage, `/measures/${measure.id}/edit`);

    // The admin saves first.
    await fillMeasureForm(adminPage, { title: adminTitle, responsibleText: "Ada" });
    expect((await submitAndGetResponse(adminPage, "Lagre")).status()).toBeLessThan(400);
    await adminPage.waitForURL((u) => u.pathname === `/measures/${measure.id}`);
    await expect.poll(() => main(adminPage).getByRole("heading", { level: 1 }).textContent()).toBe(`${measure.code} ${adminTitle}`);
    await expectNoAxeViolations(adminPage);

    // The coordinator saves on top of the old version: a conflict, nothing saved.
    await fillMeasureForm(coordinatorPage, { title: coordinatorTitle, status: "Foreslått" });
    expect((await submitAndGetResponse(coordinatorPage, "Lagre")).status()).toBe(409);
    expect(new URL(coordinatorPage.url()).pathname).toBe(`/measures/${measure.id}/edit`);
    const alert = main(coordinatorPage).getByRole("alert").filter({ hasText: "Noen andre har endret tiltaket" });
    await expect.poll(() => alert.count()).toBe(1);
    const alertText = ((await alert.textContent()) ?? "").replace(/\s+/g, " ");
    expect(alertText).toContain("Noen andre har endret tiltaket mens du arbeidet med det. Ingenting er lagret.");
    expect(alertText).toContain("lagre på nytt hvis du vil overskrive");
    const conflictRows = await alert
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("th, td")).map((cell) => (cell.textContent ?? "").trim())));
    // Field, your value, the current (other person's) value.
    expect(conflictRows).toContainEqual(["Tittel", coordinatorTitle, adminTitle]);
    expect(conflictRows).toContainEqual(["Status", "Foreslått", "Idé"]);
    expect(conflictRows).toContainEqual(["Ansvarlig (rolle eller navn)", "(tomt)", "Ada"]);
    // The focus moves to the notice, and the form still holds what the coordinator typed.
    await expect.poll(() => alert.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await main(coordinatorPage).getByLabel("Tittel", { exact: true }).inputValue()).toBe(coordinatorTitle);
    await expectNoAxeViolations(coordinatorPage);

    // Nothing was overwritten (the page loaded afresh from the server).
    await visit(adminPage, `/measures/${measure.id}`);
    expect(await main(adminPage).getByRole("heading", { level: 1 }).textContent()).toBe(`${measure.code} ${adminTitle}`);
    expect(await measureFacts(adminPage)).toMatchObject({ Status: "Idé", Ansvarlig: "Ada" });

    // Saving again on purpose overwrites (the form now carries the current version).
    expect((await submitAndGetResponse(coordinatorPage, "Lagre")).status()).toBeLessThan(400);
    await coordinatorPage.waitForURL((u) => u.pathname === `/measures/${measure.id}`);
    await expect.poll(() => main(coordinatorPage).getByRole("heading", { level: 1 }).textContent()).toBe(`${measure.code} ${coordinatorTitle}`);
    expect(await measureFacts(coordinatorPage)).toMatchObject({ Status: "Foreslått", Ansvarlig: "–" });
    await expectNoAxeViolations(coordinatorPage);

    await visit(adminPage, `/measures/${measure.id}/history`);
    const rows = await historyRows(adminPage);
    expect(rows).toContainEqual({ field: "Tittel", from: adminTitle, to: coordinatorTitle });
    expect(rows).toContainEqual({ field: "Tittel", from: measure.title, to: adminTitle });
  });
});

describe("user-entered text", () => {
  it("HTML in a measure title is shown as text", async () => {
    const page = await newPage(browser());
    await loginAs(page, "coordinator");
    const title = "<script>window.__xss=1</script><b>fet</b>";
    const measure = await createMeasureViaForm(page, { title, description: '<img src=x onerror="window.__xss=2">' });

    const heading = main(page).getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toBe(`${measure.code} ${title}`);
    expect(await heading.locator("b, script").count()).toBe(0);
    expect(await main(page).locator("img").count()).toBe(0);
    expect(await main(page).textContent()).toContain('<img src=x onerror="window.__xss=2">');
    expect(await page.title()).toContain(title);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

    // Reloaded from the server (server-rendered HTML), and on the other pages that show the title.
    for (const path of [
      `/measures/${measure.id}`,
      `/measures/${measure.id}/edit`,
      `/measures/${measure.id}/history`,
      `/measures?q=${encodeURIComponent(measure.code)}`,
    ]) {
      await visit(page, path);
      expect(await main(page).textContent(), path).toContain(title);
      expect(await main(page).locator("b, img").count(), path).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), path).toBeUndefined();
    }
    expect(await main(page).locator("table tbody td").nth(1).textContent()).toBe(title);
  });
});

describe("nynorsk", () => {
  it("the portfolio works in nynorsk", async () => {
    const page = await newPage(browser());
    await loginAs(page, "reader", { redirectTo: "/measures" });
    expect(
      await main(page)
        .getByRole("columnheader", { name: /^Ansvarlig$/ })
        .count(),
    ).toBe(1);

    await switchLanguage(page, "Nynorsk");
    expect(new URL(page.url()).pathname).toBe("/measures");
    const form = filterForm(page);
    expect(await main(page).getByRole("heading", { level: 1 }).textContent()).toBe("Tiltaksportefølje");
    expect(await form.getByLabel("Brukarretta", { exact: true }).count()).toBe(1);
    expect(await form.getByLabel("Ansvarleg", { exact: true }).count()).toBe(1);
    expect(await form.getByLabel("Føreslått", { exact: true }).count()).toBe(1);
    expect(await form.getByLabel("Avslutta utan gjennomføring", { exact: true }).count()).toBe(1);
    expect(
      await main(page)
        .getByRole("columnheader", { name: /^Ansvarleg$/ })
        .count(),
    ).toBe(1);
    expect(
      await main(page)
        .getByRole("columnheader", { name: /^Kjend kostnad$/ })
        .count(),
    ).toBe(1);
    expect(await page.getByRole("navigation", { name: "Hovudmeny" }).count()).toBe(1);

    // Filtering works in nynorsk too, and the result stays in nynorsk.
    await form.getByLabel("Føreslått", { exact: true }).check();
    await form.getByLabel("Brukarretta", { exact: true }).selectOption({ label: "Ja" });
    await applyFilters(page);
    expect(await page.locator("html").getAttribute("lang")).toBe("nn");
    const rows = await portfolioRows(page);
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(["TF08", "O06", "HO28"]));
    for (const row of rows) expect(row).toMatchObject({ status: "Føreslått", userOriented: "Ja" });

    // A measure page in nynorsk.
    await clickAndSettle(page, main(page).getByRole("link", { name: "TF08", exact: true }));
    await expectNoAxeViolations(page);
    measureIdOf(page);
    const facts = await measureFacts(page);
    expect(facts).toMatchObject({ "Sektor / tenesteområde": "Tverrfaglig", "Brukarretta tiltak": "Ja", Status: "Føreslått" });
    expect(await main(page).getByRole("link", { name: "Tilbake til tiltakslista" }).count()).toBe(1);
  });
});
