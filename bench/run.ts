// `npm run bench`: national-scale portfolio benchmark on PGlite and PostgreSQL. See bench/README.md.
//
// For each database: prepare (or reuse) the generated dataset, time the portfolio queries in-process with
// listMeasures() while the server is stopped, then start the real server (`node server.js`) as a child process and
// time the same queries over HTTP (GET /api/v1/measures with a Bearer token) while sampling its memory.
// Writes bench/results/<YYYY-MM-DD>.json. This is a benchmark, not a test: nothing here asserts timings.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { createDatabase, type DatabaseHandle, db, setDatabase } from "~/kit/db.server";
import { apiToken, municipality, sector } from "~/domains/tenancy/db";
import { goal } from "~/domains/plan/db";
import { measure, measureCost, measureGoal } from "~/domains/measures/db";
import { generateNationalData } from "~/domains/demo/generate.server";
import { listMeasures } from "~/domains/measures/queries.server";
import { measureFilterSchema, searchParamsToObject } from "~/domains/measures/schema";
import { createApiToken } from "~/domains/tenancy/mutations.server";
import { benchImport } from "./import";
import { benchReport } from "./report";
import { closeHttpAgent, findFreePort, httpGet, type LoopLimits, MemorySampler, type Stats, startServer, timeLoop, timePair } from "./lib";
import { DEFAULT_CLUSTER_DIR, dropDatabase, ensureDatabase, findPostgresBin, type PostgresServer, serverVersion, startThrowawayCluster } from "./postgres";

const ROOT = path.resolve(import.meta.dirname, "..");
const CACHE_DIR = path.join(ROOT, "bench", ".cache");
const RESULTS_DIR = path.join(ROOT, "bench", "results");
const RSS_BUDGET_MB = 400;
const TOKEN_NAME = "bench";

// ── Options ──────────────────────────────────────────────────────────────────

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    municipalities: { type: "string" },
    measures: { type: "string" },
    seed: { type: "string" },
    db: { type: "string" },
    warmup: { type: "string" },
    requests: { type: "string" },
    "max-seconds": { type: "string" },
    quick: { type: "boolean" },
    fresh: { type: "boolean" },
    "no-build": { type: "boolean" },
    "keep-cluster": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});

if (flags.help) {
  console.info(`Usage: npm run bench -- [options]
  --municipalities <n>   municipalities in the dataset (default 357; quick 12)
  --measures <n>         measures per municipality (default 400; quick 100)
  --seed <n>             generator seed (default 1)
  --db <list>            pglite,postgresql (default both; postgresql is skipped when no server is available)
  --warmup <n>           unmeasured requests per scenario (default 10; quick 3)
  --requests <n>         measured requests per scenario (default 100; quick 20)
  --max-seconds <s>      time limit per scenario and side (default 30; quick 10)
  --quick                small run (same as BENCH_QUICK=1)
  --fresh                regenerate the cached datasets
  --no-build             do not rebuild a stale production build
  --keep-cluster         leave the throwaway PostgreSQL cluster running afterwards
Environment: BENCH_QUICK=1, BENCH_DATABASE_URL=postgres://… (server to create the dataset database on),
  BENCH_PG_PORT (throwaway cluster port, default 5499), BENCH_PG_DIR (default ${DEFAULT_CLUSTER_DIR}), BENCH_PG=0 (skip PostgreSQL).`);
  process.exit(0);
}

const quick = flags.quick === true || process.env.BENCH_QUICK === "1";

function intFlag(name: keyof typeof flags, fallback: number, min = 0): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== "string" || !Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
}

const dataset = {
  municipalities: intFlag("municipalities", quick ? 12 : 357, 1),
  measuresPerMunicipality: intFlag("measures", quick ? 100 : 400, 1),
  seed: intFlag("seed", 1, 0),
};
const limits: LoopLimits = {
  warmup: intFlag("warmup", quick ? 3 : 10),
  requests: intFlag("requests", quick ? 20 : 100, 1),
  maxSeconds: intFlag("max-seconds", quick ? 10 : 30, 1),
};
const wanted = new Set((flags.db ?? "pglite,postgresql").split(",").map((s) => s.trim()));
for (const w of wanted) if (w !== "pglite" && w !== "postgresql") throw new Error(`--db: unknown database "${w}"`);

