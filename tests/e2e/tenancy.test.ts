// Tenancy and roles on the measure screens: a measure belongs to one municipality, and what a user may do
// depends on the role they have there. The chosen municipality is a cookie per browser context, so every test
// uses fresh contexts.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { allowBrowserErrors, clickAndSettle, csrfTokenOf, expectNoAxeViolations, loginAs, newPage, useBrowser, visit } from "./helpers";
import {
  createMeasureViaForm,
  errorSummaryItems,
  fieldError,
  fillMeasureForm,
  main,
  measureFacts,
  portfolioRows,
  submitAndGetResponse,
  switchLanguage,
  switchMunicipality,
  uniqueCode,
} from "./measures-helpers";

const browser = useBrowser();

/** GET /api/v1/measures/:id with the page's cookies (the session). */
async function apiGetMeasure(page: Page, id: string) {
  const response = await page.request.get(`/api/v1/measures/${id}`, { failOnStatusCode: false });
  return { status: response.status(), contentType: response.headers()["content-type"] ?? "", body: (await response.json()) as Record<string, unknown> };
}

/** The id of a measure from its link in the portfolio (searching by code). */
async function idOfMeasure(page: Page, code: string): Promise<string> {
  await visit(page, `/measures?q=${encodeURIComponent(code)}`);
  const href = await main(page).getByRole("link", { name: code, exact: true }).getAttribute("href");
  const id = /^\/measures\/([0-9a-f-]{36})$/.exec(href ?? "")?.[1];
  if (!id) throw new Error(`No link to ${code} in the portfolio (href ${href})`);
  return id;
}

/** Chromium's console error for a document at `path` answered with `status` (and nothing else). */
function failedLoad(status: number, text: string, path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`^console\\.error: Failed to load resource: the server responded with a status of ${status} \\(${text}\\) \\(https?://[^/]+${escaped}\\)$`);
}

/** Visits a page that should answer 404 and checks the "not found" page (checked with axe). */
async function expectNotFoundPage(page: Page, path: string, heading: string) {
  // Chromium logs the 404 document as a failed resource load; that is the expected outcome here.
  allowBrowserErrors(page, failedLoad(404, "Not Found", path));
  await visit(page, path, { status: 404 });
  expect(await main(page).getByRole("heading", { level: 1 }).textContent(), path).toBe(heading);
}

async function expectForbiddenPage(page: Page, path: string) {
  allowBrowserErrors(page, failedLoad(403, "Forbidden", path));
  await visit(page, path, { status: 403 });
  expect(await main(page).getByRole("heading", { level: 1 }).textContent(), path).toBe("Ingen tilgang");
  expect(await main(page).textContent(), path).toContain("Rollen din gir ikke tilgang til dette.");
}

describe("measures belong to one municipality", () => {
  it("a user cannot reach another municipality's measure by URL or API", async () => {
    const page = await newPage(browser());
    await loginAs(page, "admin");
    const id = await idOfMeasure(page, "TF07");
    await visit(page, `/measures/${id}`);
    expect(await main(page).getByRole("heading", { level: 1 }).textContent()).toBe("TF07 Digitalisere alle søknadsskjema");
    const before = await apiGetMeasure(page, id);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ id, code: "TF07", title: "Digitalisere alle søknadsskjema" });

    // In the neighbour municipality (where the admin is a coordinator, in nynorsk) the measure does not exist.
    await switchMunicipality(page, "Nabodemo kommune");
    expect(await page.locator("html").getAttribute("lang")).toBe("nn");
    await expectNotFoundPage(page, `/measures/${id}`, "Fann ikkje sida");
    expect(await main(page).textContent()).toContain("Sida finst ikkje, eller du har ikkje tilgang til henne.");
    await expectNotFoundPage(page, `/measures/${id}/edit`, "Fann ikkje sida");
    await expectNotFoundPage(page, `/measures/${id}/history`, "Fann ikkje sida");
    const hidden = await apiGetMeasure(page, id);
    expect(hidden.status).toBe(404);
    expect(hidden.contentType).toMatch(/^application\/json/);
    expect(hidden.body).toEqual({ error: expect.objectContaining({ code: "not_found" }) });
    expect(JSON.stringify(hidden.body)).not.toContain("TF07");
    expect(JSON.stringify(hidden.body)).not.toContain("søknadsskjema");
    // Nor is it in the neighbour's portfolio.
    await visit(page, "/measures?q=TF07");
    expect(await portfolioRows(page)).toEqual([]);
    expect(await main(page).textContent()).toContain("Ingen tiltak passar med filteret.");

    // Back in Demo kommune it is there again.
    await switchMunicipality(page, "Demo kommune");
    await visit(page, `/measures/${id}`);
    expect(await main(page).getByRole("heading", { level: 1 }).textContent()).toBe("TF07 Digitalisere alle søknadsskjema");
    expect((await apiGetMeasure(page, id)).status).toBe(200);
  });

  it("a measure created in the neighbour municipality cannot be reached from Demo kommune", async () => {
    const admin = await newPage(browser());
    await loginAs(admin, "admin");
    await switchMunicipality(admin, "Nabodemo kommune");
    await switchLanguage(admin, "Bokmål");
    const measure = await createMeasureViaForm(admin, { code: uniqueCode("NABO") });
    expect((await apiGetMeasure(admin, measure.id)).status).toBe(200);

    // The coordinator is only a member of Demo kommune.
    const coordinator = await newPage(browser());
    await loginAs(coordinator, "coordinator");
    expect(await coordinator.getByRole("banner").locator('select[name="code"]').count()).toBe(0);
    await expectNotFoundPage(coordinator, `/measures/${measure.id}`, "Fant ikke siden");
    expect((await apiGetMeasure(coordinator, measure.id)).status).toBe(404);
    await visit(coordinator, `/measures?q=${encodeURIComponent(measure.code)}`);
    expect(await portfolioRows(coordinator)).toEqual([]);

    // Nor can the coordinator switch to a municipality they are not a member of, even with a forged post.
    const forged = await coordinator.request.post("/switch-municipality", {
      form: { _csrf: await csrfTokenOf(coordinator), code: "3499" },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    expect(forged.status()).toBe(403);
    await visit(coordinator, "/dashboard");
    expect(await coordinator.getByRole("banner").locator(".app-header__municipality").textContent()).toBe("Demo kommune");
    expect((await apiGetMeasure(coordinator, measure.id)).status).toBe(404);

    // For the admin, in the neighbour municipality, it is still there.
    await visit(admin, `/measures/${measure.id}`);
    expect(await main(admin).getByRole("heading", { level: 1 }).textContent()).toBe(`${measure.code} ${measure.title}`);
  });
});

