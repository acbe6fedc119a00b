// `npm run build:check`: fails when a client chunk of the build (build/client/assets/*.js) contains Drizzle ORM or zod.
// Both are server-side libraries here: database access and input validation run in loaders and actions, and a client
// chunk that carries them means that a route module's component code imports server code.
//
// The signatures are strings that survive minification, found by bundling each library with Vite (minified) and
// reading the output; tests/lint/client-bundle.test.ts bundles them again, so a library update that drops a
// signature fails the tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** @type {{ library: string, signature: string, pattern: RegExp }[]} */
export const SIGNATURES = [
  // drizzle-orm keys its metadata with global symbols: Symbol.for("drizzle:entityKind"), "drizzle:Name", "drizzle:Columns"...
  { library: "drizzle-orm", signature: 'Symbol.for("drizzle:…")', pattern: /Symbol\.for\(\s*["'`]drizzle:[A-Za-z]+["'`]\s*\)/ },
  {
    library: "drizzle-orm",
    signature: '"drizzle:…" metadata key',
    pattern: /["'`]drizzle:(?:entityKind|Name|OriginalName|BaseName|Columns|Schema|IsAlias|IsDrizzleTable|IsDrizzleView)["'`]/,
  },
  // Every drizzle class has a static entity kind string, such as "PgTable" or "PgColumn" (drizzle-orm/pg-core).
  { library: "drizzle-orm", signature: "pg-core entity kind", pattern: /["'`](?:PgTable|PgColumn|PgColumnBuilder|PgDialect|PgDatabase)["'`]/ },
  // zod 4 names each internal class: $constructor("$ZodType", ...), "$ZodObject", "$ZodError"... (zod and zod/mini).
  { library: "zod", signature: '"$Zod…" class name (zod 4)', pattern: /["'`]\$Zod[A-Z][A-Za-z]*["'`]/ },
  // zod 4 keeps a schema's internals under `._zod` (`._zod.def`, `._zod.run`...).
  { library: "zod", signature: "._zod internals (zod 4)", pattern: /\._zod\.(?:def|bag|run|parse|traits|version)\b/ },
  // zod 3 tags each schema with its type name, and zod 4 (classic) names its classes the same: "ZodObject", "ZodString"...
  {
    library: "zod",
    signature: '"Zod…" type name (zod 3, zod 4 classic)',
    pattern: /["'`]Zod(?:Object|String|Number|Effects|Optional|Nullable|FirstPartyTypeKind)["'`]/,
  },
];

/**
 * The server-side libraries whose signatures occur in `code` (the text of one chunk), with what was found.
 * @param {string} code
 * @returns {{ library: string, signature: string, evidence: string }[]}
 */
export function findServerLibraries(code) {
  const found = [];
  for (const { library, signature, pattern } of SIGNATURES) {
    const match = pattern.exec(code);
    if (!match) continue;
    const start = Math.max(0, match.index - 40);
    const end = Math.min(code.length, match.index + match[0].length + 40);
    found.push({ library, signature, evidence: code.slice(start, end).replace(/\s+/g, " ") });
  }
  return found;
}

/**
 * Checks every `*.js` chunk in `assetsDir`.
 * @param {string} assetsDir
 * @returns {{ chunks: number, problems: { chunk: string, library: string, signature: string, evidence: string }[], importers: Map<string, string[]> }}
 *   `importers` names, for each chunk with a problem, the other chunks that mention its file name (its importers).
 */
export function checkClientAssets(assetsDir) {
  const chunks = readdirSync(assetsDir)
    .filter((name) => name.endsWith(".js"))
    .sort();
  const texts = new Map(chunks.map((chunk) => [chunk, readFileSync(path.join(assetsDir, chunk), "utf8")]));
  const problems = [];
  for (const [chunk, code] of texts) {
    for (const finding of findServerLibraries(code)) problems.push({ chunk, ...finding });
  }
  const importers = new Map();
  for (const chunk of new Set(problems.map((problem) => problem.chunk))) {
    importers.set(
      chunk,
      chunks.filter((other) => other !== chunk && !other.startsWith("manifest-") && texts.get(other).includes(chunk)),
    );
  }
  return { chunks: chunks.length, problems, importers };
}

function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const assetsDir = path.join(root, "build/client/assets");
  let result;
  try {
    result = checkClientAssets(assetsDir);
  } catch (error) {
    console.error(`check-client-bundle: cannot read ${path.relative(root, assetsDir)} (${error.code ?? error.message}). Run \`npm run build\` first.`);
    process.exit(1);
  }
  if (result.chunks === 0) {
    console.error(`check-client-bundle: no .js chunks in ${path.relative(root, assetsDir)}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  if (result.problems.length === 0) {
    console.log(`check-client-bundle: ${result.chunks} client chunks, none contains drizzle-orm or zod.`);
    return;
  }
  const chunks = new Set(result.problems.map((problem) => problem.chunk));
  console.error(`check-client-bundle: ${chunks.size} of ${result.chunks} client chunks contain server-side libraries:`);
  for (const chunk of chunks) {
    const problems = result.problems.filter((problem) => problem.chunk === chunk);
    const libraries = [...new Set(problems.map((problem) => problem.library))].join(" and ");
    console.error(`\n  build/client/assets/${chunk}: ${libraries}`);
    const importers = result.importers.get(chunk) ?? [];
    if (importers.length > 0) console.error(`    imported by: ${importers.join(", ")}`);
    for (const problem of problems) console.error(`    - ${problem.library}, ${problem.signature}: …${problem.evidence}…`);
  }
  console.error("\nA route module's client code (its component, or a module it imports) reaches server code. Keep database and zod code in");
  console.error("*.server.ts modules, or behind the loader and action, and import only client-safe entry points (~/domains/<domain>).");
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
