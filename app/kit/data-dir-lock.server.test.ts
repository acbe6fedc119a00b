import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock } from "./data-dir-lock.server";
import { createDatabase } from "./db.server";
import { isAppError } from "./errors";

let root: string;
let dataDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "retning-lock-"));
  dataDir = path.join(root, "pglite");
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function refusal(action: () => unknown) {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected the lock to be refused");
}

/** The PID of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8", timeout: 10_000 });
  return Number(child.stdout);
}

describe("acquireDataDirLock", () => {
  it("creates a lock file next to the directory holding the PID, refuses a second lock and releases", () => {
    const lock = acquireDataDirLock({ dataDir });
    expect(lock.file).toBe(path.join(root, "pglite.lock"));
    expect(readFileSync(lock.file, "utf8")).toBe(`${process.pid}\n`);

    const error = refusal(() => acquireDataDirLock({ dataDir }));
    expect(isAppError(error) && error.code).toBe("conflict");
    expect(isAppError(error) && error.messageRef).toEqual({ key: "error.dataDirLocked", params: { pid: process.pid } });
    expect((error as Error).message).toBe(
      `Retning kjører allerede på denne datamappen (PID ${process.pid}). Stopp serveren, eller bruk PostgreSQL (DATABASE_URL).`,
    );

    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lock.release(); // a second release does nothing
    acquireDataDirLock({ dataDir }).release();
  });

  it("refuses a lock held by another running process, naming its PID, and leaves the file alone", () => {
    const file = path.join(root, "pglite.lock");
    writeFileSync(file, `${process.ppid}\n`);
    const error = refusal(() => acquireDataDirLock({ dataDir }));
    expect(isAppError(error) && error.messageRef?.params).toEqual({ pid: process.ppid });
    expect(readFileSync(file, "utf8")).toBe(`${process.ppid}\n`);
  });

  it("takes over a stale lock: a PID that no longer runs, no PID, or our own PID left by an earlier process", () => {
    const file = path.join(root, "pglite.lock");
    for (const content of [`${deadPid()}\n`, "", `${process.pid}\n`]) {
      writeFileSync(file, content);
      const lock = acquireDataDirLock({ dataDir });
      expect(readFileSync(file, "utf8")).toBe(`${process.pid}\n`);
      lock.release();
      expect(existsSync(file)).toBe(false);
    }
  });

  it("is taken by a PGlite database on a data directory until it is closed; an in-memory database takes none", async () => {
    const handle = createDatabase({ dataDir });
    try {
      expect(existsSync(path.join(root, "pglite.lock"))).toBe(true);
      expect(() => createDatabase({ dataDir })).toThrow(/PID/);
      await handle.migrate();
    } finally {
      await handle.close();
    }
    expect(existsSync(path.join(root, "pglite.lock"))).toBe(false);

    const memory = createDatabase({});
    await memory.close();
  }, 120_000);
});