const datasetKey = `${dataset.municipalities}x${dataset.measuresPerMunicipality}-s${dataset.seed}`;
const log = (message: string) => console.info(message);

// ── Build ────────────────────────────────────────────────────────────────────

/** Same staleness rule as scripts/start.mjs: rebuild when build/ is missing or older than the sources. */
function ensureBuild() {
  const entry = path.join(ROOT, "build/server/index.js");
  const newest = (target: string): number => {
    const full = path.join(ROOT, target);
    if (!existsSync(full)) return 0;
    const stat = statSync(full);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(full).map((e) => newest(path.join(target, e))));
  };
  const sources = ["app", "drizzle", "package.json", "vite.config.ts", "react-router.config.ts"];
  const stale = !existsSync(entry) || Math.max(...sources.map(newest)) > statSync(entry).mtimeMs;
  if (!stale) return "up to date";
  if (flags["no-build"]) {
    if (!existsSync(entry)) throw new Error("There is no production build and --no-build was given; run npm run build.");
    log("! The production build is older than the sources (--no-build: using it anyway).");
    return "stale (not rebuilt)";
  }
  log("Building the production build (react-router build) …");
  const result = spawnSync("npx", ["react-router", "build"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(`react-router build failed:\n${result.stdout}\n${result.stderr}`);
  return "rebuilt";
}

/**
 * Copies server.js, build/ and drizzle/ to bench/.cache/server, and the server runs from there: a rebuild of build/
 * by someone else during the run (npm test builds too) cannot pull the files from under it. Modules still resolve
 * from the repository's node_modules and package.json, which are further up.
 */
async function snapshotServer(): Promise<string> {
  const target = path.join(CACHE_DIR, "server");
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(target, { recursive: true, force: true });
      mkdirSync(target, { recursive: true });
      cpSync(path.join(ROOT, "server.js"), path.join(target, "server.js"));
      cpSync(path.join(ROOT, "drizzle"), path.join(target, "drizzle"), { recursive: true });
      cpSync(path.join(ROOT, "build"), path.join(target, "build"), { recursive: true });
      if (!existsSync(path.join(target, "build/server/index.js")) || !existsSync(path.join(target, "build/client"))) throw new Error("incomplete build");
      return target;
    } catch (error) {
      if (attempt >= 5) throw new Error(`Could not copy the production build: ${(error as Error).message}`);
      log(`  the build is changing (${(error as Error).message}); retrying in 10 s …`);
      await new Promise((r) => setTimeout(r, 10_000));
    }
  }
}

// ── Scenarios ────────────────────────────────────────────────────────────────

interface Scenario {
  name: string;
  kind: "list" | "search";
  query: string;
}

interface Target {
  municipalityId: string;
  municipalityCode: string;
  sectorId: string;
  goalId: string;
}

function scenarios(t: Target): Scenario[] {
  return [
    { name: "list default (code, page 1)", kind: "list", query: "" },
    // pageSize=10 so that page 2 has rows for one sector × one status at 400 measures per municipality.
    { name: "list status+sector, priority, page 2", kind: "list", query: `status=in_progress&sector=${t.sectorId}&sort=priority&page=2&pageSize=10` },
    { name: "list year=2026, sort start", kind: "list", query: "year=2026&sort=start" },
    { name: "list goal 1 (+ sub-goals)", kind: "list", query: `goal=${t.goalId}` },
    { name: "list pageSize=200, sort updated", kind: "list", query: "pageSize=200&sort=updated&dir=desc" },
    { name: "search q=velferdstek", kind: "search", query: "q=velferdstek" },
    { name: "search q=søknadsskjema digital", kind: "search", query: `q=${encodeURIComponent("søknadsskjema digital")}` },
    { name: "search q=arkiv + status + year", kind: "search", query: "q=arkiv&status=planned&status=in_progress&year=2027" },
  ];
}

