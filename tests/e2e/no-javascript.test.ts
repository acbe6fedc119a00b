// The app must work without JavaScript: every form is a plain POST that the server answers with a full page.
import { describe, expect, it } from "vitest";
import {
  alertText,
  clickAndSettle,
  DEMO_PASSWORD,
  DEMO_USERS,
  expectNoAxeViolations,
  headerUserName,
  loginAs,
  mainMenuLinks,
  newPage,
  submitLogin,
  submitLoginAndGetStatus,
  useBrowser,
  visitLogin,
} from "./helpers";
import { fieldError, fillMeasureForm, main, submitAndGetResponse, uniqueCode } from "./measures-helpers";

const browser = useBrowser();

describe("using the app without JavaScript", () => {
  it("a user can log in and out without JavaScript", async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(page, "coordinator");
    expect(await mainMenuLinks(page)).toEqual(expect.arrayContaining(["Oversikt", "Tiltak"]));
    expect(await mainMenuLinks(page)).not.toContain("Brukere");

    await clickAndSettle(page, page.getByRole("banner").getByRole("button", { name: "Logg ut" }));
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await headerUserName(page)).toBeNull();
    await expectNoAxeViolations(page);
  });

  it("without JavaScript, a wrong password shows the error and the page keeps the e-mail address", async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    const { email } = DEMO_USERS.admin;
    await visitLogin(page);

    expect(await submitLoginAndGetStatus(page, { email, password: "feil-passord-123" })).toBe(400);
    expect(await alertText(page)).toBe("Feil e-post eller passord.");
    expect(await page.getByLabel("E-post", { exact: true }).inputValue()).toBe(email);
    // The password is never sent back to the browser.
    expect(await page.getByLabel("Passord", { exact: true }).inputValue()).toBe("");
    await expectNoAxeViolations(page);

    await submitLogin(page, { email, password: DEMO_PASSWORD });
    expect(new URL(page.url()).pathname).toBe("/account");
    expect(await headerUserName(page)).toBe(DEMO_USERS.admin.name);
    await expectNoAxeViolations(page);
  });

  // The admin is a member of two municipalities, so the header shows the municipality switcher.
  it("without JavaScript the municipality switcher in the header has a label", async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(page, "admin");
    expect(await page.getByRole("banner").getByLabel("Bytt kommune").count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it("without JavaScript a coordinator records the amount used on a cost line, and a negative amount is refused with the input kept", async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await loginAs(page, "coordinator", { redirectTo: "/measures/new" });
    const code = uniqueCode("BR");
    await fillMeasureForm(page, { code, title: `Brukt beløp ${code}` });
    const line = main(page).getByRole("group", { name: "Kostnadslinje 1" });
    await line.getByLabel("Planlagt beløp (kr)", { exact: true }).fill("10 000");
    await line.getByLabel("Brukt hittil (kr)", { exact: true }).fill("-500");
    await line.getByLabel("Engangs eller årlig", { exact: true }).selectOption({ label: "Engangs" });
    await line.getByLabel("Investering eller drift", { exact: true }).selectOption({ label: "Investering" });
    await line.getByLabel("År", { exact: true }).fill("2026");

    let response = await submitAndGetResponse(page, "Opprett tiltak");
    expect(response.status()).toBe(400);
    expect(await fieldError(page, "costs.0.usedNok")).toBe("Skriv brukt beløp i hele kroner, for eksempel 75 000. Beløpet kan ikke være negativt.");
    const kept = main(page).getByRole("group", { name: "Kostnadslinje 1" });
    expect(await kept.getByLabel("Brukt hittil (kr)", { exact: true }).inputValue()).toBe("-500");
    expect(await kept.getByLabel("Planlagt beløp (kr)", { exact: true }).inputValue()).toBe("10 000");
    await expectNoAxeViolations(page);

    await kept.getByLabel("Brukt hittil (kr)", { exact: true }).fill("2 500");
    response = await submitAndGetResponse(page, "Opprett tiltak");
    expect(response.status()).toBeLessThan(400);
    await page.waitForURL((u) => /^\/measures\/[0-9a-f-]{36}$/.test(u.pathname));
    const costs = main(page).getByRole("table", { name: "Kostnader" });
    const cells = (await costs.locator("tbody tr").first().locator("td").allTextContents()).map((c) => c.replace(/\s+/g, " ").trim());
    expect(cells.slice(0, 2)).toEqual(["10 000 kr", "2 500 kr"]);
    await expectNoAxeViolations(page);
  });
});
