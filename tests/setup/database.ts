import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createDatabase, type DatabaseHandle, setDatabase } from "~/kit/db.server";

/**
 * Gives the test file a fresh, migrated database: in-memory PGlite by default,
 * or a new database on the PostgreSQL server in DATABASE_URL.
 */
export function useTestDatabase(): { handle: () => DatabaseHandle } {
  let handle: DatabaseHandle | undefined;
  let dropName: string | null = null;
  const serverUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    process.env.SESSION_SECRET ??= "test-secret-test-secret-test-secret-0123";
    if (serverUrl) {
      dropName = `retning_test_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${dropName}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${dropName}`;
      handle = createDatabase({ url: url.toString() });
    } else {
      handle = createDatabase({});
    }
    await handle.migrate();
    setDatabase(handle);
  });

  afterAll(async () => {
    setDatabase(undefined);
    await handle?.close();
    if (serverUrl && dropName) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dropName} with (force)`);
      await admin.end();
    }
  });

  return {
    handle: () => {
      if (!handle) throw new Error("database not ready");
      return handle;
    },
  };
}
