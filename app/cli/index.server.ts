// Command-line interface: `npm run cli -- <command> [options] [--json]`, `npm run cli -- help`.
import { pathToFileURL } from "node:url";
import { getDatabase } from "~/kit/db.server";
import { startup } from "~/startup.server";
import type { Command } from "./command";
import { dataGenerate } from "./commands/data-generate";
import { demoLoad } from "./commands/demo-load";
import { municipalityCreate } from "./commands/municipality-create";
import { planImport } from "./commands/plan-import";
import { tokenCreate } from "./commands/token-create";
import { userCreate } from "./commands/user-create";
import { readFirstLine, runCli } from "./run";

/** The registry: add a command by importing it and appending it here. */
export const commands: Command[] = [municipalityCreate, userCreate, tokenCreate, demoLoad, dataGenerate, planImport];

async function closeDatabase() {
  let handle;
  try {
    handle = getDatabase();
  } catch {
    return; // start-up failed before the database was opened
  }
  await handle.close();
}

export async function main(argv: readonly string[]): Promise<number> {
  return runCli(argv, {
    commands,
    io: {
      readLine: (prompt) => {
        if (process.stdin.isTTY) process.stderr.write(prompt);
        return readFirstLine(process.stdin);
      },
    },
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    // Same database set-up as the server, but quiet, and the CLI never loads demo data by itself (see demo:load).
    openDatabase: () => startup({ loadDemo: false, log: () => {} }),
    closeDatabase,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
