// Shared helpers for the end-to-end tests: the system Chromium via playwright-core, pages that fail the test on
// browser errors, demo logins, and accessibility checks with axe.
//
// Rules for e2e tests (see tests/e2e/README.md):
// - Open pages with `newPage(browser)` inside a test; the page's context is closed when the test ends, and the test
//   fails if the page logged a console error or threw, unless the test allowed it with `allowBrowserErrors`.
// - Check every page you visit with `expectNoAxeViolations(page)` (`visit(page, path)` does goto + check in one).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page, type Response } from "playwright-core";
import { afterAll, beforeAll, expect, inject, onTestFinished } from "vitest";

export type Role = "admin" | "coordinator" | "contributor" | "reader";

export const DEMO_PASSWORD = "demo-passord-2026";

export const DEMO_USERS: Record<Role, { email: string; name: string }> = {
  admin: { email: "admin@demo.retning.no", name: "Ada Admin" },
  coordinator: { email: "koordinator@demo.retning.no", name: "Kari Koordinator" },
  contributor: { email: "bidragsyter@demo.retning.no", name: "Bjørn Bidragsyter" },
  reader: { email: "leser@demo.retning.no", name: "Lise Leser" },
};

/** The server under test (started by tests/e2e/global-setup.ts), without a trailing slash. */
export function baseUrl(): string {
  return inject("baseUrl");
}

/** An absolute URL on the server under test. */
export function url(pathname: string): string {
  return new URL(pathname, `${baseUrl()}/`).toString();
}

// ---------------------------------------------------------------------------------------------------------------
// Browser

function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
    try {
      const found = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  throw new Error("No Chromium found for the e2e tests. Install Debian's `chromium` package (apt-get install chromium) or set CHROME_PATH.");
}

/** Launches the system Chromium (never a downloaded browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** One browser for the test file: launched before its tests, closed after them. Call at the top of a test file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The browser is not running (call useBrowser() at the top level of the test file).");
    return browser;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Pages that fail the test on browser errors

interface PageState {
  messages: Array<{ text: string; url: string }>;
  /** URLs that answered a form post (POST) with 4xx: validation 400, CSRF 403, rate limit 429 … */
  rejectedPosts: Set<string>;
  allowed: RegExp[];
  javaScriptEnabled: boolean;
}

const pageStates = new WeakMap<Page, PageState>();

// Browser errors every page may log. Keep this list empty if at all possible, and give each entry a reason.
const ALWAYS_ALLOWED: RegExp[] = [];

const FAILED_TO_LOAD_4XX = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

export interface NewPageOptions extends BrowserContextOptions {
  /** Browser console errors / page errors matching one of these do not fail the test. */
  allowErrors?: RegExp[];
}

/**
 * Opens a page in a new, isolated browser context (own cookies) with the server's base URL. Must be called inside a
 * test: the context is closed when the test ends, and the test then fails if the page logged a console error or
 * threw an uncaught exception that was not allowed.
 */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<Page> {
  const { allowErrors = [], ...contextOptions } = options;
  const context = await browser.newContext({ baseURL: baseUrl(), locale: "nb-NO", ...contextOptions });
  const page = await context.newPage();
  const state: PageState = {
    messages: [],
    rejectedPosts: new Set(),
    allowed: [...ALWAYS_ALLOWED, ...allowErrors],
    javaScriptEnabled: contextOptions.javaScriptEnabled !== false,
  };
  pageStates.set(page, state);
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const location = message.location().url ?? "";
    state.messages.push({ text: `console.error: ${message.text()}${location ? ` (${location})` : ""}`, url: location });
  });
  page.on("pageerror", (error) => {
    state.messages.push({ text: `uncaught exception: ${error.stack ?? error.message}`, url: "" });
  });
  page.on("response", (response) => {
    if (response.request().method() === "POST" && response.status() >= 400 && response.status() < 500) {
      state.rejectedPosts.add(response.url());
    }
  });
  onTestFinished(async () => {
    await context.close().catch(() => undefined);
    const unexpected = state.messages
      // A form post answered with 4xx is an expected outcome (the form shows the error), but Chromium logs it as
      // "Failed to load resource" (the `.data` request with JavaScript, the document without).
      .filter((m) => !(FAILED_TO_LOAD_4XX.test(m.text.replace(/^console\.error: /, "")) && state.rejectedPosts.has(m.url)))
      .map((m) => m.text)
      .filter((text) => !state.allowed.some((pattern) => pattern.test(text)));
    if (unexpected.length > 0) {
      throw new Error(`The page reported ${unexpected.length} browser error(s):\n- ${unexpected.join("\n- ")}`);
    }
  });
  return page;
}

/** Lets this page log browser errors matching `pattern` without failing the test. */
export function allowBrowserErrors(page: Page, pattern: RegExp) {
  const state = pageStates.get(page);
  if (!state) throw new Error("allowBrowserErrors: the page was not opened with newPage()");
  state.allowed.push(pattern);
}

/** How long to wait for a page to load, hydrate or finish a navigation (the machine may be slow and busy). */
const SETTLE_TIMEOUT_MS = 30_000;

