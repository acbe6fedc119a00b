import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { acquireDataDirLock } from "./data-dir-lock.server";

// No relational-query schema is registered: queries name their tables. The tables live in each domain's db.ts.
export type Database = PgDatabase<PgQueryResultHKT>;
export type DatabaseKind = "pglite" | "postgresql";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

const migrationsFolder = path.resolve(process.cwd(), "drizzle");

export function createDatabase(options: { url?: string; dataDir?: string }): DatabaseHandle {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection can be closed by the server (restart, failover, a dropped database). Without a listener
    // pg emits that as an unhandled error and the process dies; the pool replaces the connection by itself.
    pool.on("error", (error) => console.warn(`PostgreSQL connection closed: ${error.message}`));
    const db = drizzleNodePg({ client: pool });
    return {
      db: db as unknown as Database,
      kind: "postgresql",
      migrate: () => migrateNodePg(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  // No dataDir means an in-memory database (used by tests). A data directory belongs to one process at a time.
  const lock = options.dataDir ? acquireDataDirLock({ dataDir: options.dataDir }) : undefined;
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  const db = drizzlePglite({ client });
  return {
    db: db as unknown as Database,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

let current: DatabaseHandle | undefined;

export function setDatabase(handle: DatabaseHandle | undefined) {
  current = handle;
}

export function getDatabase(): DatabaseHandle {
  if (!current) throw new Error("Database is not initialised; call initDatabase() at start-up");
  return current;
}

export function db(): Database {
  return getDatabase().db;
}

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Runs a raw `sql` query on the database (or in a transaction) and returns its rows; PGlite and node-postgres both answer `{ rows }`. */
export async function rowsOf<T>(query: SQL, tx: Database | Transaction = db()): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
