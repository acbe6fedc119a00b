import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { commands } from "./index.server";

const run = promisify(execFile);

type Failure = { code: number; stdout: string; stderr: string };
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: Failure) => error,
  );

/** Resolves when `child` prints "ready"; rejects when it exits first or after `ms`. */
function waitForReady(child: ChildProcess, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`not ready after ${ms} ms: ${output}`)), ms);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready\n")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before it was ready: ${output}`));
    });
  });
}

/** Sends SIGTERM and resolves with the exit code; SIGKILL after `ms`. */
function stop(child: ChildProcess, ms: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill("SIGTERM");
  });
}

describe("CLI registry", () => {
  it("has the commands, with unique names and descriptions", () => {
    const names = commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["municipality:create", "user:create", "token:create", "demo:load"]));
    expect(new Set(names).size).toBe(names.length);
    for (const command of commands) {
      expect(command.name).toMatch(/^[a-z]+:[a-z-]+$/);
      expect(command.description.length).toBeGreaterThan(0);
      expect(Object.keys(command.options)).not.toContain("json");
    }
  });

  // One real process: the same start-up as the server (migrations, no demo data) and a clean exit.
  it("runs as a process against a fresh data directory", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "retning-cli-"));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", DEMO: "1" };
    const tsx = path.resolve("node_modules/.bin/tsx");
    try {
      const created = await run(tsx, ["app/cli/index.server.ts", "municipality:create", "--code", "3001", "--name", "Halden", "--json"], { env });
      expect(JSON.parse(created.stdout)).toMatchObject({ municipality: { code: "3001", name: "Halden" } });
      expect(created.stderr).toBe("");
      // The CLI did not load the demo municipality although DEMO=1.
      const failed = await run(tsx, ["app/cli/index.server.ts", "token:create", "--municipality", "3401", "--role", "reader", "--json"], { env }).then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stdout).toBe("");
      expect(JSON.parse(failed?.stderr ?? "")).toEqual({ error: { code: "not_found", message: "No municipality with number 3401." } });
      const token = await run(tsx, ["app/cli/index.server.ts", "token:create", "--municipality", "3001", "--role", "reader", "--json"], { env });
      expect(token.stdout).toMatch(/^\{"token":"rtn_[A-Za-z0-9_-]+"\}\n$/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  // A server holds the PGlite data directory: the CLI refuses to open it, and writes nothing.
  it("refuses to run against a data directory another process holds", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "retning-cli-lock-"));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", DEMO: "0" };
    const tsx = path.resolve("node_modules/.bin/tsx");
    const cli = (...args: string[]) => run(tsx, ["app/cli/index.server.ts", ...args], { env, timeout: 120_000 });
    let holder: ChildProcess | undefined;
    try {
      await cli("municipality:create", "--code", "3003", "--name", "Sarpsborg", "--json");
      holder = spawn(tsx, ["tests/setup/hold-data-dir.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
      await waitForReady(holder, 120_000);
      // tsx runs the script in a child process: the lock holds that process's PID.
      const holderPid = Number(readFileSync(path.join(dataDir, "pglite.lock"), "utf8"));
      expect(holderPid).toBeGreaterThan(0);

      const refused = await failureOf(cli("municipality:create", "--code", "3001", "--name", "Halden", "--json"));
      expect(refused?.code).toBe(1);
      expect(refused?.stdout).toBe("");
      const message = JSON.parse(refused?.stderr ?? "") as { error: { code: string; message: string } };
      expect(message.error.code).toBe("conflict");
      expect(message.error.message).toBe(
        `Retning kjører allerede på denne datamappen (PID ${holderPid}). Stopp serveren, eller bruk PostgreSQL (DATABASE_URL).`,
      );
      const text = await failureOf(cli("token:create", "--municipality", "3003", "--role", "reader"));
      expect(text?.code).toBe(1);
      expect(text?.stderr).toMatch(/^Error: Retning kjører allerede på denne datamappen \(PID \d+\)\./);

      // SIGTERM: the holder shuts down and releases the lock; its data is as it was.
      expect(await stop(holder, 30_000)).toBe(0);
      expect(existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);
      const missing = await failureOf(cli("token:create", "--municipality", "3001", "--role", "reader", "--json"));
      expect(JSON.parse(missing?.stderr ?? "")).toEqual({ error: { code: "not_found", message: "No municipality with number 3001." } });
      const token = await cli("token:create", "--municipality", "3003", "--role", "reader", "--json");
      expect(token.stdout).toMatch(/^\{"token":"rtn_/);
    } finally {
      if (holder) await stop(holder, 10_000);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
