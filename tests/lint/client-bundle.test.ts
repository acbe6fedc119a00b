// The detector of scripts/check-client-bundle.mjs: on synthetic chunk text, and on real minified bundles that Vite
// builds here from drizzle-orm, zod and ordinary React + Designsystemet code, so that a library update which drops a
// signature fails this test.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build, type Rollup } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { checkClientAssets, findServerLibraries } from "../../scripts/check-client-bundle.mjs";

const root = path.resolve(import.meta.dirname, "../..");

function libraries(code: string): string[] {
  return [...new Set(findServerLibraries(code).map((finding) => finding.library))].sort();
}

/**
 * `code` (a module that imports packages of this project) bundled and minified as Vite builds an app, as one text.
 * An app build drops the entry's exports, so the samples hand what they build to `globalThis.sample` to keep it.
 */
async function bundle(code: string): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: "silent",
    plugins: [
      {
        name: "sample-entry",
        resolveId: (id) => (id === "virtual:sample" ? "\0sample" : null),
        load: (id) => (id === "\0sample" ? code : null),
      },
    ],
    build: { write: false, minify: true, rollupOptions: { input: "virtual:sample" } },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  return results
    .flatMap((result) => result.output)
    .map((file) => (file.type === "chunk" ? file.code : ""))
    .join("\n");
}

describe("findServerLibraries on synthetic chunks", () => {
  it("flags drizzle-orm", () => {
    expect(libraries('const i=Symbol.for("drizzle:entityKind");class q{static[i]="PgTable"}')).toEqual(["drizzle-orm"]);
    expect(libraries('static[i]="PgColumn";')).toEqual(["drizzle-orm"]);
  });

  it("flags zod", () => {
    expect(libraries('const o=e.inst?._zod?.traits;o?.has("$ZodType")')).toEqual(["zod"]);
    expect(libraries("function D(e){return e._zod.def.shape}")).toEqual(["zod"]);
    expect(libraries('sc=l("ZodString",(e,t)=>{})')).toEqual(["zod"]);
  });

  it("names the evidence", () => {
    const [finding] = findServerLibraries('var a=1;const i=Symbol.for("drizzle:entityKind");var b=2;');
    expect(finding).toMatchObject({ library: "drizzle-orm", signature: 'Symbol.for("drizzle:…")' });
    expect(finding.evidence).toContain('Symbol.for("drizzle:entityKind")');
  });

  it("does not flag ordinary client code", () => {
    const code = [
      'import{j as e}from"./jsx-runtime-D1.js";import{B as t,H as n}from"./index-ds.js";',
      'function r(){const[a,s]=useState(0);return e.jsx("main",{children:[e.jsx(n,{level:1,children:"Tiltak"}),e.jsx(t,{onClick:()=>s(a+1),children:"Lagre"})]})}',
      'const l={zodiac:"Stjernetegn",drizzle:"Yr",schema:"Skjema",PgUp:"Side opp",status:"Status"};export{r as default,l};',
    ].join("");
    expect(findServerLibraries(code)).toEqual([]);
  });
});

describe("findServerLibraries on real minified bundles", { timeout: 120_000 }, () => {
  it("flags a drizzle-orm/pg-core table", async () => {
    const code = await bundle(
      'import { pgTable, text, uuid } from "drizzle-orm/pg-core"; globalThis.sample = pgTable("t", { id: uuid("id"), name: text("name") });',
    );
    expect(libraries(code)).toEqual(["drizzle-orm"]);
  });

  it("flags drizzle-orm's query helpers", async () => {
    expect(libraries(await bundle('import { eq, sql } from "drizzle-orm"; globalThis.sample = (a, b) => [eq(a, b), sql`select 1`];'))).toEqual(["drizzle-orm"]);
  });

  it("flags zod", async () => {
    const code = await bundle('import { z } from "zod"; const s = z.object({ name: z.string().min(1) }); globalThis.sample = (v) => s.safeParse(v);');
    expect(libraries(code)).toEqual(["zod"]);
  });

  it("flags zod/mini", async () => {
    expect(
      libraries(await bundle('import * as z from "zod/mini"; const s = z.object({ n: z.string() }); globalThis.sample = (v) => z.safeParse(s, v);')),
    ).toEqual(["zod"]);
  });

  it("does not flag React and Designsystemet", async () => {
    const code = await bundle(
      [
        'import { createElement, useState } from "react";',
        'import { createRoot } from "react-dom/client";',
        'import { Alert, Button, Heading, Table, Textfield } from "@digdir/designsystemet-react";',
        "function App() {",
        "  const [count, setCount] = useState(0);",
        '  return createElement("main", null, createElement(Heading, null, "Tiltak"), createElement(Alert, null, "Lagret"),',
        '    createElement(Textfield, { label: "Navn" }), createElement(Table, null),',
        "    createElement(Button, { onClick: () => setCount(count + 1) }, String(count)));",
        "}",
        'createRoot(document.getElementById("root")).render(createElement(App));',
      ].join("\n"),
    );
    expect(code.length).toBeGreaterThan(100_000);
    expect(findServerLibraries(code)).toEqual([]);
  });
});

describe("checkClientAssets", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "retning-client-assets-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names each chunk with server code, the libraries and the chunks that import it", () => {
    writeFileSync(path.join(dir, "entry.client-A1.js"), 'import"./root-B2.js";console.log("hei")');
    writeFileSync(path.join(dir, "root-B2.js"), 'import{x}from"./db-C3.js";export const r=x');
    writeFileSync(path.join(dir, "db-C3.js"), 'const i=Symbol.for("drizzle:entityKind");export const x=i');
    writeFileSync(path.join(dir, "schemas-D4.js"), 'export const s=e=>e._zod.def;const n="$ZodObject"');
    writeFileSync(path.join(dir, "manifest-E5.js"), 'window.__manifest={"db":"./db-C3.js"}');
    writeFileSync(path.join(dir, "style-F6.css"), 'body{content:"drizzle:entityKind"}');

    const result = checkClientAssets(dir);
    expect(result.chunks).toBe(5);
    expect([...new Set(result.problems.map((problem) => `${problem.chunk} ${problem.library}`))]).toEqual(["db-C3.js drizzle-orm", "schemas-D4.js zod"]);
    expect(result.importers.get("db-C3.js")).toEqual(["root-B2.js"]);
    expect(result.importers.get("schemas-D4.js")).toEqual([]);
  });
});
