import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { AppError } from "./errors";
import { translate } from "./i18n";

/**
 * An exclusive lock on an embedded (PGlite) data directory: two processes writing one directory can corrupt it or
 * lose writes. The lock is a file next to the directory (`DATA_DIR/pglite` → `DATA_DIR/pglite.lock`, so the database's
 * own files stay untouched) that holds the PID of its owner. It is created atomically; a lock whose PID no longer
 * runs is taken over.
 */
export interface DataDirLock {
  file: string;
  release: () => void;
}

const LOCKED_MESSAGE = "error.dataDirLocked";
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/** The lock files this process holds. */
const held = new Set<string>();

function readHolder(file: string): { pid: number | null; raw: string } | undefined {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const pid = Number(raw.trim());
  return { pid: Number.isInteger(pid) && pid > 0 ? pid : null, raw };
}

function isRunning(pid: number, file: string): boolean {
  // Our own PID in a lock we do not hold was left by an earlier process (a container restarts with the same PID).
  if (pid === process.pid) return held.has(file);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process runs under another user.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

function lockedError(pid: number, file: string): AppError {
  return new AppError("conflict", {
    message: translate("nb", LOCKED_MESSAGE, { pid }),
    messageRef: { key: LOCKED_MESSAGE, params: { pid } },
    details: { pid, file },
  });
}

function releaseFile(file: string) {
  if (!held.delete(file)) return;
  // Remove the file only while it is still ours.
  if (readHolder(file)?.pid === process.pid) unlinkSync(file);
  if (held.size === 0) removeExitHandlers();
}

function releaseAll() {
  for (const file of [...held]) releaseFile(file);
}

/**
 * On SIGINT/SIGTERM: when something else listens (the server shuts down and closes the database, which releases the
 * lock), leave it to that; alone, release the lock and die of the signal as the process would have without us.
 */
function onSignal(signal: NodeJS.Signals) {
  if (process.listenerCount(signal) > 1) return;
  releaseAll();
  removeExitHandlers();
  process.kill(process.pid, signal);
}

function installExitHandlers() {
  process.on("exit", releaseAll);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function removeExitHandlers() {
  process.off("exit", releaseAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the lock on `dataDir` or throws an AppError ("conflict", with the holder's PID) that explains what to do.
 * Released by `release()`, and on exit or SIGINT/SIGTERM.
 */
export function acquireDataDirLock({ dataDir }: { dataDir: string }): DataDirLock {
  const resolved = path.resolve(dataDir);
  const file = `${resolved}.lock`;
  mkdirSync(path.dirname(resolved), { recursive: true });
  // A few rounds: a stale lock is removed, and another process may create the file again before we do.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (held.has(file)) throw lockedError(process.pid, file);
    if (tryCreate(file)) {
      if (held.size === 0) installExitHandlers();
      held.add(file);
      return { file, release: () => releaseFile(file) };
    }
    const holder = readHolder(file);
    if (!holder) continue; // released in the meantime
    // A file without a PID was left by a process that died between creating and writing it.
    if (holder.pid !== null && isRunning(holder.pid, file)) throw lockedError(holder.pid, file);
    // Stale: remove it unless it changed since we read it, then try again.
    if (readHolder(file)?.raw === holder.raw) {
      try {
        unlinkSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
  }
  const holder = readHolder(file);
  throw lockedError(holder?.pid ?? 0, file);
}