/** What the tests track of a navigation in the page (see `settleAfter`). */
interface NavigationRecord {
  started: boolean;
  finished: boolean;
}

type TestWindow = Window & {
  __reactRouterDataRouter?: {
    state: { initialized: boolean; navigation: { state: string }; revalidation: string };
    subscribe(listener: (state: { navigation: { state: string } }) => void): () => void;
  };
  __e2eNavigation?: NavigationRecord;
};

/**
 * Runs in the page: whether it is loaded, React Router is idle and React has rendered what the router holds.
 *
 * React Router hands a finished navigation to React in a transition (`startTransition`), so for a moment the
 * router is idle while the DOM still shows the previous page; the page is only settled when React has no work
 * pending either (the root's pending lanes, React's own bookkeeping, are empty). With `afterNavigation`, the
 * navigation recorded by `settleAfter` must also have finished, unless the document has been replaced since.
 */
function pageIsSettled(afterNavigation: boolean): boolean {
  const w = window as TestWindow;
  if (document.readyState !== "complete") return false;
  const record = w.__e2eNavigation;
  if (afterNavigation && record !== undefined && !record.finished) return false;
  const router = w.__reactRouterDataRouter;
  if (!router?.state.initialized || router.state.navigation.state !== "idle" || router.state.revalidation !== "idle") return false;
  const key = Object.keys(document).find((name) => name.startsWith("__reactContainer$"));
  const root = key ? (document as unknown as Record<string, { stateNode?: { pendingLanes?: number } } | undefined>)[key]?.stateNode : undefined;
  return root?.pendingLanes === 0;
}

/**
 * Waits until React Router has hydrated the page, has no navigation under way, and React has rendered it all (only
 * meaningful with JavaScript enabled).
 */
export async function waitForHydration(page: Page, timeout = SETTLE_TIMEOUT_MS) {
  await page.waitForFunction(pageIsSettled, false, { timeout });
}

function javaScriptEnabled(page: Page): boolean {
  return pageStates.get(page)?.javaScriptEnabled ?? true;
}

export interface VisitOptions {
  /** The HTTP status the page should answer with (default: any status below 400). */
  status?: number;
}

/** Navigates to `pathname`, checks the status, waits for hydration (with JS), and checks the page with axe. */
export async function visit(page: Page, pathname: string, options: VisitOptions = {}): Promise<Response> {
  const response = await page.goto(pathname);
  if (!response) throw new Error(`No response for ${pathname}`);
  if (options.status !== undefined) {
    expect(response.status(), `status of ${pathname}`).toBe(options.status);
  } else {
    expect(response.status(), `status of ${pathname}`).toBeLessThan(400);
  }
  await settle(page);
  await expectNoAxeViolations(page);
  return response;
}

/** Waits until the page is loaded and, when JavaScript runs, hydrated. */
export async function settle(page: Page) {
  await page.waitForLoadState("load");
  if (javaScriptEnabled(page)) await waitForHydration(page);
}

export interface SettleOptions {
  /** How long the navigation may take (default 30 s). */
  timeout?: number;
}

/**
 * Runs `action` (a click, a key press …) that submits a form or follows a link, and waits until the resulting page
 * is there: without JavaScript the next page load; with JavaScript the React Router navigation the action started
 * has finished and React has rendered its result (or, if the action loaded a new document, that document is
 * hydrated). Reading the page right afterwards never sees the previous page.
 */
export async function settleAfter(page: Page, action: () => Promise<unknown>, options: SettleOptions = {}) {
  const timeout = options.timeout ?? SETTLE_TIMEOUT_MS;
  if (!javaScriptEnabled(page)) {
    // Without JavaScript the action makes a full page load (after any redirects).
    await Promise.all([page.waitForEvent("load", { timeout }), action()]);
    return;
  }
  await page.evaluate(() => {
    const w = window as TestWindow;
    const router = w.__reactRouterDataRouter;
    if (!router) throw new Error("settleAfter: React Router is not running on this page");
    const record: NavigationRecord = { started: false, finished: false };
    w.__e2eNavigation = record;
    const unsubscribe = router.subscribe((state) => {
      if (state.navigation.state !== "idle") {
        record.started = true;
      } else if (record.started) {
        record.finished = true;
        unsubscribe();
      }
    });
  });
  await action();
  await page.waitForFunction(pageIsSettled, true, { timeout });
}

/**
 * Clicks something that submits a form or follows a link and waits until the resulting page is there (see
 * `settleAfter`). Works with and without JavaScript.
 */
export async function clickAndSettle(page: Page, target: Locator, options: SettleOptions = {}) {
  await settleAfter(page, () => target.click(), options);
}

// ---------------------------------------------------------------------------------------------------------------
// Logging in

export interface LoginOptions {
  /** Where to land after logging in (default /account, which exists for every role). */
  redirectTo?: string;
  /** Another password than the demo one (e.g. after changing it). */
  password?: string;
}

/**
 * Fills in the login form on the current page, submits it and waits for the resulting page (no assertion on the
 * outcome). Works with and without JavaScript.
 */
