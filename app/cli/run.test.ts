import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { CliError, type Command } from "./command";
import { describeError, readFirstLine, runCli } from "./run";
import { AppError } from "~/kit/errors";

function fakeDeps(commands: Command[]) {
  const out: string[] = [];
  const err: string[] = [];
  const calls: string[] = [];
  return {
    out,
    err,
    calls,
    deps: {
      commands,
      io: { readLine: async () => "" },
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => err.push(text),
      openDatabase: async () => {
        calls.push("open");
      },
      closeDatabase: async () => {
        calls.push("close");
      },
    },
  };
}

const echo: Command = {
  name: "echo:it",
  description: "Echo the name.",
  options: { name: { type: "string", required: true, description: "A name." } },
  async run({ options }) {
    if (options.name === "fail") {
      throw new AppError("validation", {
        fieldErrors: { code: { key: "validation.municipalityCode" }, name: { key: "validation.tooLong", params: { max: 5 } } },
      });
    }
    if (options.name === "boom") throw new Error("disk full");
    return { text: `Hello ${String(options.name)}`, json: { name: options.name } };
  },
};

describe("runCli", () => {
  it("runs a command between opening and closing the database and prints text or JSON", async () => {
    const text = fakeDeps([echo]);
    expect(await runCli(["echo:it", "--name", "Ada"], text.deps)).toBe(0);
    expect(text.out).toEqual(["Hello Ada"]);
    expect(text.calls).toEqual(["open", "close"]);
    const json = fakeDeps([echo]);
    expect(await runCli(["echo:it", "--name", "Ada", "--json"], json.deps)).toBe(0);
    expect(json.out).toEqual(['{"name":"Ada"}']);
  });

  it("closes the database and reports validation errors in bokmål on stderr", async () => {
    const { deps, out, err, calls } = fakeDeps([echo]);
    expect(await runCli(["echo:it", "--name", "fail"], deps)).toBe(1);
    expect(calls).toEqual(["open", "close"]);
    expect(out).toEqual([]);
    expect(err).toEqual(["Error: code: Kommunenummeret må være fire sifre.\nname: Teksten kan ikke være lengre enn 5 tegn."]);
  });

  it("reports errors as JSON with --json", async () => {
    const { deps, err } = fakeDeps([echo]);
    expect(await runCli(["echo:it", "--json", "--name", "fail"], deps)).toBe(1);
    expect(JSON.parse(err[0])).toEqual({
      error: {
        code: "validation",
        message: "code: Kommunenummeret må være fire sifre.\nname: Teksten kan ikke være lengre enn 5 tegn.",
        fields: { code: "Kommunenummeret må være fire sifre.", name: "Teksten kan ikke være lengre enn 5 tegn." },
      },
    });
    const unknown = fakeDeps([echo]);
    expect(await runCli(["nope", "--json"], unknown.deps)).toBe(1);
    expect(JSON.parse(unknown.err[0]).error.code).toBe("unknown_command");
  });

  it("fails without touching the database on unknown commands and bad arguments", async () => {
    for (const argv of [[], ["nope"], ["echo:it"], ["echo:it", "--name", "x", "--what"]]) {
      const { deps, err, calls } = fakeDeps([echo]);
      expect(await runCli(argv, deps)).toBe(1);
      expect(err[0]).toMatch(/^Error: /);
      expect(calls).toEqual([]);
    }
  });

  it("reports unexpected errors briefly", async () => {
    const { deps, err } = fakeDeps([echo]);
    expect(await runCli(["echo:it", "--name", "boom"], deps)).toBe(1);
    expect(err[0]).toBe("Error: Unexpected error: disk full");
  });

  it("prints the list of commands and the help of one", async () => {
    const list = fakeDeps([echo]);
    expect(await runCli(["help"], list.deps)).toBe(0);
    expect(list.out[0]).toContain("echo:it");
    expect(list.out[0]).toContain("help [<command>]");
    expect(list.calls).toEqual([]);
    const one = fakeDeps([echo]);
    expect(await runCli(["help", "echo:it"], one.deps)).toBe(0);
    expect(one.out[0]).toContain("--name <value>");
    const flag = fakeDeps([echo]);
    expect(await runCli(["echo:it", "--help"], flag.deps)).toBe(0);
    expect(flag.out[0]).toContain("Echo the name.");
    const json = fakeDeps([echo]);
    expect(await runCli(["help", "--json"], json.deps)).toBe(0);
    expect(JSON.parse(json.out[0])).toEqual({ commands: [{ name: "echo:it", description: "Echo the name." }] });
    const missing = fakeDeps([echo]);
    expect(await runCli(["help", "nope"], missing.deps)).toBe(1);
  });
});

describe("describeError", () => {
  it("uses the message of CliError and of an AppError's message key", () => {
    expect(describeError(new CliError("No municipality with number 9999.", "not_found"))).toEqual({
      code: "not_found",
      message: "No municipality with number 9999.",
    });
    expect(describeError(new AppError("rate_limited", { messageRef: { key: "error.rateLimited" } }))).toEqual({
      code: "rate_limited",
      message: "For mange forsøk. Vent litt og prøv igjen.",
    });
    expect(describeError(new AppError("not_found"))).toEqual({ code: "not_found", message: "Not found." });
  });
});

describe("readFirstLine", () => {
  it("returns the first line only, or an empty string at end of input", async () => {
    const input = new PassThrough();
    input.end("hemmelig passord\nneste linje\n");
    expect(await readFirstLine(input)).toBe("hemmelig passord");
    const empty = new PassThrough();
    empty.end();
    expect(await readFirstLine(empty)).toBe("");
  });
});
