import { mkdirSync } from "node:fs";
import path from "node:path";
import { getConfig } from "~/kit/config.server";
import { createDatabase, getDatabase, setDatabase } from "~/kit/db.server";
// The registry installs the message catalogue (the CLI translates its messages too).
import "~/domains";
import { loadDemoData } from "~/domains/demo/index.server";
import { countMunicipalities } from "~/domains/tenancy/index.server";

export interface StartupOptions {
  /** Load demo data into an empty database when DEMO=1 (the default). The CLI passes false. */
  loadDemo?: boolean;
  /** Where start-up messages go; defaults to console.info. */
  log?: (message: string) => void;
}

let started: Promise<void> | undefined;

async function run({ loadDemo = true, log = (message: string) => console.info(message) }: StartupOptions) {
  const config = getConfig();
  if (!config.DATABASE_URL) mkdirSync(config.dataDir, { recursive: true });
  const handle = createDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: path.join(config.dataDir, "pglite") });
  setDatabase(handle);
  await handle.migrate();
  if (loadDemo && config.DEMO === "1" && (await countMunicipalities()) === 0) {
    await loadDemoData();
    log("Loaded demo data (set DEMO=0 to start empty).");
  }
  log(`Database: ${handle.kind}`);
}

/**
 * Connects to the database, applies migrations and (for the server) loads demo data on first start.
 * Runs once per process; the options of the first call apply.
 */
export function startup(options: StartupOptions = {}): Promise<void> {
  started ??= run(options);
  return started;
}

/** Closes the database so PGlite flushes everything to disk before the process exits. */
export async function shutdown(): Promise<void> {
  if (!started) return;
  await started.catch(() => undefined);
  await getDatabase().close();
  started = undefined;
}
