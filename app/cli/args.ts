import { parseArgs } from "node:util";
import { CliError, type Command, type OptionSpec, type OptionValues } from "./command";

/** Options every command accepts. */
export const GLOBAL_OPTIONS: Record<"json" | "help", OptionSpec> = {
  json: { type: "boolean", description: "Machine-readable output: one JSON value on stdout; errors as JSON on stderr." },
  help: { type: "boolean", short: "h", description: "Show the help for the command." },
};

export const CLI_NAME = "npm run cli --";

export interface CommandLine {
  /** The command name, or null when none was given. */
  command: string | null;
  /** Everything after the command name, plus global flags given before it. */
  rest: string[];
}

function isGlobalFlag(arg: string): boolean {
  return arg === "--json" || arg === "--help" || arg === "-h";
}

/** Splits argv (without node and the script) into the command name and its arguments. */
export function splitCommandLine(argv: readonly string[]): CommandLine {
  const leading: string[] = [];
  let index = 0;
  while (index < argv.length && isGlobalFlag(argv[index])) leading.push(argv[index++]);
  if (index >= argv.length) return { command: null, rest: leading };
  const command = argv[index];
  if (command.startsWith("-")) throw new CliError(`Unknown option ${command.split("=")[0]} before the command.`);
  return { command, rest: [...leading, ...argv.slice(index + 1)] };
}

export interface ParsedOptions {
  options: OptionValues;
  positionals: string[];
  json: boolean;
  help: boolean;
}

/** True when --json appears among the arguments, so that even argument errors can be reported as JSON. */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.includes("--json");
}

/** Parses a command's options with node:util parseArgs (strict: unknown options and stray arguments are errors). */
export function parseCommandOptions(command: Pick<Command, "name" | "options" | "arguments">, args: readonly string[]): ParsedOptions {
  const specs: Record<string, OptionSpec> = { ...command.options, ...GLOBAL_OPTIONS };
  const config = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.multiple ? { multiple: true } : {}), ...(spec.short ? { short: spec.short } : {}) },
    ]),
  );
  const argumentSpecs = command.arguments ?? [];
  let values: OptionValues;
  let positionals: string[];
  try {
    // Booleans are never repeatable here, so lists only hold strings.
    const parsed = parseArgs({ args: [...args], options: config, strict: true, allowPositionals: argumentSpecs.length > 0 });
    values = parsed.values as OptionValues;
    positionals = parsed.positionals;
  } catch (error) {
    throw new CliError(`${describeParseError(error)} Run "${CLI_NAME} help ${command.name}" for its options.`);
  }
  if (positionals.length > argumentSpecs.length) {
    throw new CliError(`Unexpected argument "${positionals[argumentSpecs.length]}". Run "${CLI_NAME} help ${command.name}" for its options.`);
  }
  const { json, help, ...options } = values;
  if (!help) {
    for (const [name, spec] of Object.entries(command.options)) {
      const value = options[name];
      if (spec.required && (value === undefined || (typeof value === "string" && value.trim() === ""))) {
        throw new CliError(`Missing required option --${name}. Run "${CLI_NAME} help ${command.name}" for its options.`);
      }
    }
    argumentSpecs.forEach((spec, index) => {
      if (spec.required && (positionals[index] ?? "").trim() === "") {
        throw new CliError(`Missing argument <${spec.name}>. Run "${CLI_NAME} help ${command.name}" for its options.`);
      }
    });
  }
  return { options, positionals, json: json === true, help: help === true };
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1];
    return `Unknown option ${option ?? ""}.`.replace(" .", ".");
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const argument = /'([^']+)'/.exec(message)?.[1];
    return `Unexpected argument ${argument ? `"${argument}"` : ""} (values belong to an option, e.g. --name "Halden").`;
  }
  return message.endsWith(".") ? message : `${message}.`;
}

function optionUsage(name: string, spec: OptionSpec): string {
  const flag = spec.short ? `-${spec.short}, --${name}` : `--${name}`;
  return spec.type === "string" ? `${flag} ${spec.valueName ?? "<value>"}` : flag;
}

function synopsis(command: Pick<Command, "name" | "options" | "arguments">): string {
  const positionals = (command.arguments ?? []).map((spec) => (spec.required ? `<${spec.name}>` : `[<${spec.name}>]`));
  const parts = Object.entries(command.options).map(([name, spec]) => {
    const usage = optionUsage(name, spec) + (spec.multiple ? " ..." : "");
    return spec.required ? usage : `[${usage}]`;
  });
  return [`${CLI_NAME} ${command.name}`, ...positionals, ...parts, "[--json]"].join(" ");
}

/** The list of commands (`help` without a command name). */
export function formatHelp(commands: readonly Pick<Command, "name" | "description">[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Usage: ${CLI_NAME} <command> [options] [--json]`,
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`),
    "",
    `Run "${CLI_NAME} help <command>" for the options of a command.`,
    "Errors go to stderr and end with exit code 1.",
  ].join("\n");
}

/** The help of one command. */
export function formatCommandHelp(command: Pick<Command, "name" | "description" | "options" | "arguments" | "examples">): string {
  const specs = { ...command.options, ...GLOBAL_OPTIONS };
  const usages = Object.entries(specs).map(([name, spec]) => [optionUsage(name, spec), spec] as const);
  const argumentSpecs = command.arguments ?? [];
  const width = Math.max(...usages.map(([usage]) => usage.length), ...argumentSpecs.map((spec) => spec.name.length + 2));
  const lines = [
    `Usage: ${synopsis(command)}`,
    "",
    command.description,
    "",
    ...(argumentSpecs.length > 0
      ? ["Arguments:", ...argumentSpecs.map((spec) => `  ${`<${spec.name}>`.padEnd(width)}  ${spec.description}${spec.required ? " (required)" : ""}`), ""]
      : []),
    "Options:",
    ...usages.map(([usage, spec]) => {
      const notes = [spec.required ? "required" : null, spec.multiple ? "repeatable" : null].filter(Boolean);
      return `  ${usage.padEnd(width)}  ${spec.description}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`;
    }),
  ];
  if (command.examples && command.examples.length > 0) {
    lines.push("", "Examples:", ...command.examples.map((example) => `  ${example}`));
  }
  return lines.join("\n");
}
