import { randomUUID } from "node:crypto";
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
  type Role,
  submitLogin,
  submitLoginAndGetStatus,
  useBrowser,
  visit,
  visitLogin,
} from "./helpers";

const browser = useBrowser();

describe("logging in", () => {
  const cases: Array<{ role: Role; title: string; admin: boolean }> = [
    { role: "admin", title: "an admin can log in, sees their name and the admin menu items", admin: true },
    { role: "coordinator", title: "a coordinator can log in, sees their name and no admin menu items", admin: false },
    { role: "contributor", title: "a contributor can log in, sees their name and no admin menu items", admin: false },
    { role: "reader", title: "a reader can log in, sees their name and no admin menu items", admin: false },
  ];

  for (const { role, title, admin } of cases) {
    it(title, async () => {
      const page = await newPage(browser());
      await loginAs(page, role);

      expect(new URL(page.url()).pathname).toBe("/account");
      expect(await headerUserName(page)).toBe(DEMO_USERS[role].name);
      expect(await page.getByRole("banner").getByRole("button", { name: "Logg ut" }).count()).toBe(1);
      const links = await mainMenuLinks(page);
      expect(links).toEqual(expect.arrayContaining(["Oversikt", "Tiltak", "Mål", "Strategier"]));
      if (admin) {
        expect(links).toEqual(expect.arrayContaining(["Brukere", "Innstillinger"]));
      } else {
        expect(links).not.toContain("Brukere");
        expect(links).not.toContain("Innstillinger");
      }
    });
  }

  it("a wrong password shows an error in Norwegian and keeps the e-mail address that was typed", async () => {
    const page = await newPage(browser());
    const { email } = DEMO_USERS.reader;
    await visitLogin(page);

    expect(await submitLoginAndGetStatus(page, { email, password: "feil-passord-123" })).toBe(400);
    await expect.poll(() => alertText(page)).toBe("Feil e-post eller passord.");
    expect(await page.getByLabel("E-post", { exact: true }).inputValue()).toBe(email);
    expect(await headerUserName(page)).toBeNull();
    await expectNoAxeViolations(page);

    // The right password still works afterwards (and clears the failed attempt).
    await submitLogin(page, { email, password: DEMO_PASSWORD });
    await page.waitForURL((current) => current.pathname === "/account");
    await expect.poll(() => headerUserName(page)).toBe(DEMO_USERS.reader.name);
    await expectNoAxeViolations(page);
  });

  it("after five failed attempts for an e-mail address the login is rate limited with a clear message", async () => {
    const page = await newPage(browser());
    // A unique address, so no other test's account is locked.
    const email = `e2e-rate-limit-${randomUUID()}@demo.retning.no`;
    await visitLogin(page);

    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await submitLoginAndGetStatus(page, { email, password: `feil-passord-${attempt}` }), `attempt ${attempt}`).toBe(400);
      await expect.poll(() => alertText(page)).toBe("Feil e-post eller passord.");
    }

    expect(await submitLoginAndGetStatus(page, { email, password: "feil-passord-6" })).toBe(429);
    await expect.poll(() => alertText(page)).toBe("For mange forsøk. Vent litt og prøv igjen.");
    expect(await page.getByLabel("E-post", { exact: true }).inputValue()).toBe(email);
    await expectNoAxeViolations(page);
  });

  it("a user who is not logged in is sent to the login page, and back to where they were going after logging in", async () => {
    const page = await newPage(browser());
    await visit(page, "/account");
    const current = new URL(page.url());
    expect(current.pathname).toBe("/login");
    expect(current.searchParams.get("redirectTo")).toBe("/account");

    await submitLogin(page, { email: DEMO_USERS.coordinator.email, password: DEMO_PASSWORD });
    await page.waitForURL((u) => u.pathname === "/account");
    await expect.poll(() => headerUserName(page)).toBe(DEMO_USERS.coordinator.name);
    await expectNoAxeViolations(page);
  });
});

describe("logging out", () => {
  it("a logged-in user can log out and is then asked to log in again", async () => {
    const page = await newPage(browser());
    await loginAs(page, "contributor");

    await clickAndSettle(page, page.getByRole("banner").getByRole("button", { name: "Logg ut" }));
    await page.waitForURL((u) => u.pathname === "/login");
    await expect.poll(() => headerUserName(page)).toBeNull();
    expect(await page.getByRole("navigation", { name: "Hovedmeny" }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // The session is gone on the server too.
    await visit(page, "/account");
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});