export async function submitLogin(page: Page, { email, password }: { email: string; password: string }) {
  const form = page.locator("main form");
  await form.getByLabel("E-post", { exact: true }).fill(email);
  await form.getByLabel("Passord", { exact: true }).fill(password);
  await clickAndSettle(page, form.getByRole("button", { name: "Logg inn", exact: true }));
}

/** The login page with a destination after login (checked with axe). */
export async function visitLogin(page: Page, redirectTo = "/account") {
  return visit(page, `/login?redirectTo=${encodeURIComponent(redirectTo)}`);
}

/**
 * Logs in as a demo user through the login form and waits for the destination page (default /account, which every
 * role can open), then checks that the header shows the user's name. Both pages are checked with axe.
 */
export async function loginAs(page: Page, role: Role, options: LoginOptions = {}) {
  const redirectTo = options.redirectTo ?? "/account";
  const user = DEMO_USERS[role];
  await visitLogin(page, redirectTo);
  await submitLogin(page, { email: user.email, password: options.password ?? DEMO_PASSWORD });
  const target = new URL(url(redirectTo)).pathname;
  await page.waitForURL((current) => current.pathname === target, { timeout: 15_000 });
  await settle(page);
  await expect.poll(() => headerUserName(page)).toBe(user.name);
  await expectNoAxeViolations(page);
}

/** Submits the login form and returns the status of the POST (the single-fetch `.data` request with JavaScript). */
export async function submitLoginAndGetStatus(page: Page, credentials: { email: string; password: string }): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/login")),
    submitLogin(page, credentials),
  ]);
  return response.status();
}

/** The texts of the main menu's links (empty when there is no main menu). */
export async function mainMenuLinks(page: Page): Promise<string[]> {
  const menu = page.getByRole("navigation", { name: /^(Hovedmeny|Hovudmeny)$/ });
  return (await menu.getByRole("link").allTextContents()).map((text) => text.trim());
}

/** The text of the page's alerts (role="alert"), joined. */
export async function alertText(page: Page): Promise<string> {
  return (await page.getByRole("alert").allTextContents()).join(" ").trim();
}

/** The text of the page's <main>, with runs of white space collapsed. */
export async function mainText(page: Page): Promise<string> {
  return ((await page.locator("main").first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** The signed-in user's name as the header shows it (a link to /account), or null when nobody is signed in. */
export async function headerUserName(page: Page): Promise<string | null> {
  const link = page.getByRole("banner").locator('a[href="/account"]');
  if ((await link.count()) === 0) return null;
  return (await link.first().textContent())?.trim() ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Accessibility

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeOptions {
  /** Rule ids to skip, each with a reason in a comment at the call site. */
  disableRules?: string[];
  /** CSS selectors to leave out of the check. */
  exclude?: string[];
}

export interface AxeViolationSummary {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
  failureSummaries: string[];
}

/**
 * The serious and critical axe violations (WCAG 2.0/2.1 A and AA) on the current page.
 *
 * axe needs timers, which do not run in a page with JavaScript disabled; such a page is checked as a snapshot: its
 * current HTML, without scripts, is served at the same URL to a scratch page with JavaScript on (styles still load
 * from the server, so contrast is checked too).
 */
export async function seriousAxeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolationSummary[]> {
  if (javaScriptEnabled(page)) return runAxe(page, options);
  const address = page.url();
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser();
  if (!browser) throw new Error("seriousAxeViolations: the page has no browser");
  const context = await browser.newContext({ baseURL: baseUrl(), locale: "nb-NO" });
  try {
    const snapshot = await context.newPage();
    await snapshot.route(
      (candidate) => candidate.href === address,
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await snapshot.goto(address);
    await snapshot.waitForLoadState("load");
    return await runAxe(snapshot, options);
  } finally {
    await context.close();
  }
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the current page and fails on serious or critical violations. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}) {
  const violations = await seriousAxeViolations(page, options);
  if (violations.length === 0) return;
  const report = violations
    .map((violation) => {
      const targets = violation.targets
        .slice(0, 10)
        .map((target, i) => {
          const summary = violation.failureSummaries[i];
          return `    - ${target}${summary ? `\n      ${summary.replaceAll("\n", "\n      ")}` : ""}`;
        })
        .join("\n");
      const more = violation.targets.length > 10 ? `\n    … and ${violation.targets.length - 10} more` : "";
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${targets}${more}`;
    })
    .join("\n");
  const where = javaScriptEnabled(page) ? page.url() : `${page.url()} (without JavaScript)`;
  throw new Error(`Accessibility violations on ${where}:\n${report}`);
}

async function runAxe(page: Page, options: AxeOptions): Promise<AxeViolationSummary[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: String(v.impact),
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((node) => node.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))).join(" ")),
      failureSummaries: v.nodes.map((node) => node.failureSummary ?? ""),
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// Raw HTTP (for checks a browser cannot make, e.g. a forged form post)

/** The CSRF token the page's form carries (from the hidden `_csrf` field). */
export async function csrfTokenOf(page: Page): Promise<string> {
  const token = await page.locator('input[name="_csrf"]').first().inputValue();
  expect(token.length).toBeGreaterThanOrEqual(32);
  return token;
}
