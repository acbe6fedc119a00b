// Server-level protections, checked with raw HTTP where a browser would not send such a request.
import http from "node:http";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  clickAndSettle,
  csrfTokenOf,
  DEMO_PASSWORD,
  DEMO_USERS,
  expectNoAxeViolations,
  headerUserName,
  loginAs,
  mainText,
  newPage,
  url,
  useBrowser,
  visit,
  visitLogin,
} from "./helpers";

const browser = useBrowser();

const MAX_BODY_BYTES = 1_000_000;

/** Whether a response set a session cookie (better-auth's cookies are named `retning.session_…`). */
function setsSessionCookie(setCookieHeaders: string[]): boolean {
  return setCookieHeaders.some((header) => /^retning[._-]session/i.test(header.trim()));
}

/** POSTs a form with the page's cookies (session and CSRF cookie), without following redirects. */
async function postForm(page: Page, pathname: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await page.request.post(pathname, { form, headers, maxRedirects: 0, failOnStatusCode: false });
  const setCookies = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
  return { status: response.status(), setCookies };
}

/**
 * Sends `size` bytes with chunked transfer encoding (no Content-Length), as a streaming client would, and stops
 * sending as soon as the server answers. Resolves with the status, or with the socket error when the server closed
 * the connection before an answer arrived.
 */
function postChunked(pathname: string, size: number): Promise<{ status: number | null; body: string; error: string | null }> {
  return new Promise((resolve) => {
    const target = new URL(url(pathname));
    let answered = false;
    let settled = false;
    const finish = (result: { status: number | null; body: string; error: string | null }) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const request = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
      },
      (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => finish({ status: response.statusCode ?? null, body, error: null }));
        response.on("error", () => finish({ status: response.statusCode ?? null, body, error: null }));
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (!answered) finish({ status: null, body: "", error: error.code ?? error.message });
    });
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const writeMore = () => {
      while (sent < size && !answered && !request.destroyed) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!request.write(piece)) {
          request.once("drain", writeMore);
          return;
        }
      }
      if (!request.destroyed) request.end();
    };
    writeMore();
  });
}

describe("health check", () => {
  it("GET /health reports that the app and its PGlite database are up", async () => {
    const response = await fetch(url("/health"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "pglite" });
  });
});

describe("security headers", () => {
  it("pages are served with the security headers and without X-Powered-By", async () => {
    const response = await fetch(url("/login"));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });
});

describe("protection against cross-site form posts (CSRF)", () => {
  it("a form post with a missing or wrong CSRF token is rejected with 403, one from another origin is rejected too, and nothing changes", async () => {
    const page = await newPage(browser());
    await loginAs(page, "contributor");
    const token = await csrfTokenOf(page);
    const change = { currentPassword: DEMO_PASSWORD, newPassword: "csrf-nytt-passord-1", confirmPassword: "csrf-nytt-passord-1" };

    expect((await postForm(page, "/account", change)).status, "without a token").toBe(403);
    expect((await postForm(page, "/account", { ...change, _csrf: "x".repeat(token.length) })).status, "with a wrong token").toBe(403);
    // From another origin even the right token does not help. React Router's own origin check answers 400 before
    // the action runs; the app's check in readForm() would answer 403.
    expect([400, 403], "with the right token from another origin").toContain(
      (await postForm(page, "/account", { ...change, _csrf: token }, { Origin: "https://angriper.example" })).status,
    );

    // Nothing was changed: the session still works, and so does the demo password.
    await visit(page, "/account");
    expect(await headerUserName(page)).toBe(DEMO_USERS.contributor.name);
    const check = await newPage(browser());
    await loginAs(check, "contributor");
  });

  it("a login post with a wrong CSRF token is rejected with 403 and does not log in", async () => {
    const page = await newPage(browser());
    await visitLogin(page);
    const token = await csrfTokenOf(page);
    const credentials = { email: DEMO_USERS.reader.email, password: DEMO_PASSWORD, redirectTo: "/account" };

    const forged = await postForm(page, "/login", { ...credentials, _csrf: "y".repeat(token.length) });
    expect(forged.status).toBe(403);
    expect(setsSessionCookie(forged.setCookies)).toBe(false);
    const missing = await postForm(page, "/login", credentials);
    expect(missing.status).toBe(403);
    expect(setsSessionCookie(missing.setCookies)).toBe(false);

    await visit(page, "/account");
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await headerUserName(page)).toBeNull();

    // Control: the same post with the right token logs in (so the checks above would have seen a session cookie).
    const genuine = await postForm(page, "/login", { ...credentials, _csrf: token });
    expect(genuine.status).toBe(302);
    expect(setsSessionCookie(genuine.setCookies)).toBe(true);
    await visit(page, "/account");
    expect(await headerUserName(page)).toBe(DEMO_USERS.reader.name);
  });

  it("a form whose CSRF token was tampered with shows the 'Ingen tilgang' page in Norwegian", async () => {
    const page = await newPage(browser());
    await loginAs(page, "contributor");
    await page.locator('main input[name="_csrf"]').evaluate((input: HTMLInputElement) => {
      input.value = "z".repeat(input.value.length);
    });
    const form = page.locator("main form");
    await form.getByLabel("Nåværende passord", { exact: true }).fill(DEMO_PASSWORD);
    await form.getByLabel("Nytt passord", { exact: true }).fill("tuklet-passord-1");
    await form.getByLabel("Gjenta nytt passord", { exact: true }).fill("tuklet-passord-1");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/account")),
      clickAndSettle(page, form.getByRole("button", { name: "Bytt passord" })),
    ]);
    expect(response.status()).toBe(403);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Ingen tilgang");
    expect(await mainText(page)).toContain("Skjemaet er utløpt eller kom fra et annet nettsted. Last siden på nytt og prøv igjen.");
    await expectNoAxeViolations(page);

    const check = await newPage(browser());
    await loginAs(check, "contributor");
  });
});

describe("request size limit", () => {
  it("a POST with a body over 1 MB is rejected with 413", async () => {
    const response = await fetch(url("/login"), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `email=${"a".repeat(MAX_BODY_BYTES + 1)}`,
    });
    expect(response.status).toBe(413);
  });

  it("a streamed (chunked) POST body over 1 MB is cut off and never reaches the app", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const outcome = await postChunked("/login", MAX_BODY_BYTES + 200_000);
      // server.js answers 413 and then destroys the request, so the client sees either the 413 or, when the reset
      // overtakes the answer, a closed connection. (Had the body reached the app, the answer would be 403.)
      if (outcome.status !== null) {
        expect(outcome.status).toBe(413);
      } else {
        expect(["ECONNRESET", "EPIPE"]).toContain(outcome.error);
      }
    }
    // The server is still fine afterwards.
    expect((await fetch(url("/health"))).status).toBe(200);
  });

  it("a POST body just under the limit is not rejected as too large", async () => {
    const response = await fetch(url("/login"), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `email=${"a".repeat(MAX_BODY_BYTES - 1_000)}`,
    });
    // It reaches the app, which rejects it for the missing CSRF token.
    expect(response.status).toBe(403);
  });
});
