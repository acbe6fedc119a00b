// Helpers for the end-to-end tests of the measure screens (tests/e2e/measures*.test.ts, tenancy*.test.ts).
// Built on helpers.ts; everything here drives the UI the way a user does (labels, buttons, links).
import type { Locator, Page, Response } from "playwright-core";
import { expect } from "vitest";
import { clickAndSettle, expectNoAxeViolations, visit } from "./helpers";

let counter = 0;

/** A short string unique to this run and call, e.g. "M3K9X2A1" (upper case: codes are stored upper case). */
export function uniqueSuffix(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter.toString(36)}`.toUpperCase();
}

/** A measure code no other test uses, e.g. "E2E-M3K9X2A1" (at most 20 characters). */
export function uniqueCode(prefix = "E2E"): string {
  const code = `${prefix}-${uniqueSuffix()}`;
  if (code.length > 20) throw new Error(`uniqueCode: ${code} is longer than 20 characters`);
  return code;
}

const UUID = /^\/measures\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The id of the measure whose page (/measures/<id>) is open. */
export function measureIdOf(page: Page): string {
  const match = UUID.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`Not on a measure page: ${page.url()}`);
  return match[1];
}

/** The <main> element. */
export function main(page: Page): Locator {
  return page.locator("main");
}

// ---------------------------------------------------------------------------------------------------------------
// The measure form (/measures/new and /measures/:id/edit)

export interface MeasureFields {
  code?: string;
  title?: string;
  description?: string;
  /** The sector's name as the form shows it, e.g. "Helse og omsorg (HO)". */
  sector?: string;
  /** The status's label, e.g. "Foreslått". */
  status?: string;
  userOriented?: boolean;
  responsibleText?: string;
  startPeriod?: string;
  endPeriod?: string;
}

/** Fills in the measure form on the current page (only the fields given). */
export async function fillMeasureForm(page: Page, fields: MeasureFields) {
  const m = main(page);
  if (fields.code !== undefined) await m.getByLabel("Kode", { exact: true }).fill(fields.code);
  if (fields.title !== undefined) await m.getByLabel("Tittel", { exact: true }).fill(fields.title);
  if (fields.description !== undefined) await m.getByLabel("Beskrivelse", { exact: true }).fill(fields.description);
  if (fields.sector !== undefined) await m.getByLabel("Sektor / tjenesteområde", { exact: true }).selectOption({ label: fields.sector });
  if (fields.status !== undefined) await m.getByLabel("Status", { exact: true }).selectOption({ label: fields.status });
  if (fields.userOriented !== undefined) await m.getByLabel("Brukerrettet tiltak", { exact: true }).setChecked(fields.userOriented);
  if (fields.responsibleText !== undefined) await m.getByLabel("Ansvarlig (rolle eller navn)", { exact: true }).fill(fields.responsibleText);
  if (fields.startPeriod !== undefined) await m.getByLabel("Start", { exact: true }).fill(fields.startPeriod);
  if (fields.endPeriod !== undefined) await m.getByLabel("Slutt", { exact: true }).fill(fields.endPeriod);
}

/**
 * Clicks a submit button in <main> and waits for the result; returns the response to the POST (the single-fetch
 * `.data` request with JavaScript), so a test can check e.g. 400 for a validation error or 409 for a conflict.
 */
export async function submitAndGetResponse(page: Page, buttonName: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/measures")),
    clickAndSettle(page, main(page).getByRole("button", { name: buttonName, exact: true })),
  ]);
  return response;
}

/** The text of a field's validation message (`#field-<name>-error`), or null when it has none. */
export async function fieldError(page: Page, name: string): Promise<string | null> {
  const message = page.locator(`[id="field-${name}-error"]`);
  if ((await message.count()) === 0) return null;
  return ((await message.first().textContent()) ?? "").trim();
}

/** The entries of the error summary ("Tittel: Feltet må fylles ut." …), or [] when there is none. */
export async function errorSummaryItems(page: Page): Promise<string[]> {
  const links = main(page).locator('a[href^="#field-"]');
  return (await links.allTextContents()).map((text) => text.replace(/\s+/g, " ").trim());
}

export interface CreatedMeasure {
  id: string;
  code: string;
  title: string;
}

/**
 * Creates a measure through /measures/new as the logged-in user and lands on its page (both pages are checked with
 * axe). Code and title default to unique values.
 */
