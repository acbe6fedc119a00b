// The import boundaries of eslint.config.js, checked with the real config on snippets that pretend to live in
// tests/lint/fixtures/, a small copy of the app/ layout (its tsconfig.json maps `~/` to tests/lint/fixtures/app/).
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = "tests/lint/fixtures";
const rule = "boundaries/dependencies";

let eslint: ESLint;

beforeAll(() => {
  // ignore: false, because eslint.config.js leaves the fixtures out of the real tree's lint.
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.js"), ignore: false });
});

/** The boundary problems ESLint reports for `code` as if it were the file `file` (relative to the fixtures). */
async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, fixtures, file), warnIgnored: true });
  const fatal = result.messages.filter((message) => message.fatal || message.ruleId === null);
  expect(fatal, "the snippet must parse and must not be ignored").toEqual([]);
  return result.messages.filter((message) => message.ruleId === rule).map((message) => message.message);
}

function importOf(specifier: string): string {
  return `import * as target from "${specifier}";\n\nexport const used = target;\n`;
}

describe("a domain file", () => {
  const from = "app/domains/plan/loader.server.ts";

  it.each([
    ["its own files, relative", "./title"],
    ["its own files, nested and relative", "./ui/row"],
    ["its own files through the alias", "~/domains/plan/title"],
    ["its own entry point", "~/domains/plan"],
    ["the kit", "~/kit/format"],
    ["the registry root", "~/domains"],
    ["another domain's entry point", "~/domains/measures"],
    ["another domain's explicit index", "~/domains/measures/index"],
    ["another domain's server entry point", "~/domains/measures/index.server"],
    ["another domain's UI entry point", "~/domains/measures/ui"],
    ["another domain's entry point, relative", "../measures"],
    ["another domain's server entry point, relative", "../measures/index.server"],
    ["a package", "react"],
    ["a Node built-in", "node:path"],
  ])("may import %s (%s)", async (_what, specifier) => {
    expect(await boundaryProblems(from, importOf(specifier))).toEqual([]);
  });

  it.each([
    ["a deep file of another domain", "~/domains/measures/queries.server", "measures/queries.server.ts"],
    ["another domain's internal schema", "~/domains/measures/db", "measures/db.ts"],
    ["a nested file of another domain", "~/domains/measures/ui/badge", "measures/ui/badge.tsx"],
    ["a deep file through a relative escape", "../measures/db", "measures/db.ts"],
    ["an app shell file", "~/hooks", "app/hooks.ts"],
  ])("may not import %s (%s)", async (_what, specifier, target) => {
    const problems = await boundaryProblems(from, importOf(specifier));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(target);
    expect(problems[0]).toContain("domain 'plan'");
  });

  it("may reference another domain's tables only from its own db.ts", async () => {
    expect(await boundaryProblems("app/domains/plan/db.ts", importOf("~/domains/measures/db"))).toEqual([]);
    expect(await boundaryProblems("app/domains/plan/db.ts", importOf("../measures/db"))).toEqual([]);
    const fromQueries = await boundaryProblems("app/domains/plan/queries.server.ts", importOf("~/domains/measures/db"));
    expect(fromQueries).toHaveLength(1);
    const intoQueries = await boundaryProblems("app/domains/plan/db.ts", importOf("~/domains/measures/queries.server"));
    expect(intoQueries).toHaveLength(1);
  });

  it("may not escape with a longer relative path from a nested folder", async () => {
    const problems = await boundaryProblems("app/domains/plan/ui/list.tsx", importOf("../../measures/ui/badge"));
    expect(problems).toEqual([expect.stringContaining("measures/ui/badge.tsx")]);
  });

  it("is checked on type-only imports, re-exports and dynamic imports too", async () => {
    const code = [
      'import type { measuresTable } from "~/domains/measures/db";',
      'export { listMeasures } from "~/domains/measures/queries.server";',
      "export type Table = typeof measuresTable;",
      'export const load = () => import("../measures/db");',
      "",
    ].join("\n");
    expect(await boundaryProblems(from, code)).toHaveLength(3);
  });

  it("may import from a look-alike tree outside app/, such as the route types of .react-router/types/app/", async () => {
    expect(await boundaryProblems(from, importOf("../../../generated/app/domains/measures/db"))).toEqual([]);
  });

  it("follows the same rule in a test file", async () => {
    expect(await boundaryProblems("app/domains/plan/loader.server.test.ts", importOf("~/domains/measures/queries.server"))).toHaveLength(1);
    expect(await boundaryProblems("app/domains/plan/loader.server.test.ts", importOf("~/domains/measures/index.server"))).toEqual([]);
  });

  it("reports each deep import of a file with several", async () => {
    const code = [importOf("~/domains/measures/db"), 'import { Badge } from "../measures/ui/badge";', "export const badge = Badge;", ""].join("\n");
    expect(await boundaryProblems(from, code)).toHaveLength(2);
  });
});

describe("a kit file", () => {
  const from = "app/kit/helpers.ts";

  it.each([
    ["another kit file", "./format"],
    ["another kit file through the alias", "~/kit/format"],
    ["a package", "react"],
  ])("may import %s (%s)", async (_what, specifier) => {
    expect(await boundaryProblems(from, importOf(specifier))).toEqual([]);
  });

  it.each([
    ["a domain's entry point", "~/domains/measures", "measures/index.ts"],
    ["a domain's server entry point", "~/domains/measures/index.server", "measures/index.server.ts"],
    ["a deep domain file", "~/domains/measures/db", "measures/db.ts"],
    ["the registry root", "~/domains", "domains/index.ts"],
    ["a domain file through a relative path", "../domains/measures/db", "measures/db.ts"],
  ])("may not import %s (%s)", async (_what, specifier, target) => {
    const problems = await boundaryProblems(from, importOf(specifier));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("app/kit may not import from app/domains");
    expect(problems[0]).toContain(target);
  });

  it("may not import a domain from a nested folder either", async () => {
    expect(await boundaryProblems("app/kit/ui/widget.tsx", importOf("../../domains/plan/ui/row"))).toHaveLength(1);
  });
});

describe("the app shell and the code outside app/", () => {
  const deepImports = ["~/domains/measures/queries.server", "~/domains/measures/db", "~/domains/plan/ui/row", "~/hooks", "~/kit/format"];

  it.each([
    "app/root.tsx",
    "app/entry.server.tsx",
    "app/routes.ts",
    "app/hooks.ts",
    "app/header.tsx",
    "app/config.server.ts",
    "app/startup.server.ts",
    "app/cli/commands/x.ts",
  ])("%s may import anything", async (file) => {
    const code =
      deepImports.map((specifier, i) => `import * as t${i} from "${specifier}";`).join("\n") +
      `\nexport const all = [${deepImports.map((_, i) => `t${i}`).join(", ")}];\n`;
    expect(await boundaryProblems(file, code)).toEqual([]);
    expect(await boundaryProblems(file, importOf("./domains/measures/db"))).toEqual([]);
  });

  it.each(["tests/db/x.test.ts", "tests/setup/helpers.ts"])("%s may import anything", async (file) => {
    expect(await boundaryProblems(file, importOf("~/domains/measures/queries.server"))).toEqual([]);
    expect(await boundaryProblems(file, importOf("../../app/domains/measures/db"))).toEqual([]);
  });
});
