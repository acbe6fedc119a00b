// The demo users are shared by all e2e tests. The test that changes a password changes it back at the end, and
// restores it in a fresh browser context if the test fails half-way.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  alertText,
  clickAndSettle,
  DEMO_PASSWORD,
  DEMO_USERS,
  expectNoAxeViolations,
  headerUserName,
  loginAs,
  mainText,
  newPage,
  submitLogin,
  submitLoginAndGetStatus,
  useBrowser,
  visit,
  visitLogin,
} from "./helpers";

const browser = useBrowser();

async function changePassword(page: Page, fields: { current: string; next: string; confirm?: string }) {
  const form = page.locator("main form");
  await form.getByLabel("Nåværende passord", { exact: true }).fill(fields.current);
  await form.getByLabel("Nytt passord", { exact: true }).fill(fields.next);
  await form.getByLabel("Gjenta nytt passord", { exact: true }).fill(fields.confirm ?? fields.next);
  await clickAndSettle(page, form.getByRole("button", { name: "Bytt passord" }));
}

async function statusText(page: Page): Promise<string> {
  return (await page.locator("main").getByRole("status").allTextContents()).join(" ").trim();
}

describe("changing the password", () => {
  it("a user can change their password; the old one stops working and their other sessions are logged out", async () => {
    const user = DEMO_USERS.contributor;
    const newPassword = "e2e-nytt-passord-2026";

    const otherSession = await newPage(browser());
    await loginAs(otherSession, "contributor");

    const page = await newPage(browser());
    await loginAs(page, "contributor");

    let changed = false;
    let restored = false;
    try {
      // Set before the post: if the test fails while the post is on its way, the password may already be changed.
      changed = true;
      await changePassword(page, { current: DEMO_PASSWORD, next: newPassword });
      await expect.poll(() => statusText(page)).toBe("Passordet er endret. Andre økter er logget ut.");
      // This session goes on.
      expect(await headerUserName(page)).toBe(user.name);
      await expectNoAxeViolations(page);

      // The other session is logged out.
      await visit(otherSession, "/account");
      expect(new URL(otherSession.url()).pathname).toBe("/login");

      // The old password no longer works; the new one does.
      const fresh = await newPage(browser());
      await visitLogin(fresh);
      expect(await submitLoginAndGetStatus(fresh, { email: user.email, password: DEMO_PASSWORD })).toBe(400);
      await expect.poll(() => alertText(fresh)).toBe("Feil e-post eller passord.");
      await submitLogin(fresh, { email: user.email, password: newPassword });
      await fresh.waitForURL((u) => u.pathname === "/account");
      await expect.poll(() => headerUserName(fresh)).toBe(user.name);
      await expectNoAxeViolations(fresh);

      // Change it back, for the other tests.
      await changePassword(fresh, { current: newPassword, next: DEMO_PASSWORD });
      await expect.poll(() => statusText(fresh)).toBe("Passordet er endret. Andre økter er logget ut.");
      restored = true;
    } finally {
      if (changed && !restored) {
        // The test failed after the change: put the demo password back so the other tests can still log in.
        try {
          const rescue = await newPage(browser());
          await loginAs(rescue, "contributor", { password: newPassword });
          await changePassword(rescue, { current: newPassword, next: DEMO_PASSWORD });
          await expect.poll(() => statusText(rescue)).toBe("Passordet er endret. Andre økter er logget ut.");
        } catch (error) {
          console.warn(`Could not restore the contributor's demo password: ${String(error)}`);
        }
      }
    }

    const check = await newPage(browser());
    await loginAs(check, "contributor");
  });

  it("a wrong current password, a too short new password and a mistyped confirmation are shown as errors, and nothing changes", async () => {
    const page = await newPage(browser());
    await loginAs(page, "coordinator");

    await changePassword(page, { current: "feil-passord-123", next: "nytt-passord-1234" });
    await expect.poll(() => mainText(page)).toContain("Nåværende passord er feil.");
    expect(await mainText(page)).toContain("Skjemaet har feil som må rettes");
    expect(await page.getByLabel("Nåværende passord", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await statusText(page)).toBe("");
    await expectNoAxeViolations(page);

    await changePassword(page, { current: DEMO_PASSWORD, next: "kort" });
    await expect.poll(() => mainText(page)).toContain("Passordet må være minst 10 tegn.");
    await expectNoAxeViolations(page);

    await changePassword(page, { current: DEMO_PASSWORD, next: "nytt-passord-1234", confirm: "annet-passord-1234" });
    await expect.poll(() => mainText(page)).toContain("Passordene er ikke like.");
    expect(await statusText(page)).toBe("");
    await expectNoAxeViolations(page);

    // Still logged in, and the demo password still works.
    expect(await headerUserName(page)).toBe(DEMO_USERS.coordinator.name);
    const check = await newPage(browser());
    await loginAs(check, "coordinator");
  });
});
