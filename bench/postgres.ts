// PostgreSQL for the benchmark: a server from BENCH_DATABASE_URL, or a throwaway cluster started here.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface PostgresServer {
  /** URL of the maintenance database (postgres) on the server. */
  adminUrl: string;
  /** Where it came from, for the report. */
  source: string;
  /** Stops the cluster if this process started it; otherwise does nothing. */
  stop: () => void;
}

/** The newest /usr/lib/postgresql/<version>/bin with initdb and pg_ctl, or BENCH_PG_BIN. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.BENCH_PG_BIN) candidates.push(process.env.BENCH_PG_BIN);
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    for (const version of readdirSync(root).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(root, version, "bin"));
  }
  return candidates.find((bin) => existsSync(path.join(bin, "initdb")) && existsSync(path.join(bin, "pg_ctl"))) ?? null;
}

function userExists(name: string): boolean {
  return spawnSync("id", ["-u", name], { stdio: "ignore" }).status === 0;
}

/**
 * Starts (and on the first run creates) a throwaway cluster in `dir` listening on 127.0.0.1:`port` with trust
 * authentication. The data directory is kept between runs so the generated dataset is reused; delete `dir` (or pass
 * --fresh) to start over. As root, the cluster runs as the `postgres` user (PostgreSQL refuses to run as root).
 * If a cluster is already running in `dir`, it is used and left running.
 */
export function startThrowawayCluster({ bin, dir, port, log }: { bin: string; dir: string; port: number; log: (m: string) => void }): PostgresServer {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && !userExists("postgres")) throw new Error("Running as root but there is no postgres user to run the cluster as.");
  const run = (cmd: string, args: string[]) => {
    const full = path.join(bin, cmd);
    return isRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", full, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
      : execFileSync(full, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  };
  const dataDir = path.join(dir, "data");
  mkdirSync(dir, { recursive: true });
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`  initdb ${dataDir}`);
    run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  }
  const running =
    spawnSync(
      isRoot ? "runuser" : path.join(bin, "pg_ctl"),
      isRoot ? ["-u", "postgres", "--", path.join(bin, "pg_ctl"), "status", "-D", dataDir] : ["status", "-D", dataDir],
      {
        stdio: "ignore",
      },
    ).status === 0;
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  if (running) {
    log(`  using the cluster already running in ${dataDir} (left running)`);
    return { adminUrl, source: `throwaway cluster ${dataDir} (already running)`, stop: () => {} };
  }
  log(`  pg_ctl start (port ${port})`);
  run("pg_ctl", ["-D", dataDir, "-l", path.join(dir, "server.log"), "-w", "-t", "120", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "start"]);
  return {
    adminUrl,
    source: `throwaway cluster ${dataDir} (port ${port}, PostgreSQL defaults)`,
    stop: () => {
      log("  pg_ctl stop");
      run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
    },
  };
}

/** Creates `name` on the server unless it exists; returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

export async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("show server_version");
    return rows[0]?.server_version ?? "?";
  } finally {
    await client.end();
  }
}

export const DEFAULT_CLUSTER_DIR = path.join(os.tmpdir(), "retning-bench-pg");
