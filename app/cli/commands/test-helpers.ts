import { expect } from "vitest";
import type { CliIO, CommandArgs, OptionValues } from "../command";

/** Arguments for a command's run(); stdin answers with `stdin` (default: end of input). */
export function argsFor(options: OptionValues, { stdin = "", json = false }: { stdin?: string; json?: boolean } = {}) {
  const prompts: string[] = [];
  const io: CliIO = {
    readLine: async (prompt) => {
      prompts.push(prompt);
      return stdin;
    },
  };
  const args: CommandArgs = { options, positionals: [], json, io };
  return { args, prompts };
}

export async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; fieldErrors?: Record<string, { key: string }> }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error & { code?: string };
}
