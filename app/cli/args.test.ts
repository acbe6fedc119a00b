import { describe, expect, it } from "vitest";
import { formatCommandHelp, formatHelp, parseCommandOptions, splitCommandLine, wantsJson } from "./args";
import { CliError, type Command } from "./command";

const example: Pick<Command, "name" | "description" | "options" | "examples"> = {
  name: "thing:create",
  description: "Create a thing.",
  options: {
    code: { type: "string", required: true, valueName: "<code>", description: "The code." },
    name: { type: "string", description: "The name." },
    sector: { type: "string", multiple: true, description: "A sector." },
    force: { type: "boolean", description: "Do it anyway." },
  },
  examples: ["npm run cli -- thing:create --code 1"],
};

function cliError(fn: () => unknown): CliError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return error as CliError;
  }
  throw new Error("expected a CliError");
}

describe("splitCommandLine", () => {
  it("takes the first argument as the command", () => {
    expect(splitCommandLine(["municipality:create", "--code", "3401", "--json"])).toEqual({
      command: "municipality:create",
      rest: ["--code", "3401", "--json"],
    });
  });

  it("accepts global flags before the command", () => {
    expect(splitCommandLine(["--json", "token:create", "--role", "reader"])).toEqual({ command: "token:create", rest: ["--json", "--role", "reader"] });
  });

  it("returns no command for an empty line or only flags", () => {
    expect(splitCommandLine([])).toEqual({ command: null, rest: [] });
    expect(splitCommandLine(["--help"])).toEqual({ command: null, rest: ["--help"] });
  });

  it("rejects other options before the command", () => {
    expect(cliError(() => splitCommandLine(["--code=1", "x"])).message).toContain("--code");
  });
});

describe("parseCommandOptions", () => {
  it("parses strings, repeated options and flags", () => {
    const parsed = parseCommandOptions(example, ["--code", "3401", "--name=Hamar", "--sector", "Helse:HO", "--sector", "Oppvekst:O", "--force", "--json"]);
    expect(parsed).toEqual({
      options: { code: "3401", name: "Hamar", sector: ["Helse:HO", "Oppvekst:O"], force: true },
      positionals: [],
      json: true,
      help: false,
    });
  });

  it("keeps values with spaces and colons as one argument", () => {
    expect(parseCommandOptions(example, ["--code", "1", "--sector", "Helse og omsorg:HO"]).options.sector).toEqual(["Helse og omsorg:HO"]);
  });

  it("reports a missing required option, but not when asking for help", () => {
    expect(cliError(() => parseCommandOptions(example, ["--name", "x"])).message).toContain("Missing required option --code");
    expect(cliError(() => parseCommandOptions(example, ["--code", "  "])).message).toContain("--code");
    expect(parseCommandOptions(example, ["-h"])).toMatchObject({ help: true, json: false });
  });

  it("rejects unknown options, missing values and stray arguments", () => {
    expect(cliError(() => parseCommandOptions(example, ["--code", "1", "--colour", "red"])).message).toMatch(/^Unknown option --colour\./);
    expect(cliError(() => parseCommandOptions(example, ["--code"])).message).toContain("--code");
    expect(cliError(() => parseCommandOptions(example, ["--code", "1", "Hamar"])).message).toContain('Unexpected argument "Hamar"');
    expect(cliError(() => parseCommandOptions(example, ["--code", "1", "--json=yes"])).message).toContain("--json");
    expect(cliError(() => parseCommandOptions(example, ["--code", "1", "--x"])).message).toContain("help thing:create");
  });
});

describe("wantsJson", () => {
  it("finds --json anywhere", () => {
    expect(wantsJson(["x", "--code", "1", "--json"])).toBe(true);
    expect(wantsJson(["x", "--name", "json"])).toBe(false);
  });
});

describe("help", () => {
  it("lists the commands", () => {
    const text = formatHelp([example, { name: "demo:load", description: "Load demo data." }]);
    expect(text).toContain("thing:create  Create a thing.");
    expect(text).toContain("demo:load     Load demo data.");
  });

  it("describes a command's options", () => {
    const text = formatCommandHelp(example);
    expect(text).toContain("Usage: npm run cli -- thing:create --code <code> [--name <value>] [--sector <value> ...] [--force] [--json]");
    expect(text).toMatch(/--code <code>\s+The code\. \(required\)/);
    expect(text).toMatch(/--sector <value>\s+A sector\. \(repeatable\)/);
    expect(text).toContain("-h, --help");
    expect(text).toContain("Examples:");
  });
});

describe("positional arguments", () => {
  const withFile: Pick<Command, "name" | "description" | "options" | "arguments" | "examples"> = {
    name: "thing:read",
    description: "Read a thing.",
    options: {},
    arguments: [{ name: "file", description: "The file.", required: true }],
  };

  it("parses them for commands that declare them and shows them in the help", () => {
    expect(parseCommandOptions(withFile, ["a.txt", "--json"])).toEqual({ options: {}, positionals: ["a.txt"], json: true, help: false });
    expect(cliError(() => parseCommandOptions(withFile, [])).message).toContain("Missing argument <file>");
    expect(cliError(() => parseCommandOptions(withFile, ["a", "b"])).message).toContain('Unexpected argument "b"');
    expect(formatCommandHelp(withFile)).toContain("Usage: npm run cli -- thing:read <file> [--json]");
    expect(formatCommandHelp(withFile)).toMatch(/<file>\s+The file\. \(required\)/);
  });
});
