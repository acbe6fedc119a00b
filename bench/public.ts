// `npm run bench:public`: the public plan page and its open data for one municipality with a 300-measure published
// plan (every measure published, with costs shown and a published status update each). Times GET /kommune/<nr> (the
// first page of 50 measures), GET /kommune/<nr>?all=1 (all 300) and GET /api/v1/public/<nr>/plan over HTTP against the
// production server on PGlite. Target: p95 < 100 ms.
// Writes bench/results/public-<YYYY-MM-DD>.json. A benchmark, not a test: nothing here asserts timings.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { createDatabase, db, setDatabase } from "~/kit/db.server";
import { generateNationalData, municipalityCodes } from "~/domains/demo/generate.server";
import { closeHttpAgent, findFreePort, httpGet, type Stats, startServer, timeLoop } from "./lib";

const ROOT = path.resolve(import.meta.dirname, "..");
const TARGET_P95_MS = 100;

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    measures: { type: "string" },
    warmup: { type: "string" },
    requests: { type: "string" },
    "no-build": { type: "boolean" },
  },
});

const intFlag = (raw: string | undefined, fallback: number) => {
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive integer, got ${raw}`);
  return n;
};
const measures = intFlag(flags.measures, 300);
const limits = { warmup: intFlag(flags.warmup, 10), requests: intFlag(flags.requests, 100), maxSeconds: 30 };
const log = (line: string) => console.info(line);

/** One municipality with `measures` measures, all published with a published status update; public plan on, costs shown. */
async function prepare(dataDir: string): Promise<string> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const handle = createDatabase({ dataDir: path.join(dataDir, "pglite") });
  setDatabase(handle);
  try {
    await handle.migrate();
    await generateNationalData({ municipalities: 1, measuresPerMunicipality: measures });
    const [code] = municipalityCodes(1);
    await db().execute(sql`update municipality set public_plan_enabled = true, public_show_costs = true where code = ${code}`);
    await db().execute(sql`update measure set published = true`);
    await db().execute(sql`
      insert into status_update (municipality_id, measure_id, period_label, overall, progress_percent, internal_comment, published_at)
      select m.municipality_id, m.id, 'Januar 2026', (array['green','yellow','red'])[1 + (row_number() over (order by m.code)) % 3],
        ((row_number() over (order by m.code)) * 7) % 101, 'Intern kommentar', now()
      from measure m`);
    return code;
  } finally {
    setDatabase(undefined);
    await handle.close();
  }
}

async function main() {
  if (!flags["no-build"]) {
    log("Building (react-router build) …");
    const build = spawnSync("npx", ["react-router", "build"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) throw new Error("react-router build failed");
  } else if (!existsSync(path.join(ROOT, "build/server/index.js"))) {
    throw new Error("There is no production build and --no-build was given; run npm run build.");
  }
  // The server's DATA_DIR; the database is its pglite/ subdirectory.
  const dataDir = path.join(ROOT, "bench", ".cache", `public-${measures}`);
  log(`Generating one municipality with ${measures} published measures …`);
  const code = await prepare(dataDir);

  const port = await findFreePort(3251, 3259);
  const server = await startServer({
    cwd: ROOT,
    port,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DEMO: "0",
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      SESSION_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    },
  });
  const results: Record<string, Stats & { bytes: number }> = {};
  try {
    // The page lists 50 measures per page; ?all=1 (also the print view) lists all of them.
    const scenarios = { page: `/kommune/${code}`, pageAll: `/kommune/${code}?all=1`, json: `/api/v1/public/${code}/plan` };
    for (const [name, pathname] of Object.entries(scenarios)) {
      const { stats, last } = await timeLoop(limits, () =>
        httpGet(`${server.baseUrl}${pathname}`, { Accept: name === "json" ? "application/json" : "text/html" }),
      );
      if (last.status !== 200) throw new Error(`GET ${pathname} answered ${last.status}`);
      if (name === "json") {
        const count = (JSON.parse(last.body) as { measures: unknown[] }).measures.length;
        if (count !== measures) throw new Error(`open data has ${count} measures, expected ${measures}`);
      }
      results[name] = { ...stats, bytes: last.bytes };
      log(
        `  GET ${pathname}: p50 ${stats.p50} ms, p95 ${stats.p95} ms, max ${stats.max} ms (${stats.count} requests, ${last.bytes} bytes) ${stats.p95 < TARGET_P95_MS ? "✓" : "✗"} target p95 < ${TARGET_P95_MS} ms`,
      );
    }
  } finally {
    await server.stop();
    closeHttpAgent();
  }
  const date = new Date().toISOString().slice(0, 10);
  const file = path.join(ROOT, "bench", "results", `public-${date}.json`);
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  writeFileSync(file, `${JSON.stringify({ date, measures, database: "pglite", targetP95Ms: TARGET_P95_MS, limits, machine, results }, null, 2)}\n`);
  log(`Results written to ${path.relative(ROOT, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