export async function createMeasureViaForm(page: Page, fields: MeasureFields = {}): Promise<CreatedMeasure> {
  const code = fields.code ?? uniqueCode();
  const title = fields.title ?? `E2E-tiltak ${code}`;
  await visit(page, "/measures/new");
  await fillMeasureForm(page, { ...fields, code, title });
  const response = await submitAndGetResponse(page, "Opprett tiltak");
  expect(response.status(), "status of the create post").toBeLessThan(400);
  await page.waitForURL((u) => UUID.test(u.pathname), { timeout: 15_000 });
  await expect.poll(() => main(page).getByRole("heading", { level: 1 }).textContent()).toBe(`${code} ${title}`);
  await expectNoAxeViolations(page);
  return { id: measureIdOf(page), code, title };
}

/** The facts list on a measure page as label → text. */
export async function measureFacts(page: Page): Promise<Record<string, string>> {
  return page
    .locator("main dl.facts")
    .first()
    .evaluate((dl) => {
      const out: Record<string, string> = {};
      let label = "";
      for (const child of Array.from(dl.children)) {
        const text = (child.textContent ?? "").replace(/\s+/g, " ").trim();
        if (child.tagName === "DT") label = text;
        else if (child.tagName === "DD" && label) out[label] = text;
      }
      return out;
    });
}

// ---------------------------------------------------------------------------------------------------------------
// The portfolio (/measures)

export interface PortfolioRow {
  code: string;
  title: string;
  sector: string;
  status: string;
  period: string;
  priority: string;
  responsible: string;
  userOriented: string;
  cost: string;
}

/** The rows of the portfolio table on the current page ([] when there is no table). */
export async function portfolioRows(page: Page): Promise<PortfolioRow[]> {
  const rows = await main(page)
    .locator("table.measure-table tbody tr")
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td.textContent ?? "").replace(/\s+/g, " ").trim())));
  return rows.map(([code, title, sector, status, period, priority, responsible, userOriented, cost]) => ({
    code: code.split(" ")[0],
    title,
    sector,
    status,
    period,
    priority,
    responsible,
    userOriented,
    cost,
  }));
}

/** The portfolio's count line, e.g. "46 tiltak – Side 1 av 2". */
export async function portfolioCount(page: Page): Promise<string> {
  return ((await main(page).getByRole("status").first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** The filter form on the portfolio. */
export function filterForm(page: Page): Locator {
  return page.getByRole("search");
}

/** Searches the portfolio with the filter form's search field (keeping the other filters), checked with axe. */
export async function searchPortfolio(page: Page, q: string) {
  await filterForm(page).getByLabel("Søk", { exact: true }).fill(q);
  await applyFilters(page);
}

/** Submits the filter form and checks the result with axe. */
export async function applyFilters(page: Page) {
  await clickAndSettle(page, filterForm(page).getByRole("button", { name: "Bruk filter", exact: true }));
  await expectNoAxeViolations(page);
}

/** The current page's query parameters. */
export function queryOf(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

// ---------------------------------------------------------------------------------------------------------------
// History (/measures/:id/history)

export interface HistoryRow {
  field: string;
  from: string;
  to: string;
}

/** All rows of the history table, newest change set first: field, old value ("Fra"), new value ("Til"). */
export async function historyRows(page: Page): Promise<HistoryRow[]> {
  const rows = await main(page)
    .locator("table tbody tr")
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td.textContent ?? "").replace(/\s+/g, " ").trim())));
  return rows.map((cells) => {
    const [field, from, to] = cells.slice(-3);
    return { field, from, to };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Header: municipality and language

/** Switches municipality with the header's switcher (lands on /dashboard), checked with axe. */
export async function switchMunicipality(page: Page, name: string) {
  const banner = page.getByRole("banner");
  await banner.locator('select[name="code"]').selectOption({ label: name });
  await clickAndSettle(page, banner.getByRole("button", { name: /^(Bytt|Byt)$/ }));
  await page.waitForURL((u) => u.pathname === "/dashboard", { timeout: 15_000 });
  await expect.poll(() => page.getByRole("banner").locator(".app-header__municipality").textContent()).toBe(name);
  await expectNoAxeViolations(page);
}

/** Clicks the header's language button ("Nynorsk" or "Bokmål") and waits for the page in that language. */
export async function switchLanguage(page: Page, to: "Nynorsk" | "Bokmål") {
  await clickAndSettle(page, page.getByRole("banner").getByRole("button", { name: to, exact: true }));
  await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(to === "Nynorsk" ? "nn" : "nb");
  await expectNoAxeViolations(page);
}
