import { generateNationalData, type GenerateProgress, MAX_MEASURES_PER_MUNICIPALITY, MAX_MUNICIPALITIES } from "~/domains/demo/index.server";
import { CliError, type Command, type OptionValues, optionalString, requiredString } from "../command";

function integerOption(options: OptionValues, name: string, { min, max, fallback }: { min: number; max: number; fallback?: number }): number {
  const raw = fallback === undefined ? requiredString(options, name) : optionalString(options, name);
  if (raw === undefined) return fallback as number;
  const value = raw.trim();
  if (!/^-?[0-9]+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}.`);
  }
  return Number(value);
}

function formatProgress(p: GenerateProgress): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(p.rows / seconds) : 0;
  return `  ${p.done}/${p.total} municipalities (${p.created} created, ${p.skipped} skipped), ${p.rows.toLocaleString("en")} rows, ${seconds.toFixed(1)} s (${rate.toLocaleString("en")} rows/s)`;
}

export const dataGenerate: Command = {
  name: "data:generate",
  description: "Bulk-load a synthetic national dataset (municipalities, sectors, goals, measures); no history is written.",
  options: {
    municipalities: {
      type: "string",
      required: true,
      valueName: "<count>",
      description: `Number of municipalities (1–${MAX_MUNICIPALITIES}); existing codes are skipped.`,
    },
    measures: { type: "string", required: true, valueName: "<count>", description: `Measures per municipality (0–${MAX_MEASURES_PER_MUNICIPALITY}).` },
    seed: { type: "string", valueName: "<integer>", description: "Random seed; the same seed gives the same content (default 1)." },
    "batch-size": { type: "string", valueName: "<rows>", description: "Rows per INSERT statement (default 1000)." },
  },
  examples: [
    "npm run cli -- data:generate --municipalities 357 --measures 400",
    "npm run cli -- data:generate --municipalities 10 --measures 50 --seed 2 --json",
  ],
  async run({ options, json }) {
    const municipalities = integerOption(options, "municipalities", { min: 1, max: MAX_MUNICIPALITIES });
    const measuresPerMunicipality = integerOption(options, "measures", { min: 0, max: MAX_MEASURES_PER_MUNICIPALITY });
    const seed = integerOption(options, "seed", { min: -2147483648, max: 2147483647, fallback: 1 });
    const batchSize = integerOption(options, "batch-size", { min: 1, max: 2000, fallback: 1000 });
    // Progress goes to stderr, and only in text mode: with --json, stdout holds exactly one JSON value.
    const progress = json ? undefined : (p: GenerateProgress) => process.stderr.write(`${formatProgress(p)}\n`);
    if (!json) process.stderr.write(`Generating ${municipalities} municipalities × ${measuresPerMunicipality} measures (seed ${seed}) …\n`);
    const result = await generateNationalData({ municipalities, measuresPerMunicipality, seed, batchSize, onProgress: progress });
    const seconds = Math.round(result.elapsedMs) / 1000;
    const rowLines = Object.entries(result.rows).map(([table, n]) => `  ${table.padEnd(18)} ${n.toLocaleString("en").padStart(10)}`);
    const skippedText =
      result.skipped.length === 0
        ? "none"
        : `${result.skipped.length} (already existed: ${result.skipped.slice(0, 10).join(", ")}${result.skipped.length > 10 ? " …" : ""})`;
    return {
      text: [
        result.created.length === 0
          ? `Nothing to do: all ${result.codes.length} municipalities already exist.`
          : `Created ${result.created.length} municipalities (${result.created[0]} … ${result.created[result.created.length - 1]}) in ${seconds.toFixed(1)} s.`,
        `Skipped: ${skippedText}`,
        `Rows inserted: ${result.totalRows.toLocaleString("en")}${seconds > 0 ? ` (${Math.round(result.totalRows / seconds).toLocaleString("en")} rows/s)` : ""}`,
        ...rowLines,
        "No change history was written (bulk load).",
      ].join("\n"),
      json: {
        seed: result.seed,
        created: result.created.length,
        skipped: result.skipped.length,
        skippedCodes: result.skipped,
        rows: result.rows,
        totalRows: result.totalRows,
        seconds,
      },
    };
  },
};
