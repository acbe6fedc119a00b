import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { type Lang, translate } from "~/kit/i18n";
import { type CommitRowError, commitImport, parseStrategyPeriod } from "~/domains/import/index.server";
import { createImport } from "~/domains/import/index.server";
import { getMunicipalityByCode } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";
import { assistDraft } from "~/domains/import/index.server";
import type { ImportDraft } from "~/domains/import";
import { importErrorReason } from "~/domains/import";
import { extractDraft } from "~/domains/import";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "~/domains/import";
import { readDocument } from "~/domains/import/index.server";
import { CLI_PRINCIPAL, CliError, type Command, optionalString } from "../command";

/** Measures below this confidence are listed for a closer look in the text summary. */
const LOW_CONFIDENCE = 0.6;

function snakeCase(reason: string): string {
  return reason.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`);
}

/** Turns a rejected file (any import guard) into a CLI error with its own code and the bokmål message. */
async function asCliErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = importErrorReason(error);
    if (reason === null) throw error;
    const ref = (error as { messageRef?: { key: string; params?: Record<string, string | number> } }).messageRef;
    throw new CliError(translate("nb", ref?.key ?? `import.error.${reason}`, ref?.params), snakeCase(reason));
  }
}

/** Reads a plan file from disk; its size is checked before it is read. */
async function readPlanFile(file: string): Promise<{ fileName: string; bytes: Buffer }> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError(`Not a file: ${file}.`, "not_found");
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`File not found: ${file}.`, "not_found");
  }
  if (size > MAX_IMPORT_BYTES) throw new CliError(translate("nb", "import.error.tooLarge", { maxMb: MAX_IMPORT_MB }), "too_large");
  return { fileName: path.basename(file), bytes: await readFile(file) };
}

/** Reads and extracts a file, then runs the model assist (only when LLM_BASE_URL is set). */
export async function draftFromFile(file: string): Promise<ImportDraft> {
  const { fileName, bytes } = await readPlanFile(file);
  return asCliErrors(async () => {
    const model = await readDocument({ bytes, fileName });
    return assistDraft({ draft: extractDraft(model), model });
  });
}

/** The rows that stopped a commit, one line each, in the municipality's language. */
function rowErrorsText(error: AppError, lang: Lang): string {
  const rows = (error.details?.rows ?? []) as CommitRowError[];
  const lines = rows.map((row) => `  ${row.code} ${row.title}: ${row.errors.map((e) => translate(lang, e.message.key, e.message.params)).join(" ")}`);
  return [translate(lang, "import.commit.rowErrors", { count: rows.length }), ...lines].join("\n");
}

/**
 * Stores the draft and commits it as it is: strategy from the document's metadata, goals, and every measure
 * (existing codes are updated, the rest created), in one transaction. History says "imported from <file>".
 */
async function commitFile(file: string, code: string, strategy: { title: string | undefined; period: { from: number; to: number } | null }) {
  const municipality = await getMunicipalityByCode({ code });
  if (!municipality) throw new CliError(`No municipality with kommunenummer ${code}.`, "not_found");
  const { fileName, bytes } = await readPlanFile(file);
  const id = await asCliErrors(() =>
    createImport({
      municipalityId: municipality.id,
      principal: CLI_PRINCIPAL,
      fileName,
      bytes,
      refine: async (extracted, model) => {
        const draft = await assistDraft({ draft: extracted, model });
        if (strategy.title === undefined && strategy.period === null) return draft;
        const found = parseStrategyPeriod(draft.strategy.period);
        return {
          ...draft,
          target: {
            strategyId: null,
            title: strategy.title ?? draft.strategy.title,
            periodFrom: strategy.period?.from ?? found?.from ?? null,
            periodTo: strategy.period?.to ?? found?.to ?? null,
          },
        };
      },
    }),
  );
  try {
    const result = await commitImport({ municipalityId: municipality.id, id, version: 1, principal: CLI_PRINCIPAL, lang: municipality.language });
    return { importId: id, ...result };
  } catch (error) {
    if (error instanceof AppError && Array.isArray(error.details?.rows)) throw new CliError(rowErrorsText(error, municipality.language), "validation");
    if (error instanceof AppError && error.messageRef?.key === "import.commit.strategyMissing") {
      throw new CliError(`${translate(municipality.language, error.messageRef.key)} (--strategy-title, --period)`, "validation");
    }
    throw error;
  }
}

function summary(draft: ImportDraft): string {
  const { strategy } = draft;
  const statusCounts = new Map<string, number>();
  for (const measure of draft.measures) statusCounts.set(measure.status ?? "no status", (statusCounts.get(measure.status ?? "no status") ?? 0) + 1);
  const lines = [
    `Draft from ${draft.file.name} (${draft.file.format.toUpperCase()}${draft.file.pages ? `, ${draft.file.pages} pages` : ""}, ${draft.file.lines} lines).`,
    `Layouts: ${draft.layouts.length > 0 ? draft.layouts.join(", ") : "none recognised"}.`,
    `Strategy: ${strategy.title ?? "(no title)"}; municipality ${strategy.municipality ?? "-"}; period ${strategy.period ?? "-"}; adopted ${strategy.adoptedOn ?? "-"}; case ${strategy.caseNumber ?? "-"}.`,
    `Goals: ${draft.goals.length} (${draft.goals.filter((g) => g.parent === null).length} main goals). Principles: ${draft.principles.length}.`,
    `Measures: ${draft.measures.length}${statusCounts.size > 0 ? ` (${[...statusCounts].map(([status, count]) => `${status} ${count}`).join(", ")})` : ""}.`,
  ];
  const assisted = draft.measures.filter((m) => m.assisted !== undefined);
  if (assisted.length > 0) lines.push(`Model assist: filled fields of ${assisted.length} measures from their source text (marked "assisted").`);
  const low = draft.measures.filter((m) => m.confidence < LOW_CONFIDENCE);
  if (low.length > 0) {
    lines.push(`Low confidence (< ${LOW_CONFIDENCE}), check these first:`);
    for (const m of low) lines.push(`  ${m.code ?? m.suggestedCode} ${m.title} (${m.confidence}, line ${m.sources[0]?.line})`);
  }
  for (const warning of draft.warnings) lines.push(`Warning: ${translate("nb", warning.key, warning.params)}`);
  lines.push("Dry run: nothing was written. Use --json for the whole draft.");
  return lines.join("\n");
}

export const planImport: Command = {
  name: "plan:import",
  description:
    "Import a plan document (PDF, DOCX, XLSX, CSV, TXT) into a municipality's plan in one transaction; --dry-run prints the draft and writes nothing.",
  arguments: [{ name: "file", description: "The plan document (at most 20 MB).", required: true }],
  options: {
    municipality: { type: "string", valueName: "<kommunenummer>", description: "Four-digit number of the municipality the plan belongs to." },
    "dry-run": { type: "boolean", description: "Only read and extract; print the draft and write nothing." },
    "strategy-title": { type: "string", valueName: "<title>", description: "Title of the new strategy, when the document has none." },
    period: { type: "string", valueName: "<from-to>", description: "Period of the new strategy (e.g. 2019-2020), when the document has none." },
  },
  examples: [
    "npm run cli -- plan:import plan.pdf --dry-run",
    "npm run cli -- plan:import tiltak.xlsx --municipality 3401 --dry-run --json",
    "npm run cli -- plan:import handlingsplan.docx --municipality 3401",
  ],
  // Only committing touches the database; a dry run opens nothing.
  usesDatabase: (options) => options["dry-run"] !== true,
  async run({ options, positionals, json }) {
    const municipality = optionalString(options, "municipality");
    if (municipality !== undefined && !/^\d{4}$/u.test(municipality)) {
      throw new CliError(`Invalid --municipality "${municipality}": use the four-digit kommunenummer, e.g. 3401.`);
    }
    if (options["dry-run"] !== true) {
      if (municipality === undefined) throw new CliError("Committing needs --municipality <kommunenummer>; use --dry-run to only read the file.");
      const periodText = optionalString(options, "period");
      const period = periodText === undefined ? null : parseStrategyPeriod(periodText);
      if (periodText !== undefined && (period === null || !/^\s*\d{4}\s*[-–]\s*\d{4}\s*$/u.test(periodText))) {
        throw new CliError(`Invalid --period "${periodText}": use the years as 2023-2027.`);
      }
      const result = await commitFile(positionals[0], municipality, { title: optionalString(options, "strategy-title"), period });
      const text = `Imported ${path.basename(positionals[0])}: ${result.created} measures created, ${result.updated} updated, ${result.skipped} skipped, ${result.goalsCreated} goals created. Import ${result.importId}.`;
      return { text, json: result };
    }
    const draft = await draftFromFile(positionals[0]);
    return { text: json ? "" : summary(draft), json: draft };
  },
};
