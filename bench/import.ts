// Import benchmark: reading the Ringebu action plan (124 KB of text) into a draft. Target: under 2 s.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractDraft } from "~/domains/import/extract";
import { readDocument } from "~/domains/import/read.server";

const FIXTURE = "tests/fixtures/plans/ringebu-handlingsplan-digitalisering-2019-2020.txt";

export interface ImportBenchResult {
  file: string;
  bytes: number;
  runs: number;
  /** Milliseconds for read + extract, first run (cold module caches) and the median of the rest. */
  coldMs: number;
  medianMs: number;
  maxMs: number;
  measures: number;
  targetMs: number;
}

export async function benchImport(root: string, runs = 10): Promise<ImportBenchResult> {
  const file = path.join(root, FIXTURE);
  const bytes = readFileSync(file);
  const times: number[] = [];
  let measures = 0;
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const draft = extractDraft(await readDocument({ bytes, fileName: path.basename(file) }));
    times.push(performance.now() - started);
    measures = draft.measures.length;
  }
  const [cold, ...warm] = times;
  const sorted = [...warm].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    file: FIXTURE,
    bytes: bytes.length,
    runs,
    coldMs: round(cold),
    medianMs: round(sorted[Math.floor(sorted.length / 2)]),
    maxMs: round(sorted[sorted.length - 1]),
    measures,
    targetMs: 2000,
  };
}