// ── Per database ─────────────────────────────────────────────────────────────

interface ScenarioResult {
  scenario: string;
  kind: Scenario["kind"];
  path: string;
  total: number;
  rowsReturned: number;
  responseBytes: number;
  raw: Stats;
  http: Stats;
  ratio: number;
}

interface TargetResult {
  db: "pglite" | "postgresql";
  source: string;
  serverVersion?: string;
  generation: { created: number; skipped: number; seconds: number; cached: boolean };
  tableRows: Record<string, number>;
  municipality: string;
  rawTiming: string;
  serverStartSeconds: number;
  memory: { peakRssMb: number; idleRssMb: number; maxSampledRssMb: number; vmHwmMb: number; budgetMb: number | null; overBudget: boolean; samples: number };
  scenarios: ScenarioResult[];
}

async function tableCounts() {
  const tables = { municipality, sector, goal, measure, measureGoal, measureCost } as const;
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db().select({ n: count() }).from(table);
    out[name] = Number(row.n);
  }
  return out;
}

async function prepare(handle: DatabaseHandle) {
  setDatabase(handle);
  await handle.migrate();
  let lastLog = 0;
  const result = await generateNationalData({
    ...dataset,
    onProgress: (p) => {
      if (p.done === p.total || performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`    ${p.done}/${p.total} municipalities, ${p.rows.toLocaleString("en")} rows, ${(p.elapsedMs / 1000).toFixed(0)} s`);
      }
    },
  });
  const generation = {
    created: result.created.length,
    skipped: result.skipped.length,
    seconds: Math.round(result.elapsedMs / 100) / 10,
    cached: result.created.length === 0,
  };
  log(
    generation.cached
      ? `  dataset already present (${result.skipped.length} municipalities)`
      : `  generated ${result.created.length} municipalities, ${result.totalRows.toLocaleString("en")} rows in ${generation.seconds} s`,
  );
  const code = result.codes[0];
  const [m] = await db().select({ id: municipality.id }).from(municipality).where(eq(municipality.code, code));
  const [s] = await db()
    .select({ id: sector.id })
    .from(sector)
    .where(and(eq(sector.municipalityId, m.id), eq(sector.codePrefix, "HO")));
  const [g] = await db()
    .select({ id: goal.id })
    .from(goal)
    .where(and(eq(goal.municipalityId, m.id), eq(goal.number, "1"), isNull(goal.parentId)))
    .orderBy(asc(goal.createdAt));
  if (!m || !s || !g) throw new Error(`Municipality ${code} is incomplete (no HO sector or goal 1)`);
  // One token per run; earlier bench tokens are removed so the cached database does not collect them.
  await db().delete(apiToken).where(eq(apiToken.name, TOKEN_NAME));
  const { token } = await createApiToken({
    municipalityId: m.id,
    principal: { role: "admin", userId: null, sectorIds: [] },
    input: { role: "reader", name: TOKEN_NAME },
  });
  return { generation, target: { municipalityId: m.id, municipalityCode: code, sectorId: s.id, goalId: g.id }, token, tableRows: await tableCounts() };
}

function filterOf(sc: Scenario) {
  return measureFilterSchema.parse(searchParamsToObject(new URLSearchParams(sc.query)));
}

type ListResult = Awaited<ReturnType<typeof listMeasures>>;

/**
 * Benchmarks one database. PGlite is single-process, so its in-process timings run first and the database is
 * closed before the server opens it. On PostgreSQL the in-process query and the HTTP request are timed alternately
 * with the server running, so both see the same background load and the ratio is fair on a busy machine.
 */
