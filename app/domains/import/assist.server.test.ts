// The model assist against a local stub of an OpenAI-compatible endpoint (tests/setup/llm-stub.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getLlmConfig, type LlmConfig } from "~/kit/config.server";
import { draftMeasure } from "../../../tests/setup/import-draft";
import { type LlmStub, startLlmStub } from "../../../tests/setup/llm-stub";
import { ASSIST_BELOW_CONFIDENCE, assistDraft, refineDraftWithModel } from "./assist.server";
import type { DraftMeasure, ImportDraft } from "./draft";
import { extractDraft } from "./extract";
import { textToModel } from "./text";

const PLAN = [
  "Handlingsplan for digitalisering", // 1
  "", // 2
  "TF01 Innføre digital post", // 3
  "Skildring: Brev til innbyggjarane blir sende digitalt.", // 4
  "Ansvar: Rådmannen", // 5
  "Måleindikator: Del av breva som blir sende digitalt", // 6
  "Kostnad: Kr 50-100 000", // 7
  "Gevinst: Mindre porto og raskare svar", // 8
  "Kvantitativ gevinst: 200 timar per år", // 9
  "TF02 Sikre redundans for virksomhetskritisk infrastruktur", // 10
  "Ansvar: IKT-leiar", // 11
  "", // 12
  "TF03", // 13
  "Samle og optimalisere fakturerings-", // 14
  "arbeid", // 15
  "Start/slutt: H19/V20", // 16
].join("\n");
const MODEL = textToModel(PLAN, "plan.txt");

function measure(code: string, line: number, fields: Partial<DraftMeasure>): DraftMeasure {
  const source = { page: null, line, excerpt: MODEL.lines[line - 1].text };
  return draftMeasure(`m-${code}`, source, { code, fieldSources: { code: source }, ...fields });
}

function draftOf(measures: DraftMeasure[]): ImportDraft {
  return {
    file: { name: "plan.txt", format: "txt", pages: null, lines: MODEL.lines.length },
    layouts: ["prefix-codes"],
    strategy: { title: "Handlingsplan for digitalisering", municipality: null, period: null, adoptedOn: null, caseNumber: null, sources: {} },
    goals: [],
    principles: [],
    measures,
    warnings: measures.filter((m) => m.title === "").map((m) => ({ key: "import.warning.noTitle", params: { code: m.code ?? m.id }, source: m.sources[0] })),
  };
}

const DRAFT = draftOf([
  measure("TF01", 3, { title: "Innføre digital post", confidence: 0.58 }),
  measure("TF02", 10, { title: "Sikre redundans for virksomhetskritisk infrastruktur", responsible: "IKT-leiar", confidence: 0.84 }),
  measure("TF03", 13, { confidence: 0.15 }),
]);

let stub: LlmStub | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await stub?.close();
  stub = undefined;
});

const configOf = (s: LlmStub, apiKey: string | null = null): LlmConfig => ({ baseUrl: s.baseUrl, apiKey, model: "plan-model" });

/** The answer of a well-behaved model with a few hallucinations mixed in. */
const ANSWER = {
  measures: [
    {
      ref: 1,
      code: "XX99",
      title: "Noko anna",
      description: "Brev til innbyggjarane blir sende digitalt.",
      responsible: "Rådmannen",
      indicator: "Del av breva som blir sende digitalt",
      sector: "Tverrfagleg",
      cost: "Kr 50-100 000",
      qualitative: "Mindre porto og raskare svar",
      quantitative: "200 timar per år",
    },
    { ref: 2, title: "TF03 Samle og optimalisere faktureringsarbeid", responsible: "Økonomisjefen", period: "H19/V20", description: 42 },
    { ref: 7, title: "Ein rad som ikkje vart spurd om" },
    "ikkje eit objekt",
  ],
};

