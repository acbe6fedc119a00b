// Starts the production server (`node server.js`) once for all end-to-end tests, on a free port with a fresh
// PGlite data directory and the demo data, and stops it afterwards. The app must already be built
// (`npm test` runs `react-router build` before Vitest).
//
// The server runs from a snapshot of the build: server.js, package.json, build/ and drizzle/ are copied to a
// temporary directory (node_modules is linked), so a rebuild in the work tree during the run (another engineer's
// `npm test`, say) cannot pull assets away from under the running server.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the server under test listens, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");
const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 90_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not find a free port"));
      });
    });
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (exited(child)) {
      throw new Error(`The e2e server exited (code ${child.exitCode}, signal ${child.signalCode}) before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
      lastError = new Error(`GET /health answered ${response.status}: ${await response.text()}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The e2e server did not answer GET /health within ${START_TIMEOUT_MS / 1000} s (${String(lastError)}):\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Groups stderr into entries (a line plus its indented continuation, e.g. a stack trace) and counts repeats. */
function summarizeStderr(text: string): string {
  const entries: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\s/.test(line) && entries.length > 0) entries[entries.length - 1] += `\n${line}`;
    else if (line.trim()) entries.push(line);
  }
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry, (counts.get(entry) ?? 0) + 1);
  return [...counts].map(([entry, count]) => (count > 1 ? `(${count}×) ${entry}` : entry)).join("\n");
}

export default async function setup(project: TestProject) {
  // A build running in the same work tree replaces build/; give it a moment before giving up.
  const buildEntry = path.join(root, "build/server/index.js");
  for (let waited = 0; !existsSync(buildEntry) && waited < 30_000; waited += 1_000) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  if (!existsSync(buildEntry)) {
    throw new Error("The app is not built: run `npm run build` (or `npm test`, which builds) before the e2e tests.");
  }
  const tempRoot = mkdtempSync(path.join(os.tmpdir(), "retning-e2e-"));
  const appDir = path.join(tempRoot, "app");
  const dataDir = path.join(tempRoot, "data");
  mkdirSync(appDir);
  mkdirSync(dataDir);
  for (const entry of ["server.js", "package.json", "build", "drizzle"]) {
    cpSync(path.join(root, entry), path.join(appDir, entry), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(appDir, "node_modules"), "dir");
  const port = await freePort();
  const baseUrl = `http://${HOST}:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    HOST,
    PORT: String(port),
    APP_URL: baseUrl,
    DATA_DIR: dataDir,
    DEMO: "1",
    SESSION_SECRET: "e2e-session-secret-e2e-session-secret-0123456789",
    LOGIN_MAX_ATTEMPTS: "5",
    LOGIN_WINDOW_MINUTES: "15",
    MAX_BODY_BYTES: "1000000",
  };
  // The end-to-end tests always run on a fresh PGlite database, whatever the surrounding shell has set.
  delete env.DATABASE_URL;
  // Vitest adds these (its own flags and Vite's import.meta.env values) to process.env; the server is a plain
  // production process and must not see them.
  for (const name of ["VITEST", "VITEST_MODE", "VITEST_POOL_ID", "VITEST_WORKER_ID", "TEST", "BASE_URL", "MODE", "DEV", "PROD", "SSR"]) {
    delete env[name];
  }

  const stdout: string[] = [];
  const stderr: string[] = [];
  const child = spawn(process.execPath, ["server.js"], { cwd: appDir, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => stdout.push(chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => stderr.push(chunk));
  // If Vitest dies without running the teardown, don't leave the server behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  const output = () => `--- stdout ---\n${stdout.join("")}\n--- stderr ---\n${stderr.join("")}`;

  const cleanUp = async () => {
    await stop(child);
    // Unlink the node_modules link first, so removing the snapshot can never reach the real node_modules.
    rmSync(path.join(appDir, "node_modules"), { force: true });
    rmSync(tempRoot, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, output);
  } catch (error) {
    await cleanUp();
    throw error;
  }

  project.provide("baseUrl", baseUrl);

  return async () => {
    const diedEarly = exited(child);
    await cleanUp();
    if (diedEarly) {
      console.warn(`[e2e] The server stopped during the tests (code ${child.exitCode}, signal ${child.signalCode}).`);
    }
    const errors = summarizeStderr(stderr.join(""));
    if (errors) {
      console.warn(`[e2e] The server wrote to stderr during the tests:\n${errors}`);
    }
  };
}
