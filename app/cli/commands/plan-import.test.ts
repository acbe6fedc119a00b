import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { ImportDraft } from "~/domains/import";
import { startLlmStub } from "../../../tests/setup/llm-stub";
import { parseCommandOptions } from "../args";
import type { CommandArgs, OptionValues } from "../command";
import { planImport } from "./plan-import";
import { rejection } from "./test-helpers";

const run = promisify(execFile);
const HOYLANDET = path.resolve("tests/fixtures/plans/hoylandet-strategi-digitalisering-2023-2027.txt");
const NYNORSK = path.resolve("tests/fixtures/plans/synthetic-nynorsk-blokker.txt");
const dir = mkdtempSync(path.join(tmpdir(), "retning-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

function args(file: string, options: OptionValues, json = false): CommandArgs {
  return { options, positionals: [file], json, io: { readLine: async () => "" } };
}

describe("plan:import", () => {
  it("takes the file as an argument and requires it", () => {
    expect(parseCommandOptions(planImport, ["plan.pdf", "--dry-run", "--json"])).toMatchObject({
      positionals: ["plan.pdf"],
      options: { "dry-run": true },
      json: true,
    });
    expect(() => parseCommandOptions(planImport, ["--dry-run"])).toThrow("Missing argument <file>.");
    expect(() => parseCommandOptions(planImport, ["a.pdf", "b.pdf"])).toThrow('Unexpected argument "b.pdf"');
  });

  it("prints the draft with --dry-run --json", async () => {
    const result = await planImport.run(args(HOYLANDET, { "dry-run": true, municipality: "5046" }, true));
    const draft = result.json as ImportDraft;
    expect(draft.strategy).toMatchObject({ municipality: "Høylandet", caseNumber: "Sak 58/22" });
    expect(draft.measures).toHaveLength(44);
    expect(Object.keys(draft.measures[0])).toEqual(
      expect.arrayContaining([
        "id",
        "code",
        "title",
        "description",
        "sector",
        "priority",
        "status",
        "responsible",
        "start",
        "end",
        "costs",
        "benefits",
        "goalNumbers",
        "userOriented",
        "confidence",
        "sources",
      ]),
    );
    expect(draft.measures[0].sources[0]).toEqual({ page: null, line: expect.any(Number), excerpt: expect.stringContaining("1.1.1") });
  });

  it("prints a summary without --json", async () => {
    const result = await planImport.run(args(HOYLANDET, { "dry-run": true }));
    expect(result.text).toContain("Measures: 44");
    expect(result.text).toContain("Goals: 32 (7 main goals)");
    expect(result.text).toContain("nothing was written");
  });

  it("runs the model assist when LLM_BASE_URL is set and reports an endpoint that fails", async () => {
    const stub = await startLlmStub(() => ({ status: 503 }));
    try {
      vi.stubEnv("LLM_BASE_URL", stub.baseUrl);
      const result = await planImport.run(args(NYNORSK, { "dry-run": true }));
      expect(stub.requests).toHaveLength(1);
      expect(stub.requests[0].measures.map((m) => m.code)).toEqual(["HO03"]);
      expect(result.text).toContain("Warning: Språkmodellen svarte ikke");
      expect((result.json as ImportDraft).measures.some((m) => m.assisted)).toBe(false);
    } finally {
      await stub.close();
    }
  });

  it("needs a municipality to commit, and a dry run opens no database", async () => {
    const error = await rejection(planImport.run(args(HOYLANDET, {})));
    expect(error).toMatchObject({ code: "invalid_arguments", message: expect.stringContaining("--municipality") });
    const usesDatabase = planImport.usesDatabase as (options: OptionValues) => boolean;
    expect(usesDatabase({ "dry-run": true })).toBe(false);
    expect(usesDatabase({ municipality: "3401" })).toBe(true);
  });

  it("reports bad files with their own code and the Norwegian message", async () => {
    const corrupt = path.join(dir, "skadd.pdf");
    writeFileSync(corrupt, "%PDF-1.7\nnot really");
    expect(await rejection(planImport.run(args(corrupt, { "dry-run": true })))).toMatchObject({
      code: "corrupt",
      message: "Filen er skadet og kan ikke leses.",
    });
    // A sparse file: over the limit without writing 20 MB.
    const large = path.join(dir, "stor.pdf");
    writeFileSync(large, "");
    truncateSync(large, 21 * 1024 * 1024);
    expect(await rejection(planImport.run(args(large, { "dry-run": true })))).toMatchObject({ code: "too_large", message: expect.stringContaining("20 MB") });
    expect(await rejection(planImport.run(args(path.join(dir, "finst-ikkje.pdf"), { "dry-run": true })))).toMatchObject({ code: "not_found" });
    expect(await rejection(planImport.run(args(HOYLANDET, { "dry-run": true, municipality: "34" })))).toMatchObject({ code: "invalid_arguments" });
  });

  it("runs as a process and writes only JSON to stdout", async () => {
    const tsx = path.resolve("node_modules/.bin/tsx");
    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "" };
    const { stdout, stderr } = await run(tsx, ["app/cli/index.server.ts", "plan:import", HOYLANDET, "--dry-run", "--json"], { env });
    expect(stderr).toBe("");
    expect((JSON.parse(stdout) as ImportDraft).measures).toHaveLength(44);
  }, 120_000);
});
