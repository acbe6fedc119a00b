// Small helpers for bench/run.ts: statistics, timed loops, HTTP on loopback, memory sampling, the server child.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";

export interface Stats {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
  };
}

export interface LoopLimits {
  warmup: number;
  requests: number;
  /** Stop measuring a scenario after this many seconds even if fewer than `requests` ran (at least 3 samples). */
  maxSeconds: number;
}

/** Runs `fn` sequentially: `warmup` unmeasured calls, then up to `requests` measured ones within `maxSeconds`. */
export async function timeLoop<T>(limits: LoopLimits, fn: () => Promise<T>): Promise<{ stats: Stats; last: T }> {
  let last!: T;
  for (let i = 0; i < limits.warmup; i++) last = await fn();
  const samples: number[] = [];
  const deadline = performance.now() + limits.maxSeconds * 1000;
  while (samples.length < limits.requests && (samples.length < 3 || performance.now() < deadline)) {
    const start = performance.now();
    last = await fn();
    samples.push(performance.now() - start);
  }
  return { stats: stats(samples), last };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface HttpResult {
  status: number;
  body: string;
  bytes: number;
}

/** GET on loopback with a keep-alive connection; resolves when the whole body has arrived. */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { Accept: "application/json", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const buffer = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, body: buffer.toString("utf8"), bytes: buffer.length });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: GET ${url}`)));
  });
}

export function closeHttpAgent() {
  agent.destroy();
}

export async function findFreePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${from} and ${to}`);
}

export interface MemorySample {
  rssKb: number;
  hwmKb: number;
}

export function readProcMemory(pid: number): MemorySample | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, "m").exec(status)?.[1] ?? Number.NaN);
    return { rssKb: kb("VmRSS"), hwmKb: kb("VmHWM") };
  } catch {
    return null;
  }
}

/** Samples VmRSS / VmHWM of a process every `intervalMs` (Linux /proc). */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  maxRssKb = 0;
  hwmKb = 0;
  samples = 0;
  available = true;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 100,
  ) {}

  sample(): MemorySample | null {
    const m = readProcMemory(this.pid);
    if (!m) {
      if (this.samples === 0) this.available = false;
      return null;
    }
    this.samples++;
    if (m.rssKb > this.maxRssKb) this.maxRssKb = m.rssKb;
    if (m.hwmKb > this.hwmKb) this.hwmKb = m.hwmKb;
    return m;
  }

  start() {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop() {
    this.sample();
    if (this.timer) clearInterval(this.timer);
  }

  /** Peak resident memory in MB: the kernel's high-water mark (VmHWM), or the highest sample if larger. */
  peakMb(): number {
    return Math.round(Math.max(this.maxRssKb, this.hwmKb) / 1024);
  }
}

export interface ServerChild {
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `node server.js` with the given environment and waits until GET /health answers 200. */
export async function startServer({
  cwd,
  env,
  port,
  timeoutMs = 300_000,
}: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  timeoutMs?: number;
}): Promise<ServerChild> {
  const child = spawn(process.execPath, ["server.js"], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited: number | null | undefined;
  const exitPromise = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exited = code;
      resolve();
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited !== undefined) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exitPromise;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) throw new Error(`server.js exited with code ${exited} before it was ready:\n${output}`);
    try {
      const res = await httpGet(`${baseUrl}/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server.js did not answer /health within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (child.pid === undefined) throw new Error("server.js has no pid");
  return { child, pid: child.pid, baseUrl, output: () => output, stop };
}

/** Like timeLoop for two functions, alternating a, b, a, b … so that both see the same background load. */
export async function timePair<A, B>(
  limits: LoopLimits,
  a: () => Promise<A>,
  b: () => Promise<B>,
): Promise<{ a: { stats: Stats; last: A }; b: { stats: Stats; last: B } }> {
  let lastA!: A;
  let lastB!: B;
  for (let i = 0; i < limits.warmup; i++) {
    lastA = await a();
    lastB = await b();
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  const deadline = performance.now() + limits.maxSeconds * 1000;
  while (samplesA.length < limits.requests && (samplesA.length < 3 || performance.now() < deadline)) {
    let start = performance.now();
    lastA = await a();
    samplesA.push(performance.now() - start);
    start = performance.now();
    lastB = await b();
    samplesB.push(performance.now() - start);
  }
  return { a: { stats: stats(samplesA), last: lastA }, b: { stats: stats(samplesB), last: lastB } };
}
