import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { commands } from "./index.server";

const run = promisify(execFile);

describe("CLI registry", () => {
  it("has the commands, with unique names and descriptions", () => {
    const names = commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["municipality:create", "user:create", "token:create", "demo:load"]));
    expect(new Set(names).size).toBe(names.length);
    for (const command of commands) {
      expect(command.name).toMatch(/^[a-z]+:[a-z-]+$/);
      expect(command.description.length).toBeGreaterThan(0);
      expect(Object.keys(command.options)).not.toContain("json");
    }
  });

  // One real process: the same start-up as the server (migrations, no demo data) and a clean exit.
  it("runs as a process against a fresh data directory", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "retning-cli-"));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", DEMO: "1" };
    const tsx = path.resolve("node_modules/.bin/tsx");
    try {
      const created = await run(tsx, ["app/cli/index.server.ts", "municipality:create", "--code", "3001", "--name", "Halden", "--json"], { env });
      expect(JSON.parse(created.stdout)).toMatchObject({ municipality: { code: "3001", name: "Halden" } });
      expect(created.stderr).toBe("");
      // The CLI did not load the demo municipality although DEMO=1.
      const failed = await run(tsx, ["app/cli/index.server.ts", "token:create", "--municipality", "3401", "--role", "reader", "--json"], { env }).then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stdout).toBe("");
      expect(JSON.parse(failed?.stderr ?? "")).toEqual({ error: { code: "not_found", message: "No municipality with number 3401." } });
      const token = await run(tsx, ["app/cli/index.server.ts", "token:create", "--municipality", "3001", "--role", "reader", "--json"], { env });
      expect(token.stdout).toMatch(/^\{"token":"rtn_[A-Za-z0-9_-]+"\}\n$/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