describe("refineDraftWithModel", () => {
  it("sends only the low-confidence measures with their source lines, in one request", async () => {
    stub = await startLlmStub(() => ({ content: ANSWER }));
    await refineDraftWithModel({ draft: DRAFT, model: MODEL, config: configOf(stub) });
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.body).toMatchObject({ model: "plan-model", temperature: 0, response_format: { type: "json_object" } });
    expect(request.headers.authorization).toBeUndefined();
    expect(request.measures.map((m) => [m.ref, m.code])).toEqual([
      [1, "TF01"],
      [2, "TF03"],
    ]);
    // TF01's lines stop before the line that starts TF02; nothing else of the document is sent.
    expect(request.measures[0].text).toBe(PLAN.split("\n").slice(2, 9).join("\n"));
    expect(request.measures[1].text).toBe(PLAN.split("\n").slice(12, 16).join("\n"));
    expect(JSON.stringify(request.body)).not.toContain("TF02");
    expect(JSON.stringify(request.body)).not.toContain("Handlingsplan");
  });

  it("fills empty fields from the source text, rejects values that are not in it and never changes codes", async () => {
    stub = await startLlmStub(() => ({ content: ANSWER }));
    const before = structuredClone(DRAFT);
    const draft = await refineDraftWithModel({ draft: DRAFT, model: MODEL, config: configOf(stub) });
    expect(DRAFT).toEqual(before);
    const [tf01, tf02, tf03] = draft.measures;
    expect(tf01).toMatchObject({
      code: "TF01",
      title: "Innføre digital post",
      description: "Brev til innbyggjarane blir sende digitalt.",
      responsible: "Rådmannen",
      indicator: "Del av breva som blir sende digitalt",
      sector: null,
      costs: [{ amountNok: 100_000, minNok: 50_000, text: "Kr 50-100 000" }],
      benefits: { qualitative: "Mindre porto og raskare svar", quantitative: "200 timar per år" },
      assisted: ["description", "responsible", "indicator", "costs", "qualitative", "quantitative"],
    });
    expect(tf01.fieldSources.responsible).toEqual({ page: null, line: 5, excerpt: "Ansvar: Rådmannen" });
    // 0.58 + 6 × 0.04 = 0.82, but an assisted row stays below 0.8.
    expect(tf01.confidence).toBe(0.79);
    expect(tf02).toBe(DRAFT.measures[1]);
    expect(tf03).toMatchObject({
      code: "TF03",
      title: "Samle og optimalisere faktureringsarbeid",
      responsible: null,
      description: null,
      assisted: ["title", "period"],
    });
    expect(tf03).toMatchObject({ start: "2019H2", end: "2020H1", periodText: "H19/V20" });
    expect(tf03.fieldSources.title?.line).toBe(14);
    expect(tf03.confidence).toBe(0.23);
    expect(draft.measures.map((m) => m.code)).toEqual(["TF01", "TF02", "TF03"]);
    // The title the model found answers the "no title" warning.
    expect(draft.warnings).toEqual([]);
    expect(DRAFT.warnings).toHaveLength(1);
  });

  it("rejects proposals that are not in the source, replace a good title or would change the code", async () => {
    stub = await startLlmStub(() => ({
      content: {
        measures: [
          { ref: 1, title: "Innføre digital post og e-signatur", responsible: "Kommunedirektøren", cost: "Rådmannen", indicator: "" },
          { ref: 2, title: "TF99 Samle og optimalisere", code: "TF99", qualitative: "Betre økonomistyring" },
        ],
      },
    }));
    const draft = await refineDraftWithModel({ draft: DRAFT, model: MODEL, config: configOf(stub) });
    expect(draft.measures[0]).toBe(DRAFT.measures[0]);
    expect(draft.measures[2]).toBe(DRAFT.measures[2]);
    expect(draft.measures.some((m) => m.assisted)).toBe(false);
    expect(draft.warnings).toEqual(DRAFT.warnings);
  });

  it("sends the API key as a Bearer token when one is set", async () => {
    stub = await startLlmStub();
    await refineDraftWithModel({ draft: DRAFT, model: MODEL, config: configOf(stub, "hemmeleg-nokkel") });
    expect(stub.requests[0].headers.authorization).toBe("Bearer hemmeleg-nokkel");
  });

  it.each([
    ["an HTTP error", { status: 500 }],
    ["content that is not JSON", { content: "Beklagar, eg kan ikkje svare på det." }],
    ["JSON without the measures list", { content: { svar: [] } }],
  ] as const)("returns the draft unchanged with a warning on %s", async (_name, reply) => {
    stub = await startLlmStub(() => reply);
    const draft = await refineDraftWithModel({ draft: DRAFT, model: MODEL, config: configOf(stub) });
    expect(draft.measures).toEqual(DRAFT.measures);
    expect(draft.warnings).toEqual([...DRAFT.warnings, { key: "import.warning.assistFailed" }]);
  });

  it("gives up on a slow endpoint after the timeout", async () => {
    stub = await startLlmStub(() => "hang");
    const started = Date.now();
    const draft = await refineDraftWithModel({ draft: DRAFT, model: MODEL, config: configOf(stub), timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(draft.measures).toEqual(DRAFT.measures);
    expect(draft.warnings.at(-1)).toEqual({ key: "import.warning.assistFailed" });
  });

  it("returns the draft unchanged with a warning when the endpoint cannot be reached", async () => {
    stub = await startLlmStub();
    const config = configOf(stub);
    await stub.close();
    stub = undefined;
    const draft = await refineDraftWithModel({ draft: DRAFT, model: MODEL, config });
    expect(draft.measures).toEqual(DRAFT.measures);
    expect(draft.warnings.at(-1)).toEqual({ key: "import.warning.assistFailed" });
  });

  it("sends nothing for a draft without low-confidence measures", async () => {
    stub = await startLlmStub();
    const confident = draftOf([DRAFT.measures[1]]);
    expect(await refineDraftWithModel({ draft: confident, model: MODEL, config: configOf(stub) })).toBe(confident);
    expect(stub.requests).toHaveLength(0);
  });
});

describe("assistDraft", () => {
  it("sends no request at all without LLM_BASE_URL", async () => {
    stub = await startLlmStub();
    vi.stubEnv("LLM_BASE_URL", "");
    const fetchImpl = vi.fn<typeof fetch>();
    expect(await assistDraft({ draft: DRAFT, model: MODEL, fetchImpl })).toBe(DRAFT);
    expect(await assistDraft({ draft: DRAFT, model: MODEL, config: null })).toBe(DRAFT);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(stub.requests).toHaveLength(0);
  });

  it("reads the endpoint, key and model from the environment", async () => {
    stub = await startLlmStub(() => ({ content: ANSWER }));
    vi.stubEnv("LLM_BASE_URL", `${stub.baseUrl}/`);
    vi.stubEnv("LLM_API_KEY", "nokkel");
    vi.stubEnv("LLM_MODEL", "kommune-modell");
    const draft = await assistDraft({ draft: DRAFT, model: MODEL });
    expect(draft.measures[0].responsible).toBe("Rådmannen");
    expect(stub.requests[0].headers.authorization).toBe("Bearer nokkel");
    expect(stub.requests[0].body.model).toBe("kommune-modell");
  });

  it("parses the LLM settings", () => {
    expect(getLlmConfig({})).toBeNull();
    expect(getLlmConfig({ LLM_BASE_URL: "http://localhost:8080/v1/" })).toEqual({ baseUrl: "http://localhost:8080/v1", apiKey: null, model: "default" });
    expect(() => getLlmConfig({ LLM_BASE_URL: "localhost:8080" })).toThrow();
    expect(() => getLlmConfig({ LLM_BASE_URL: "ftp://localhost/v1" })).toThrow();
  });
});

describe("the model assist on a fixture plan", () => {
  const file = path.resolve("tests/fixtures/plans/ringebu-handlingsplan-digitalisering-2019-2020.txt");
  const text = readFileSync(file, "utf8");
  /** A model that proposes the first half-year period of each item's text and a responsible person who is not in it. */
  const periodModel = (request: { measures: { ref: number; text: string }[] }) => ({
    content: {
      measures: request.measures.map((m) => ({
        ref: m.ref,
        period: /\b[HV]\d{2}\/[HV]?\d{2}\b/u.exec(m.text)?.[0] ?? null,
        responsible: "Rådmannen",
        code: "ZZ01",
      })),
    },
  });

  it("sends nothing for the whole Ringebu plan, where every measure was read with confidence", async () => {
    stub = await startLlmStub(periodModel);
    const model = textToModel(text, path.basename(file));
    const draft = extractDraft(model);
    expect(draft.measures.every((m) => m.confidence >= ASSIST_BELOW_CONFIDENCE)).toBe(true);
    expect(await refineDraftWithModel({ draft, model, config: configOf(stub) })).toBe(draft);
    expect(stub.requests).toHaveLength(0);
  });

  it("refines the list rows of an excerpt of the Ringebu plan in batches of ten", async () => {
    stub = await startLlmStub(periodModel);
    // The status lists without the detail tables: their rows are read with low confidence.
    const model = textToModel(text.split("\n").slice(700, 900).join("\n"), "ringebu-utdrag.txt");
    const draft = extractDraft(model);
    const low = draft.measures.filter((m) => m.confidence < ASSIST_BELOW_CONFIDENCE);
    expect(low.length).toBeGreaterThan(20);
    const refined = await refineDraftWithModel({ draft, model, config: configOf(stub) });
    expect(stub.requests).toHaveLength(Math.ceil(low.length / 10));
    expect(stub.requests.map((r) => r.measures.length)).toEqual(stub.requests.map((_r, i) => Math.min(10, low.length - i * 10)));
    expect(stub.requests.flatMap((r) => r.measures.map((m) => m.code))).toEqual(low.map((m) => m.code));
    expect(refined.measures.map((m) => m.code)).toEqual(draft.measures.map((m) => m.code));
    expect(refined.measures.filter((m) => m.responsible === "Rådmannen")).toEqual([]);
    draft.measures.forEach((m, index) => {
      if (m.confidence >= ASSIST_BELOW_CONFIDENCE) expect(refined.measures[index]).toBe(m);
    });
    const ho03 = refined.measures.find((m) => m.code === "HO03");
    expect(ho03).toMatchObject({ start: "2018H2", end: "2019H1", periodText: "H18/V19", assisted: ["period"] });
    expect(ho03?.confidence).toBeLessThan(0.8);
    expect(refined.measures.filter((m) => m.assisted).length).toBeGreaterThan(0);
  });

  it("keeps none of the refinements when a later batch fails", async () => {
    stub = await startLlmStub((request) => (stub?.requests.length === 1 ? periodModel(request) : { status: 503 }));
    const model = textToModel(text.split("\n").slice(700, 900).join("\n"), "ringebu-utdrag.txt");
    const draft = extractDraft(model);
    const refined = await refineDraftWithModel({ draft, model, config: configOf(stub) });
    expect(stub.requests).toHaveLength(2);
    expect(refined.measures).toEqual(draft.measures);
    expect(refined.warnings).toEqual([...draft.warnings, { key: "import.warning.assistFailed" }]);
  });
});