describe("what each role may do with measures", () => {
  it("a contributor cannot create a measure with a status only coordinators may set", async () => {
    const page = await newPage(browser());
    await loginAs(page, "contributor");
    await visit(page, "/measures/new?status=planned&sector=");
    const status = main(page).getByLabel("Status", { exact: true });
    expect((await status.locator("option").allTextContents()).map((s) => s.trim())).toEqual(["Idé", "Foreslått"]);
    expect(await status.inputValue()).toBe("idea");
    // Priority and plan year are not in the form.
    expect(await main(page).getByLabel("Prioritet", { exact: true }).count()).toBe(0);

    // A forged choice is rejected by the server, and nothing is created.
    const code = uniqueCode("BID");
    await fillMeasureForm(page, { code, title: `Bidragsyters forslag ${code}` });
    await status.evaluate((select: HTMLSelectElement) => {
      const option = document.createElement("option");
      option.value = "planned";
      option.textContent = "Planlagt";
      select.append(option);
      select.value = "planned";
    });
    const response = await submitAndGetResponse(page, "Opprett tiltak");
    expect(response.status()).toBe(400);
    const message = "Som bidragsyter kan du foreslå tiltak og melde framdrift, men ikke prioritere eller planlegge.";
    await expect.poll(() => fieldError(page, "status")).toBe(message);
    expect(await errorSummaryItems(page)).toEqual([`Status: ${message}`]);
    expect(new URL(page.url()).pathname).toBe("/measures/new");
    await expectNoAxeViolations(page);
    await visit(page, `/measures?q=${encodeURIComponent(code)}`);
    expect(await portfolioRows(page)).toEqual([]);

    // A proposal is fine, and the contributor becomes responsible for it (and may edit it).
    await createMeasureViaForm(page, { status: "Foreslått" });
    expect(await main(page).getByRole("link", { name: "Endre", exact: true }).count()).toBe(1);
    expect((await measureFacts(page)).Ansvarlig).toBe("Bjørn Bidragsyter");
    // Others' measures can be read, not edited.
    await visit(page, `/measures?q=TF07`);
    await clickAndSettle(page, main(page).getByRole("link", { name: "TF07", exact: true }));
    await expectNoAxeViolations(page);
    expect(await main(page).getByRole("heading", { level: 1 }).textContent()).toBe("TF07 Digitalisere alle søknadsskjema");
    expect(await main(page).getByRole("link", { name: "Endre", exact: true }).count()).toBe(0);
    expect(await main(page).getByRole("heading", { name: "Endre status" }).count()).toBe(0);
  });

  it("a reader gets 403 on /measures/new and sees no edit buttons", async () => {
    const page = await newPage(browser());
    await loginAs(page, "reader", { redirectTo: "/measures" });
    expect(await main(page).getByRole("link", { name: "Nytt tiltak" }).count()).toBe(0);
    expect((await portfolioRows(page)).length).toBeGreaterThan(0);

    const id = await idOfMeasure(page, "TF07");
    await clickAndSettle(page, main(page).getByRole("link", { name: "TF07", exact: true }));
    await expectNoAxeViolations(page);
    expect(await main(page).getByRole("heading", { level: 1 }).textContent()).toBe("TF07 Digitalisere alle søknadsskjema");
    expect(await main(page).getByRole("link", { name: "Endre", exact: true }).count()).toBe(0);
    expect(await main(page).getByRole("heading", { name: "Endre status" }).count()).toBe(0);
    expect(await main(page).locator('form[method="post"], form[method="POST"]').count()).toBe(0);
    // History is open to readers.
    expect(await main(page).getByRole("link", { name: "Endringshistorikk" }).count()).toBe(1);

    await expectForbiddenPage(page, "/measures/new");
    await expectForbiddenPage(page, `/measures/${id}/edit`);
  });
});
