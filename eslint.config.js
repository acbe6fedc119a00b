// ESLint 9 flat config: typescript-eslint (recommended, not type-aware), React hooks, and the import boundaries of
// the domain-slice layout (see "Import boundaries" below). Formatting is Prettier's job: eslint-config-prettier
// comes last and turns off every rule that would fight it.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

// Import boundaries.
// - app/kit/**: domain-free helpers. They may not import anything under app/domains/ (the registry root included).
// - app/domains/<domain>/**: a domain file may import its own domain's files, app/kit/**, the registry root
//   (~/domains = app/domains/index.ts) and another domain only through its entry points ~/domains/<other>
//   (index.ts, client-safe logic and constants), ~/domains/<other>/ui (ui/index.ts, React components) and
//   ~/domains/<other>/index.server (index.server.ts, server-only); a db.ts may import another domain's db.ts (tables). Every other file
//   under app/ (a deep file of another domain, the app shell, ...) is out of bounds. Test files follow the same rule.
// - The rest of app/ (the app shell: root.tsx, entry.server.tsx, routes.ts, hooks.ts, cli/**, ...; until they move,
//   also db/, i18n/ and modules/) and everything outside app/ (tests/, bench/, scripts/) may import anything.
// Imports are resolved (`~/` through tsconfig paths, relative paths, `export ... from` and `import()` too) before
// they are classified, so `~/domains/measures/db` and `../measures/db` are the same dependency. An import that does
// not resolve is not checked here (tsc reports it).
// tests/lint/boundaries.test.ts checks these rules on the small tree in tests/lint/fixtures/, whose own
// tsconfig.json maps `~/` to tests/lint/fixtures/app/ (the element patterns below match both trees).
const root = import.meta.dirname;
const domainEntryPoints = ["index.ts", "ui/index.ts", "index.server.ts"];
/** Tables: a domain's db.ts may reference another domain's tables (foreign keys) without a cycle through the entries. */
const tableFiles = ["db.ts", "db.*.ts"];
/** The pattern for `sub` (a folder under app/) in the real tree and in the test fixtures. */
const appPaths = (sub) => [`app${sub && "/"}${sub}`, `tests/lint/fixtures/app${sub && "/"}${sub}`];

const boundariesConfig = {
  name: "retning/boundaries",
  files: ["**/*.{js,mjs,cjs,ts,tsx}"],
  plugins: { boundaries },
  settings: {
    "import/resolver": {
      typescript: { project: [`${root}/tsconfig.json`, `${root}/tests/lint/fixtures/tsconfig.json`], noWarnOnMultipleProjects: true },
    },
    // Element patterns are matched against paths relative to the repository, whatever the working directory.
    "boundaries/root-path": root,
    "boundaries/dependency-nodes": ["import", "export", "dynamic-import"],
    // Most specific first: a file gets the type of the first descriptor that matches at the deepest folder level.
    // Patterns match whole paths from the repository root (partialMatch: false), so that look-alike trees such as
    // .react-router/types/app/ (the route types from `react-router typegen`) are not taken for app/.
    "boundaries/elements": [
      { type: "domain", pattern: appPaths("domains/*"), capture: ["domain"], partialMatch: false },
      { type: "registry", pattern: appPaths("domains"), partialMatch: false },
      { type: "kit", pattern: appPaths("kit"), partialMatch: false },
      { type: "app", pattern: appPaths(""), partialMatch: false },
    ],
  },
  rules: {
    "boundaries/dependencies": [
      "error",
      {
        default: "allow",
        policies: [
          {
            from: { element: { type: "kit" } },
            disallow: { to: { element: { type: ["domain", "registry"] } } },
            message: "app/kit may not import from app/domains (here: {{to.file.path}}): kit helpers are domain-free.",
          },
          {
            from: { element: { type: "domain" } },
            disallow: { to: { element: { type: ["domain", "registry", "app"] } } },
            message:
              "A file of domain '{{from.element.captured.domain}}' may import only its own files, ~/kit/**, ~/domains and the entry points ~/domains/<other>, ~/domains/<other>/ui or ~/domains/<other>/index.server of another domain (a db.ts may also import another domain's db.ts), not {{to.file.path}}.",
          },
          {
            from: { element: { type: "domain" } },
            allow: { to: { element: { type: "domain", fileInternalPath: domainEntryPoints } } },
          },
          {
            from: { element: { type: "domain", fileInternalPath: tableFiles } },
            allow: { to: { element: { type: "domain", fileInternalPath: tableFiles } } },
          },
          {
            from: { element: { type: "domain" } },
            allow: { to: { element: { type: "registry", fileInternalPath: "index.ts" } } },
          },
        ],
      },
    ],
  },
};

export default defineConfig([
  globalIgnores([
    "build/",
    ".react-router/",
    "node_modules/",
    "data/",
    "bench/results/",
    "drizzle/",
    "public/",
    "test-results/",
    // Deliberate boundary violations: linted only by tests/lint/boundaries.test.ts.
    "tests/lint/fixtures/",
  ]),
  {
    name: "retning/files",
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // React code lives in app/. Test helpers such as useTestDatabase() or useBrowser() are Vitest fixtures, not hooks.
    ...reactHooks.configs.flat.recommended,
    name: "retning/react-hooks",
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
  },
  boundariesConfig,
  {
    // Tests read untyped JSON answers (API bodies, OpenAPI documents) and assert on them directly.
    name: "retning/tests",
    files: ["tests/**/*.ts", "**/*.test.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    name: "retning/rules",
    rules: {
      // `_`-prefixed names mark a deliberately unused parameter or destructured rest sibling.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  prettier,
]);
