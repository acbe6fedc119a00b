import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { OpenApiFragment, Operation } from "~/kit/openapi";
import { getOpenApiDocument, mergeFragments, orderFragments } from "./openapi.server";

const operation = (operationId: string, tag = "T"): Operation => ({ tags: [tag], operationId, summary: operationId, responses: {} });

const alpha: OpenApiFragment = {
  tags: [{ name: "Alpha" }],
  paths: { "/alpha": { get: operation("getAlpha", "Alpha") } },
  schemas: { input: { AlphaCreate: z.object({ a: z.string() }) }, output: { Alpha: z.object({ a: z.string() }) } },
};
const beta: OpenApiFragment = {
  tags: [{ name: "Beta", description: "B" }],
  paths: { "/beta": { get: operation("getBeta", "Beta") }, "/beta/{id}": { get: operation("getOneBeta", "Beta") } },
  schemas: { output: { Beta: z.object({ b: z.number() }) } },
};

describe("orderFragments", () => {
  it("takes the fragments in registry order, whatever order the files come in", () => {
    const ordered = orderFragments({
      modules: { "./beta/api/openapi.ts": beta, "./alpha/api/openapi.ts": alpha },
      domains: ["gamma", "alpha", "beta"],
    });
    expect(ordered.map((f) => f.domain)).toEqual(["alpha", "beta"]);
    expect(ordered[0].fragment).toBe(alpha);
  });

  it("rejects a fragment of a folder that is not a registered domain", () => {
    expect(() => orderFragments({ modules: { "./stray/api/openapi.ts": alpha }, domains: ["alpha"] })).toThrow(/stray.*not in a registered domain/);
  });
});

describe("mergeFragments", () => {
  it("merges tags, paths and schemas in the given order", () => {
    const merged = mergeFragments([
      { domain: "alpha", fragment: alpha },
      { domain: "beta", fragment: beta },
    ]);
    expect(merged.tags).toEqual([{ name: "Alpha" }, { name: "Beta", description: "B" }]);
    expect(Object.keys(merged.paths)).toEqual(["/alpha", "/beta", "/beta/{id}"]);
    expect(Object.keys(merged.schemas.input)).toEqual(["AlphaCreate"]);
    expect(Object.keys(merged.schemas.output)).toEqual(["Alpha", "Beta"]);
  });

  it("rejects a path defined by two domains", () => {
    const clash: OpenApiFragment = { paths: { "/alpha": { post: operation("createAlpha") } } };
    expect(() =>
      mergeFragments([
        { domain: "alpha", fragment: alpha },
        { domain: "beta", fragment: clash },
      ]),
    ).toThrow('OpenAPI: duplicate path "/alpha" (domains alpha and beta)');
  });

  it("rejects a duplicate schema name (request and response schemas share one namespace), tag or operationId", () => {
    const first = { domain: "alpha", fragment: alpha };
    expect(() => mergeFragments([first, { domain: "beta", fragment: { paths: {}, schemas: { output: { AlphaCreate: z.string() } } } }])).toThrow(
      'duplicate schema "AlphaCreate"',
    );
    expect(() => mergeFragments([first, { domain: "beta", fragment: { tags: [{ name: "Alpha" }], paths: {} } }])).toThrow('duplicate tag "Alpha"');
    expect(() => mergeFragments([first, { domain: "beta", fragment: { paths: { "/other": { get: operation("getAlpha") } } } }])).toThrow(
      'duplicate operationId "getAlpha"',
    );
  });
});

describe("getOpenApiDocument", () => {
  it("has the domains' paths and tags in registry order", () => {
    const doc = getOpenApiDocument();
    const paths = Object.keys(doc.paths);
    // plan (strategies, goals) → measures → benefits → reporting → public → api.
    for (const [before, after] of [
      ["/goals/{id}", "/measures"],
      ["/measures/{id}/history", "/measures/{id}/benefits"],
      ["/measurements/{id}", "/status-updates/export.xlsx"],
      ["/rounds/{id}/snapshot.csv", "/public/{kommunenummer}/plan"],
    ]) {
      expect(paths.indexOf(before), before).toBe(paths.indexOf(after) - 1);
    }
    expect(paths.at(-1)).toBe("/openapi.json");
    expect(doc.tags.map((t) => t.name)).toEqual(["Strategies", "Goals", "Measures", "Benefits", "Reporting", "Open data", "Meta"]);
  });
});