async function benchTarget(options: {
  db: TargetResult["db"];
  source: string;
  version?: string;
  open: () => DatabaseHandle;
  serverEnv: NodeJS.ProcessEnv;
  serverDir: string;
}): Promise<TargetResult> {
  log(`\n== ${options.db}: ${options.source}`);
  const interleave = options.db === "postgresql";
  const handle = options.open();
  let open = true;
  const closeDatabase = async () => {
    if (!open) return;
    open = false;
    setDatabase(undefined);
    await handle.close();
  };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let sampler: MemorySampler | undefined;
  try {
    log("  preparing the dataset …");
    const prepared = await prepare(handle);
    const { target } = prepared;
    const list = scenarios(target);
    const raw = (sc: Scenario) => listMeasures({ municipalityId: target.municipalityId, filter: filterOf(sc) });
    // One pass over all scenarios first, so the first scenario does not pay for cold caches alone.
    for (const sc of list) await raw(sc);

    const rawFirst = new Map<string, { stats: Stats; last: ListResult }>();
    if (!interleave) {
      log(`  in-process listMeasures() for municipality ${target.municipalityCode} (server stopped):`);
      for (const sc of list) {
        const r = await timeLoop(limits, () => raw(sc));
        rawFirst.set(sc.name, r);
        log(`    raw  ${sc.name.padEnd(40)} p50 ${r.stats.p50.toFixed(2).padStart(8)} ms  (total ${r.last.total})`);
      }
      await closeDatabase();
    }

    const port = await findFreePort(3251, 3259);
    log(`  starting node server.js on port ${port} …`);
    const startedAt = performance.now();
    server = await startServer({
      cwd: options.serverDir,
      port,
      env: {
        ...process.env,
        ...options.serverEnv,
        PORT: String(port),
        HOST: "127.0.0.1",
        DEMO: "0",
        NODE_ENV: "production",
        SESSION_SECRET: "bench-secret-bench-secret-bench-secret-0123",
      },
    });
    const serverStartSeconds = Math.round((performance.now() - startedAt) / 100) / 10;
    sampler = new MemorySampler(server.pid);
    sampler.start();
    const idle = sampler.sample();
    log(
      `  ready after ${serverStartSeconds} s, RSS ${Math.round((idle?.rssKb ?? 0) / 1024)} MB; GET /api/v1/measures${interleave ? " alternating with in-process listMeasures()" : ""}:`,
    );

    const headers = { Authorization: `Bearer ${prepared.token}` };
    const urlOf = (sc: Scenario) => `${server?.baseUrl}/api/v1/measures${sc.query ? `?${sc.query}` : ""}`;
    const get = async (sc: Scenario) => {
      const res = await httpGet(urlOf(sc), headers);
      if (res.status !== 200) throw new Error(`GET ${urlOf(sc)} → ${res.status}: ${res.body.slice(0, 300)}`);
      return res;
    };
    // One pass over all scenarios first (as in process); this also checks that the API answers.
    for (const sc of list) await get(sc);

    const results: ScenarioResult[] = [];
    for (const sc of list) {
      let rawResult: { stats: Stats; last: ListResult };
      let httpResult: { stats: Stats; last: Awaited<ReturnType<typeof get>> };
      if (interleave) {
        const pair = await timePair(
          limits,
          () => raw(sc),
          () => get(sc),
        );
        rawResult = pair.a;
        httpResult = pair.b;
      } else {
        const first = rawFirst.get(sc.name);
        if (!first) throw new Error(`no in-process result for ${sc.name}`);
        rawResult = first;
        httpResult = await timeLoop(limits, () => get(sc));
      }
      const body = JSON.parse(httpResult.last.body) as { data: unknown[]; meta: { total: number } };
      if (body.meta.total !== rawResult.last.total) log(`    ! ${sc.name}: HTTP total ${body.meta.total} ≠ in-process total ${rawResult.last.total}`);
      const h = httpResult.stats;
      results.push({
        scenario: sc.name,
        kind: sc.kind,
        path: `/api/v1/measures${sc.query ? `?${sc.query}` : ""}`.replace(target.sectorId, "<HO sector>").replace(target.goalId, "<goal 1>"),
        total: body.meta.total,
        rowsReturned: body.data.length,
        responseBytes: httpResult.last.bytes,
        raw: rawResult.stats,
        http: h,
        ratio: Math.round((h.p50 / rawResult.stats.p50) * 100) / 100,
      });
      log(
        `    ${sc.name.padEnd(40)} http p50 ${h.p50.toFixed(2).padStart(7)} ms  p95 ${h.p95.toFixed(2).padStart(7)} ms | raw p50 ${rawResult.stats.p50.toFixed(2).padStart(7)} ms  (${body.data.length}/${body.meta.total} rows, ${httpResult.last.bytes} B)`,
      );
    }

    sampler.stop();
    const peak = sampler.peakMb();
    const budget = options.db === "postgresql" ? RSS_BUDGET_MB : null;
    return {
      db: options.db,
      source: options.source,
      serverVersion: options.version,
      generation: prepared.generation,
      tableRows: prepared.tableRows,
      municipality: target.municipalityCode,
      rawTiming: interleave ? "alternating with HTTP, server running" : "before the server started (server stopped)",
      serverStartSeconds,
      memory: {
        peakRssMb: peak,
        idleRssMb: Math.round((idle?.rssKb ?? 0) / 1024),
        maxSampledRssMb: Math.round(sampler.maxRssKb / 1024),
        vmHwmMb: Math.round(sampler.hwmKb / 1024),
        budgetMb: budget,
        overBudget: budget !== null && peak > budget,
        samples: sampler.samples,
      },
      scenarios: results,
    };
  } finally {
    sampler?.stop();
    await server?.stop();
    closeHttpAgent();
    await closeDatabase();
  }
}

