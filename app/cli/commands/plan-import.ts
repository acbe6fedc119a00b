import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { translate } from "~/i18n";
import { assistDraft } from "~/modules/import/assist.server";
import type { ImportDraft } from "~/modules/import/draft";
import { importError, importErrorReason } from "~/modules/import/errors";
import { extractDraft } from "~/modules/import/extract";
import { MAX_IMPORT_BYTES, readDocument } from "~/modules/import/read.server";
import { CliError, type Command, optionalString } from "../command";

/** Measures below this confidence are listed for a closer look in the text summary. */
const LOW_CONFIDENCE = 0.6;

function snakeCase(reason: string): string {
  return reason.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Reads and extracts a file, then runs the model assist (only when LLM_BASE_URL is set); import errors become CLI
 * errors with their own code and the bokmål message.
 */
export async function draftFromFile(file: string): Promise<ImportDraft> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError(`Not a file: ${file}.`, "not_found");
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`File not found: ${file}.`, "not_found");
  }
  try {
    if (size > MAX_IMPORT_BYTES) throw importError("tooLarge", { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
    const model = await readDocument({ bytes: await readFile(file), fileName: path.basename(file) });
    return await assistDraft({ draft: extractDraft(model), model });
  } catch (error) {
    const reason = importErrorReason(error);
    if (reason === null) throw error;
    const ref = (error as { messageRef?: { key: string; params?: Record<string, string | number> } }).messageRef;
    throw new CliError(translate("nb", ref?.key ?? `import.error.${reason}`, ref?.params), snakeCase(reason));
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
  description: "Read a plan document (PDF, DOCX, XLSX, CSV, TXT) into an import draft; --dry-run prints it and writes nothing.",
  arguments: [{ name: "file", description: "The plan document (at most 20 MB).", required: true }],
  options: {
    municipality: { type: "string", valueName: "<kommunenummer>", description: "Four-digit number of the municipality the plan belongs to." },
    "dry-run": { type: "boolean", description: "Only read and extract; print the draft and write nothing." },
  },
  examples: ["npm run cli -- plan:import plan.pdf --dry-run", "npm run cli -- plan:import tiltak.xlsx --municipality 3401 --dry-run --json"],
  usesDatabase: false,
  async run({ options, positionals, json }) {
    const municipality = optionalString(options, "municipality");
    if (municipality !== undefined && !/^\d{4}$/u.test(municipality)) {
      throw new CliError(`Invalid --municipality "${municipality}": use the four-digit kommunenummer, e.g. 3401.`);
    }
    if (options["dry-run"] !== true) {
      throw new CliError(
        "Committing an import from the CLI comes with the review and commit step, which is not built yet. Run with --dry-run to see the draft; nothing was written.",
        "not_implemented",
      );
    }
    const draft = await draftFromFile(positionals[0]);
    return { text: json ? "" : summary(draft), json: draft };
  },
};
