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
});
