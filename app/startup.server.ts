import path from "node:path";
import { getConfig } from "./config.server";
import { createDatabase, getDatabase, setDatabase } from "./db/client.server";
import { loadDemoData } from "./modules/demo/demo.server";
import { countMunicipalities } from "./modules/tenancy/queries.server";

let started: Promise<void> | undefined;

async function run() {
  const config = getConfig();
  const handle = createDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: path.join(config.dataDir, "pglite") },
  );
  setDatabase(handle);
  await handle.migrate();
  if (config.DEMO === "1" && (await countMunicipalities()) === 0) {
    await loadDemoData();
    console.info("Loaded demo data (set DEMO=0 to start empty).");
  }
  console.info(`Database: ${handle.kind}`);
}

/** Connects to the database, applies migrations and loads demo data on first start. */
export function startup(): Promise<void> {
  started ??= run();
  return started;
}

export function databaseKind() {
  return getDatabase().kind;
}
