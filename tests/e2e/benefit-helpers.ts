// Helpers for the end-to-end tests of the benefit screens (tests/e2e/benefit*.test.ts).
import type { Locator, Page } from "playwright-core";
import { main } from "./measures-helpers";

/** This year in Norway, as the app counts it. */
export const YEAR = Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Oslo", year: "numeric" }).format(new Date()));

/** Text with all kinds of spaces collapsed (Norwegian numbers use no-break spaces). */
export function collapse(text: string | null): string {
  return (text ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** The key figure cards of a key-figures section: label → value. */
export async function keyFigures(section: Locator): Promise<Record<string, string>> {
  const figures: Record<string, string> = {};
  for (const item of await section.locator("li").all()) {
    const label = collapse(await item.getByRole("heading", { level: 3 }).textContent());
    figures[label] = collapse(await item.locator("span").first().textContent());
  }
  return figures;
}

/** The dashboard's benefit key figures for this year (the page must be the dashboard, in bokmål). */
export async function dashboardBenefitFigures(page: Page): Promise<Record<string, string>> {
  return keyFigures(main(page).locator("section", { has: page.getByRole("heading", { name: `Gevinster i ${YEAR}`, exact: true }) }));
}

/** "1 234,5 timer" → 1234.5 */
export function parseNorwegianNumber(text: string): number {
  return Number(
    text
      .replace(/[^\d,−-]/g, "")
      .replace("−", "-")
      .replace(",", "."),
  );
}