// ── Report ───────────────────────────────────────────────────────────────────

function printTable(results: TargetResult[]) {
  const header = ["scenario", "db", "p50 ms", "p95 ms", "max ms", "raw SQL p50 ms", "ratio", "peak RSS MB", "total"];
  const rows: string[][] = [];
  for (const t of results) {
    for (const s of t.scenarios) {
      rows.push([
        s.scenario,
        t.db,
        s.http.p50.toFixed(1),
        s.http.p95.toFixed(1),
        s.http.max.toFixed(1),
        s.raw.p50.toFixed(1),
        `${s.ratio.toFixed(2)}×`,
        `${t.memory.peakRssMb}${t.memory.overBudget ? " OVER" : ""}`,
        String(s.total),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  console.info(`\n${line(header)}\n|${widths.map((w, i) => (i < 2 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const r of rows) console.info(line(r));
  for (const t of results) {
    const gen = t.generation.cached ? "cached" : `generated in ${t.generation.seconds} s`;
    console.info(
      `${t.db}: ${t.tableRows.measure.toLocaleString("en")} measures in ${t.tableRows.municipality} municipalities (${gen}); server start ${t.serverStartSeconds} s; RSS idle ${t.memory.idleRssMb} MB, peak ${t.memory.peakRssMb} MB${t.memory.budgetMb ? ` (budget ${t.memory.budgetMb} MB${t.memory.overBudget ? " — OVER BUDGET" : ", ok"})` : ""}`,
    );
  }
}

function writeResults(run: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const file = path.join(RESULTS_DIR, `${date}.json`);
  let doc: { date: string; runs: unknown[] } = { date, runs: [] };
  if (existsSync(file)) {
    try {
      const existing = JSON.parse(readFileSync(file, "utf8"));
      if (Array.isArray(existing?.runs)) doc = existing;
    } catch {
      // unreadable: start the file over
    }
  }
  doc.runs.push(run);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(doc, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  return file;
}

// ── Main ─────────────────────────────────────────────────────────────────────

async function main() {
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  log(
    `Retning bench — dataset ${dataset.municipalities} × ${dataset.measuresPerMunicipality} (seed ${dataset.seed}), ${limits.warmup} warm-up + ${limits.requests} requests per scenario (≤ ${limits.maxSeconds} s)${quick ? ", quick" : ""}`,
  );
  log(
    `Load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} (${os.cpus().length} CPUs)`,
  );
  const importResult = await benchImport(ROOT);
  log(
    `Import: ${importResult.file} (${Math.round(importResult.bytes / 1024)} KB) → ${importResult.measures} measures: cold ${importResult.coldMs} ms, median ${importResult.medianMs} ms, max ${importResult.maxMs} ms over ${importResult.runs} runs (target < ${importResult.targetMs} ms)`,
  );
  const reportResult = await benchReport();
  log(
    `Council report: ${reportResult.measures} measures → assemble ${reportResult.assembleMs} ms, DOCX ${reportResult.docxMs} ms, PDF ${reportResult.pdfMs} ms; total median ${reportResult.totalMs} ms, max ${reportResult.maxTotalMs} ms over ${reportResult.runs} runs (target < ${reportResult.targetMs} ms)`,
  );
  const build = ensureBuild();
  mkdirSync(CACHE_DIR, { recursive: true });
  const serverDir = await snapshotServer();

  const results: TargetResult[] = [];
  const notes: string[] = [];

  if (wanted.has("pglite")) {
    const dir = path.join(CACHE_DIR, `pglite-${datasetKey}`);
    if (flags.fresh) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8")) as { version: string };
    try {
      results.push(
        await benchTarget({
          db: "pglite",
          source: `PGlite ${version} in ${path.relative(ROOT, dir)}`,
          version,
          open: () => createDatabase({ dataDir: path.join(dir, "pglite") }),
          serverEnv: { DATA_DIR: dir, DATABASE_URL: "" },
          serverDir,
        }),
      );
    } catch (error) {
      notes.push(`pglite failed: ${(error as Error).message}`);
      console.error(error);
    }
  }

  if (wanted.has("postgresql")) {
    let pgServer: PostgresServer | null = null;
    try {
      const fromEnv = process.env.BENCH_DATABASE_URL;
      if (fromEnv) {
        pgServer = { adminUrl: fromEnv, source: "BENCH_DATABASE_URL", stop: () => {} };
      } else if (process.env.BENCH_PG !== "0") {
        const bin = findPostgresBin();
        if (bin) {
          log("\nStarting a throwaway PostgreSQL cluster …");
          pgServer = startThrowawayCluster({ bin, dir: process.env.BENCH_PG_DIR ?? DEFAULT_CLUSTER_DIR, port: Number(process.env.BENCH_PG_PORT ?? 5499), log });
        } else {
          notes.push("postgresql skipped: no BENCH_DATABASE_URL and no PostgreSQL binaries (initdb, pg_ctl) found");
        }
      }
      if (pgServer) {
        const server = pgServer;
        const name = `retning_bench_${datasetKey.replace(/-/g, "_")}`;
        if (flags.fresh) await dropDatabase(server.adminUrl, name);
        const url = await ensureDatabase(server.adminUrl, name);
        const version = await serverVersion(url);
        results.push(
          await benchTarget({
            db: "postgresql",
            source: `PostgreSQL ${version}, database ${name} (${server.source})`,
            version,
            open: () => createDatabase({ url }),
            serverEnv: { DATABASE_URL: url, DATA_DIR: path.join(CACHE_DIR, "server-data") },
            serverDir,
          }),
        );
      }
    } catch (error) {
      notes.push(`postgresql failed: ${(error as Error).message}`);
      console.error(error);
    } finally {
      if (pgServer && !flags["keep-cluster"]) pgServer.stop();
    }
  }
  if (notes.length > 0) for (const n of notes) log(`! ${n}`);
  if (results.length === 0) {
    process.exitCode = 1;
    return;
  }

  printTable(results);
  const file = writeResults({
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    quick,
    build,
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "?",
      memoryMb: Math.round(os.totalmem() / 1024 / 1024),
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    dataset: { ...dataset, totalMeasures: dataset.municipalities * dataset.measuresPerMunicipality },
    limits,
    rssBudgetMb: RSS_BUDGET_MB,
    notes,
    import: importResult,
    report: reportResult,
    results,
  });
  log(`\nWrote ${path.relative(ROOT, file)}`);
  if (notes.length > 0) process.exitCode = 1;
}

await main();
