/** Shared types and helpers of the command-line interface (`npm run cli -- <command>`). */
import type { Principal } from "~/kit/permissions";

/** The CLI is run by the installation's operator, who may do anything in any municipality: it acts as an admin. */
export const CLI_PRINCIPAL: Principal = { role: "admin", userId: null, sectorIds: [] };

export interface OptionSpec {
  type: "string" | "boolean";
  /** May be given several times; the value is then a list. */
  multiple?: boolean;
  short?: string;
  required?: boolean;
  /** Shown in the help, e.g. "<code>". */
  valueName?: string;
  description: string;
}

export type OptionValue = string | boolean | string[] | undefined;
export type OptionValues = Record<string, OptionValue>;

/** How a command talks to the outside world; tests pass their own. */
export interface CliIO {
  /** The first line of standard input ("" at end of input), e.g. a password. */
  readLine: (prompt: string) => Promise<string>;
}

/** A positional argument, e.g. the file of `plan:import <file>`. */
export interface ArgumentSpec {
  name: string;
  description: string;
  required?: boolean;
}

export interface CommandArgs {
  options: OptionValues;
  /** Positional arguments, in the order of `Command.arguments`. */
  positionals: string[];
  json: boolean;
  io: CliIO;
}

/** What a command prints: `text` normally, `json` (serialised on one line) with --json. */
export interface CommandResult {
  text: string;
  json: unknown;
}

export interface Command {
  name: string;
  description: string;
  options: Record<string, OptionSpec>;
  /** Positional arguments; commands without them reject stray arguments. */
  arguments?: ArgumentSpec[];
  examples?: string[];
  /** False for commands that do not touch the database (help). Default true. */
  usesDatabase?: boolean | ((options: OptionValues) => boolean);
  run: (args: CommandArgs) => Promise<CommandResult>;
}

/** An error whose message is shown to the user as is (exit code 1). */
export class CliError extends Error {
  readonly code: string;

  constructor(message: string, code = "invalid_arguments") {
    super(message);
    this.name = "CliError";
    this.code = code;
  }
}

export function requiredString(options: OptionValues, name: string): string {
  const value = options[name];
  if (typeof value !== "string" || value.trim() === "") throw new CliError(`Missing required option --${name}.`);
  return value;
}

export function optionalString(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}

export function stringList(options: OptionValues, name: string): string[] {
  const value = options[name];
  if (Array.isArray(value)) return value;
  return typeof value === "string" ? [value] : [];
}
