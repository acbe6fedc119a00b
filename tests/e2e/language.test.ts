import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  clickAndSettle,
  DEMO_PASSWORD,
  DEMO_USERS,
  expectNoAxeViolations,
  headerUserName,
  loginAs,
  mainText,
  newPage,
  submitLogin,
  useBrowser,
  visit,
  visitLogin,
} from "./helpers";

const browser = useBrowser();

async function htmlLang(page: Page): Promise<string | null> {
  return page.locator("html").getAttribute("lang");
}

function languageButton(page: Page, name: "Nynorsk" | "Bokmål") {
  return page.getByRole("banner").getByRole("button", { name, exact: true });
}

async function headings(page: Page): Promise<string[]> {
  return (await page.locator("main").getByRole("heading").allTextContents()).map((text) => text.trim());
}

describe("choosing bokmål or nynorsk", () => {
  it("a user can switch the interface to nynorsk with the header button, and back to bokmål", async () => {
    const page = await newPage(browser());
    await loginAs(page, "reader");

    expect(await htmlLang(page)).toBe("nb");
    expect(await headings(page)).toEqual(["Min konto", "Kommuner og roller", "Bytt passord"]);
    expect(await page.getByRole("navigation", { name: "Hovedmeny" }).count()).toBe(1);
    expect(await mainText(page)).toContain("Demo kommune (3401): Leser");

    await clickAndSettle(page, languageButton(page, "Nynorsk"));
    await expect.poll(() => htmlLang(page)).toBe("nn");
    expect(new URL(page.url()).pathname).toBe("/account");
    expect(await headings(page)).toEqual(["Min konto", "Kommunar og roller", "Byt passord"]);
    expect(await page.getByRole("navigation", { name: "Hovudmeny" }).count()).toBe(1);
    expect(await mainText(page)).toContain("Demo kommune (3401): Lesar");
    expect(await page.getByLabel("Noverande passord", { exact: true }).count()).toBe(1);
    expect(await page.getByRole("banner").getByRole("button", { name: "Logg ut" }).count()).toBe(1);
    expect(await headerUserName(page)).toBe(DEMO_USERS.reader.name);
    expect(await languageButton(page, "Bokmål").count()).toBe(1);
    await expectNoAxeViolations(page);

    // The choice is remembered across page loads.
    await visit(page, "/account");
    expect(await htmlLang(page)).toBe("nn");
    expect(await headings(page)).toContain("Kommunar og roller");

    await clickAndSettle(page, languageButton(page, "Bokmål"));
    await expect.poll(() => htmlLang(page)).toBe("nb");
    expect(await headings(page)).toEqual(["Min konto", "Kommuner og roller", "Bytt passord"]);
    expect(await languageButton(page, "Nynorsk").count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it("switching to nynorsk works without JavaScript, before and after logging in", async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await visitLogin(page, "/account");
    expect(await htmlLang(page)).toBe("nb");
    expect(await mainText(page)).toContain("Logg inn med e-postadressen og passordet ditt.");

    await clickAndSettle(page, languageButton(page, "Nynorsk"));
    const current = new URL(page.url());
    expect(current.pathname).toBe("/login");
    expect(current.searchParams.get("redirectTo")).toBe("/account");
    expect(await htmlLang(page)).toBe("nn");
    expect(await mainText(page)).toContain("Logg inn med e-postadressa og passordet ditt.");
    expect(await languageButton(page, "Bokmål").count()).toBe(1);
    await expectNoAxeViolations(page);

    // The chosen language wins over the municipality's language (bokmål) after logging in.
    await submitLogin(page, { email: DEMO_USERS.contributor.email, password: DEMO_PASSWORD });
    expect(new URL(page.url()).pathname).toBe("/account");
    expect(await htmlLang(page)).toBe("nn");
    expect(await headings(page)).toEqual(["Min konto", "Kommunar og roller", "Byt passord"]);
    expect(await mainText(page)).toContain("Demo kommune (3401): Bidragsytar");
    expect(await page.getByRole("banner").getByRole("button", { name: "Logg ut" }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await clickAndSettle(page, languageButton(page, "Bokmål"));
    expect(new URL(page.url()).pathname).toBe("/account");
    expect(await htmlLang(page)).toBe("nb");
    expect(await headings(page)).toEqual(["Min konto", "Kommuner og roller", "Bytt passord"]);
    await expectNoAxeViolations(page);
  });
});
