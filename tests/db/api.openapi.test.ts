import { describe, expect, it } from "vitest";
import routes from "~/routes";
import * as openapiRoute from "~/domains/api/routes/api.v1.openapi";

// Parsed JSON is untyped here.
type Json = Record<string, any>;

async function fetchDocument(): Promise<{ response: Response; doc: Json }> {
  const request = new Request("http://localhost/api/v1/openapi.json");
  const response = await openapiRoute.loader({ request, params: {}, context: {} } as never);
  const doc = JSON.parse(await response.clone().text()) as Json;
  return { response, doc };
}

function collectRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") out.push(child);
      else collectRefs(child, out);
    }
  }
  return out;
}

function resolve(doc: Json, ref: string): unknown {
  expect(ref.startsWith("#/"), ref).toBe(true);
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, part) => (node as Json | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")], doc);
}

const METHODS = ["get", "put", "post", "patch", "delete"];

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 JSON document, without authentication", async () => {
    const { response, doc } = await fetchDocument();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.servers).toEqual([{ url: "/api/v1" }]);
  });

  it("documents every API route with its methods", async () => {
    const { doc } = await fetchDocument();
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/benefits/export.csv",
        "/benefits/export.xlsx",
        "/benefits/summary",
        "/benefits/{id}",
        "/benefits/{id}/indicators",
        "/goals",
        "/goals/export.csv",
        "/goals/export.xlsx",
        "/goals/{id}",
        "/indicators/{id}",
        "/indicators/{id}/measurements",
        "/measures",
        "/measures/export.csv",
        "/measures/export.xlsx",
        "/measures/{id}",
        "/measures/{id}/benefits",
        "/measures/{id}/history",
        "/measurements/export.csv",
        "/measurements/export.xlsx",
        "/measurements/{id}",
        "/openapi.json",
        "/public/{kommunenummer}/plan",
        "/public/{kommunenummer}/plan.csv",
        "/rounds/{id}/snapshot.csv",
        "/rounds/{id}/snapshot.xlsx",
        "/status-updates/export.csv",
        "/status-updates/export.xlsx",
        "/strategies",
        "/strategies/{id}",
      ].sort(),
    );
    // No route without documentation (the splat route is the JSON 404).
    const routed = routes
      .map((r) => r.path ?? "")
      .filter((p) => p.startsWith("api/v1") && !p.endsWith("*"))
      .map((p) => p.replace(/^api\/v1/, "").replace(/:(\w+)/g, "{$1}"));
    expect(routed.sort()).toEqual(Object.keys(doc.paths).sort());

    const methods = (path: string) => Object.keys(doc.paths[path]).filter((k) => METHODS.includes(k));
    expect(methods("/measures")).toEqual(["get", "post"]);
    expect(methods("/measures/{id}").sort()).toEqual(["get", "patch", "put"]);
    expect(methods("/strategies/{id}").sort()).toEqual(["get", "patch", "put"]);
    expect(methods("/goals/{id}").sort()).toEqual(["get", "patch", "put"]);

    const operationIds = Object.values(doc.paths as Record<string, Json>).flatMap((item) => METHODS.filter((m) => item[m]).map((m) => item[m].operationId));
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it("has the parameters, bodies and error responses", async () => {
    const { doc } = await fetchDocument();
    const list = doc.paths["/measures"].get;
    const params = Object.fromEntries(list.parameters.map((p: Json) => [p.name, p]));
    expect(Object.keys(params).sort()).toEqual(["dir", "goal", "page", "pageSize", "q", "responsible", "sector", "sort", "status", "userOriented", "year"]);
    expect(params.status).toMatchObject({
      in: "query",
      explode: true,
      schema: { type: "array", items: { enum: expect.arrayContaining(["idea", "planned"]) } },
    });
    expect(params.pageSize.schema).toMatchObject({ maximum: 200 });

    const patch = doc.paths["/measures/{id}"].patch;
    expect(Object.keys(patch.responses).sort()).toEqual(["200", "400", "401", "403", "404", "409", "413", "415", "500"]);
    expect(patch.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/MeasureUpdate" });
    expect(doc.components.schemas.MeasureUpdate.required).toEqual(["version"]);
    expect(doc.components.schemas.MeasureCreate.required.sort()).toEqual(["code", "title"]);
    expect(Object.keys(doc.components.schemas.MeasureCreate.properties)).toEqual(
      expect.arrayContaining(["sectorId", "goalIds", "dependsOnIds", "mergedIntoId", "costs"]),
    );
    expect(doc.paths["/measures"].post.responses["201"].headers).toHaveProperty("Location");
    expect(doc.paths["/goals"].get.parameters.map((p: Json) => p.name).sort()).toEqual(["format", "strategyId"]);

    for (const name of ["BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "PayloadTooLarge", "UnsupportedMediaType"]) {
      expect(doc.components.responses).toHaveProperty(name);
    }
    expect(doc.components.responses.BadRequest.content["application/json"].example.error.fields.title).toBe("Feltet må fylles ut.");
  });

  it("generates the component schemas from the zod schemas", async () => {
    const { doc } = await fetchDocument();
    const schemas = doc.components.schemas;
    for (const name of [
      "Measure",
      "MeasureList",
      "MeasureCreate",
      "MeasureUpdate",
      "Strategy",
      "StrategyDetail",
      "GoalNode",
      "GoalCreate",
      "GoalUpdate",
      "History",
      "Error",
    ]) {
      expect(schemas[name], name).toMatchObject({ type: "object" });
      expect(schemas[name]).not.toHaveProperty("$schema");
    }
    expect(schemas.Measure.properties.status.enum).toContain("in_progress");
    expect(schemas.Measure.properties).not.toHaveProperty("municipalityId");
    expect(schemas.MeasureCreate.properties.title).toMatchObject({ type: "string", minLength: 1, maxLength: 300 });
    expect(schemas.GoalNode.properties.children.items).toEqual({ $ref: "#/components/schemas/GoalNode" });
    expect(schemas.Measure.properties.createdAt).toMatchObject({ type: "string", format: "date-time" });
  });

  it("declares bearer and cookie authentication, and every $ref resolves", async () => {
    const { doc } = await fetchDocument();
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.cookieAuth).toMatchObject({ type: "apiKey", in: "cookie", name: "retning.session_token" });
    expect(doc.security).toEqual([{ bearerAuth: [] }, { cookieAuth: [] }]);
    expect(doc.paths["/openapi.json"].get.security).toEqual([]);
    // Open data needs no credentials and is described by the PublicPlan schema.
    expect(doc.paths["/public/{kommunenummer}/plan"].get.security).toEqual([]);
    expect(doc.paths["/public/{kommunenummer}/plan.csv"].get.security).toEqual([]);
    expect(doc.paths["/public/{kommunenummer}/plan"].get.responses["200"].headers).toHaveProperty("ETag");
    expect(Object.keys(doc.components.schemas.PublicPlan.properties).sort()).toEqual(
      ["benefits", "costsPublished", "goals", "lastUpdated", "measures", "municipality", "strategy"].sort(),
    );
    expect(doc.components.schemas.PublicPlan.properties.measures.items.properties).not.toHaveProperty("responsibleUser");
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) expect(resolve(doc, ref), ref).toBeTruthy();
  });
});
