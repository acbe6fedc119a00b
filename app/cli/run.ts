import { createInterface } from "node:readline";
import { translate } from "~/kit/i18n";
import { isAppError } from "~/kit/errors";
import { CLI_NAME, formatCommandHelp, formatHelp, parseCommandOptions, splitCommandLine, wantsJson } from "./args";
import { CliError, type CliIO, type Command } from "./command";

export interface CliDeps {
  commands: readonly Command[];
  io: CliIO;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Opens and migrates the database. */
  openDatabase: () => Promise<void>;
  closeDatabase: () => Promise<void>;
}

interface ErrorReport {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

const DEFAULT_MESSAGES: Record<string, string> = {
  validation: "Invalid input.",
  conflict: "Conflict with existing data.",
  not_found: "Not found.",
  forbidden: "Not allowed.",
};

/** Turns any error into a short report; validation messages come from the catalogue in bokmål. */
export function describeError(error: unknown): ErrorReport {
  if (error instanceof CliError) return { code: error.code, message: error.message };
  if (isAppError(error)) {
    const fields = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([field, ref]) => [field, translate("nb", ref.key, ref.params)]));
    const hasFields = Object.keys(fields).length > 0;
    const message = error.messageRef
      ? translate("nb", error.messageRef.key, error.messageRef.params)
      : hasFields
        ? Object.entries(fields)
            .map(([field, text]) => `${field}: ${text}`)
            .join("\n")
        : (DEFAULT_MESSAGES[error.code] ?? error.code);
    return { code: error.code, message, ...(hasFields ? { fields } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: "internal", message: `Unexpected error: ${message}` };
}

function helpFor(commands: readonly Command[], args: readonly string[], json: boolean, deps: CliDeps): number {
  const name = args.find((arg) => !arg.startsWith("-"));
  if (name) {
    const command = commands.find((c) => c.name === name);
    if (!command) throw new CliError(`Unknown command "${name}". Run "${CLI_NAME} help" for the list.`, "unknown_command");
    deps.stdout(json ? JSON.stringify({ name: command.name, description: command.description, options: command.options }) : formatCommandHelp(command));
    return 0;
  }
  const list = [...commands, { name: "help [<command>]", description: "List the commands, or show the options of one." }];
  deps.stdout(json ? JSON.stringify({ commands: commands.map((c) => ({ name: c.name, description: c.description })) }) : formatHelp(list));
  return 0;
}

/** Runs one command line and returns the exit code (0 or 1). */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const json = wantsJson(argv);
  try {
    const { command: name, rest } = splitCommandLine(argv);
    if (name === null) {
      if (rest.includes("--help") || rest.includes("-h")) return helpFor(deps.commands, [], json, deps);
      throw new CliError(`No command given. Run "${CLI_NAME} help" for the list.`, "unknown_command");
    }
    if (name === "help") return helpFor(deps.commands, rest, json, deps);
    const command = deps.commands.find((c) => c.name === name);
    if (!command) throw new CliError(`Unknown command "${name}". Run "${CLI_NAME} help" for the list.`, "unknown_command");
    const parsed = parseCommandOptions(command, rest);
    if (parsed.help) {
      deps.stdout(formatCommandHelp(command));
      return 0;
    }
    const usesDatabase = typeof command.usesDatabase === "function" ? command.usesDatabase(parsed.options) : command.usesDatabase !== false;
    let result;
    try {
      if (usesDatabase) await deps.openDatabase();
      result = await command.run({ options: parsed.options, positionals: parsed.positionals, json: parsed.json, io: deps.io });
    } finally {
      if (usesDatabase) await deps.closeDatabase();
    }
    deps.stdout(parsed.json ? JSON.stringify(result.json) : result.text);
    return 0;
  } catch (error) {
    const report = describeError(error);
    if (json) deps.stderr(JSON.stringify({ error: report }));
    else {
      deps.stderr(`Error: ${report.message}`);
      if (report.code === "internal" && process.env.DEBUG && error instanceof Error && error.stack) deps.stderr(error.stack);
    }
    return 1;
  }
}

/** Reads the first line of a stream ("" when it ends first). */
export async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return "";
  } finally {
    lines.close();
  }
}
