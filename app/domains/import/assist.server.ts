/**
 * The optional model assist for plan import (docs/import.md, "Model assist").
 *
 * When LLM_BASE_URL points to an OpenAI-compatible endpoint, the source lines of each low-confidence measure
 * (confidence < 0.6) are sent to it in batched chat-completion requests, and the model proposes the measure's
 * fields. A proposal is used only when it fills an empty field (or replaces an empty or over-long title) and
 * its text stands in the lines the model was given; codes are never proposed or changed. The heuristic draft
 * stays the default: without LLM_BASE_URL nothing is sent, and when the endpoint fails the draft is returned
 * unchanged with the warning `import.warning.assistFailed`.
 */
import { z } from "zod";
import { getLlmConfig, type LlmConfig } from "~/kit/config.server";
import type { DraftMeasure, DraftSource, ImportDraft, MeasureField } from "./draft";
import type { DocumentLine, DocumentModel } from "./model";
import { cleanText, looksLikeCost, parseNokAmount, parsePeriodRange } from "./parsers";
import { sourceOf } from "./structure";

/** Measures below this confidence are sent to the model. */
export const ASSIST_BELOW_CONFIDENCE = 0.6;
/** Measures per request. */
export const ASSIST_BATCH_SIZE = 10;
export const ASSIST_TIMEOUT_MS = 20_000;
/** Lines sent after each source line of a measure (fewer when another measure's code starts a line). */
const LINES_AFTER = 6;
const MAX_CONTEXT_CHARS = 3000;
const MAX_TITLE_LENGTH = 160;
const MAX_PERIOD_LENGTH = 80;
const FIELD_BONUS = 0.04;
/** A refined row stays below the confidence of a row the heuristics read well. */
const ASSISTED_CONFIDENCE_CAP = 0.79;

const PROPOSAL_FIELDS = ["title", "description", "responsible", "indicator", "sector", "period", "cost", "qualitative", "quantitative"] as const;
type ProposalField = (typeof PROPOSAL_FIELDS)[number];

const DRAFT_FIELD: Record<ProposalField, MeasureField> = {
  title: "title",
  description: "description",
  responsible: "responsible",
  indicator: "indicator",
  sector: "sector",
  period: "period",
  cost: "costs",
  qualitative: "qualitative",
  quantitative: "quantitative",
};

const SYSTEM_PROMPT = [
  "You read excerpts of a Norwegian municipal strategy or action plan (bokmål or nynorsk).",
  'Each item of "measures" is one measure (tiltak): its "ref", its "code" when it has one, and the "text" of the lines where it was found.',
  "The text may be a table flattened into lines, and it may also hold parts of neighbouring measures: report only the measure the item is about.",
  "Copy every value word for word from the item's text. Do not translate, summarise, correct or add anything. Use null when the text does not give a field.",
  'Answer with one JSON object: {"measures":[{"ref":1,"title":null,"description":null,"responsible":null,"indicator":null,"sector":null,"period":null,"cost":null,"qualitative":null,"quantitative":null}]}, one entry per item.',
  "title: the short name of the measure, without its code. description: a longer explanation of it. responsible: the person, role or unit responsible (Ansvar, Ansvarlig, Ansvarleg).",
  "indicator: the measurement indicator (Måleindikator). sector: the service area (Sektor, Tjenesteområde, Tenesteområde).",
  'period: the start/end as written, e.g. "H18/V19", "19/20", "Kontinuerlig". cost: the cost as written, e.g. "Kr 50-100 000", "20 000,-", "Ukjent".',
  "qualitative: the qualitative benefit (Gevinst). quantitative: the quantitative benefit (hours, money, per cent).",
].join("\n");

const proposedText = z.string().max(4000).nullish().catch(null);
const proposalSchema = z.object({
  ref: z.union([z.number().int(), z.string().regex(/^\d+$/u).transform(Number)]),
  title: proposedText,
  description: proposedText,
  responsible: proposedText,
  indicator: proposedText,
  sector: proposedText,
  period: proposedText,
  cost: proposedText,
  qualitative: proposedText,
  quantitative: proposedText,
});
const completionSchema = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });
const answerSchema = z.object({ measures: z.array(z.unknown()) });

type Proposal = Omit<z.infer<typeof proposalSchema>, "ref">;

interface MeasureContext {
  measure: DraftMeasure;
  lines: DocumentLine[];
}

export interface RefineDraftOptions {
  draft: ImportDraft;
  /** The document model the draft was extracted from: the measures' source lines are taken from it. */
  model: DocumentModel;
  config: LlmConfig;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

/** Thrown inside this module when a request fails; the caller turns it into the draft warning. */
class AssistRequestError extends Error {}

/**
 * Refines the low-confidence measures of a draft with the model (see the module comment). Returns a new draft;
 * the input is never changed. A draft without low-confidence measures is returned as it is, without a request.
 */
export async function refineDraftWithModel({
  draft,
  model,
  config,
  fetchImpl = fetch,
  timeoutMs = ASSIST_TIMEOUT_MS,
}: RefineDraftOptions): Promise<ImportDraft> {
  const targets = draft.measures.filter((measure) => measure.confidence < ASSIST_BELOW_CONFIDENCE);
  if (targets.length === 0) return draft;
  const codes = new Set(draft.measures.map((measure) => measure.code).filter((code): code is string => code !== null));
  const contexts = targets.map((measure) => ({ measure, lines: contextLines(measure, model, codes) })).filter((context) => context.lines.length > 0);
  const proposals = new Map<string, Proposal>();
  try {
    for (let start = 0; start < contexts.length; start += ASSIST_BATCH_SIZE) {
      const batch = contexts.slice(start, start + ASSIST_BATCH_SIZE);
      const answers = await requestProposals({ batch, config, fetchImpl, timeoutMs });
      answers.forEach((proposal, ref) => {
        const context = batch[ref - 1];
        if (context && !proposals.has(context.measure.id)) proposals.set(context.measure.id, proposal);
      });
    }
  } catch (error) {
    if (!(error instanceof AssistRequestError)) throw error;
    return { ...draft, warnings: [...draft.warnings, { key: "import.warning.assistFailed" }] };
  }
  const byId = new Map(contexts.map((context) => [context.measure.id, context]));
  const titled = new Set<string>();
  const measures = draft.measures.map((measure) => {
    const proposal = proposals.get(measure.id);
    const context = byId.get(measure.id);
    if (!proposal || !context) return measure;
    const refined = applyProposal(measure, proposal, context);
    if (refined !== measure && measure.title === "" && refined.title !== "") titled.add(measure.code ?? measure.id);
    return refined;
  });
  // A title the model found answers the "no title" warning; the row stays marked as assisted.
  const warnings = draft.warnings.filter((warning) => !(warning.key === "import.warning.noTitle" && titled.has(String(warning.params?.code))));
  return { ...draft, measures, warnings };
}

/** Runs the model assist when LLM_BASE_URL is configured; otherwise returns the draft as it is, without a request. */
export async function assistDraft({
  draft,
  model,
  config = getLlmConfig(),
  fetchImpl,
  timeoutMs,
}: Omit<RefineDraftOptions, "config"> & { config?: LlmConfig | null }): Promise<ImportDraft> {
  if (config === null) return draft;
  return refineDraftWithModel({ draft, model, config, fetchImpl, timeoutMs });
}

/**
 * The lines sent for a measure: from each of its source lines up to LINES_AFTER lines after it, stopping before
 * a line that starts with another measure's code, in document order, at most MAX_CONTEXT_CHARS characters.
 */
function contextLines(measure: DraftMeasure, model: DocumentModel, codes: ReadonlySet<string>): DocumentLine[] {
  const byNumber = new Map(model.lines.map((line) => [line.line, line]));
  const picked = new Map<number, DocumentLine>();
  let chars = 0;
  for (const source of [...measure.sources].sort((a, b) => a.line - b.line)) {
    for (let number = source.line; number <= source.line + LINES_AFTER; number++) {
      const line = byNumber.get(number);
      if (!line || (number > source.line && startsWithOtherCode(line.text, measure.code, codes))) break;
      if (picked.has(number)) continue;
      if (chars + line.text.length > MAX_CONTEXT_CHARS) return [...picked.values()].sort((a, b) => a.line - b.line);
      picked.set(number, line);
      chars += line.text.length + 1;
    }
  }
  return [...picked.values()].sort((a, b) => a.line - b.line);
}

function startsWithOtherCode(text: string, own: string | null, codes: ReadonlySet<string>): boolean {
  const first = /^[^\s,;:]+/u.exec(text.trim())?.[0].replace(/\.$/u, "");
  return first !== undefined && first !== own && codes.has(first);
}

/** The text of the context lines as sent: blank lines kept, "…" where lines were skipped. */
function contextText(lines: readonly DocumentLine[]): string {
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (index > 0 && line.line !== lines[index - 1].line + 1) out.push("…");
    out.push(line.text.trimEnd());
  });
  return out.join("\n").trim();
}

async function requestProposals({
  batch,
  config,
  fetchImpl,
  timeoutMs,
}: {
  batch: readonly MeasureContext[];
  config: LlmConfig;
  fetchImpl: typeof fetch;
  timeoutMs: number;
}): Promise<Map<number, Proposal>> {
  const items = batch.map((context, index) => ({
    ref: index + 1,
    ...(context.measure.code ? { code: context.measure.code } : {}),
    text: contextText(context.lines),
  }));
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  const body = JSON.stringify({
    model: config.model,
    temperature: 0,
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: SYSTEM_PROMPT },
      { role: "user", content: JSON.stringify({ measures: items }) },
    ],
  });
  let response: Response;
  try {
    // The timeout also covers reading the answer below.
    response = await fetchImpl(`${config.baseUrl}/chat/completions`, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new AssistRequestError(`The model endpoint could not be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new AssistRequestError(`The model endpoint answered ${response.status}.`);
  const completion = completionSchema.safeParse(await response.json().catch(() => null));
  if (!completion.success) throw new AssistRequestError("The model endpoint gave no chat completion.");
  const answer = answerSchema.safeParse(parseJson(completion.data.choices[0].message.content));
  if (!answer.success) throw new AssistRequestError("The model did not answer with the asked JSON object.");
  const proposals = new Map<number, Proposal>();
  for (const item of answer.data.measures) {
    const parsed = proposalSchema.safeParse(item);
    if (parsed.success && !proposals.has(parsed.data.ref)) proposals.set(parsed.data.ref, parsed.data);
  }
  return proposals;
}

/** Parses the model's JSON, also when it wrapped it in a Markdown code fence; null when it is no JSON. */
function parseJson(content: string): unknown {
  const text = content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/u, "$1");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Grounding: a proposed value must stand in the lines the model was given.

/** Lower-case words (letters and digits) of a text; soft hyphens removed, compatibility forms folded. */
function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\u00ad/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

interface SourceWords {
  words: string[];
  lines: DocumentLine[];
}

function sourceWords(lines: readonly DocumentLine[]): SourceWords {
  const result: SourceWords = { words: [], lines: [] };
  for (const line of lines) {
    for (const word of words(line.text)) {
      result.words.push(word);
      result.lines.push(line);
    }
  }
  return result;
}

/**
 * The line where the value's words start, when they stand in the source in a row. A word hyphenated across
 * a line break or written with a hyphen ("fakturerings-" + "arbeid") also matches the joined word
 * ("faktureringsarbeid"), and the other way round. Null when the value is not in the source.
 */
function findInSource(value: string, source: SourceWords): DocumentLine | null {
  const wanted = words(value);
  if (wanted.length === 0) return null;
  const matchFrom = (wi: number, si: number): boolean => {
    if (wi === wanted.length) return true;
    const word = wanted[wi];
    const here = source.words[si];
    if (here === undefined) return false;
    if (here === word && matchFrom(wi + 1, si + 1)) return true;
    const next = source.words[si + 1];
    if (next !== undefined && here + next === word && matchFrom(wi + 1, si + 2)) return true;
    const nextWanted = wanted[wi + 1];
    return nextWanted !== undefined && word + nextWanted === here && matchFrom(wi + 2, si + 1);
  };
  for (let start = 0; start < source.words.length; start++) {
    if (matchFrom(0, start)) return source.lines[start];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Applying a proposal

function isOpen(measure: DraftMeasure, field: ProposalField): boolean {
  switch (field) {
    case "title":
      return measure.title === "" || measure.title.length > MAX_TITLE_LENGTH;
    case "period":
      return measure.periodText === null && measure.start === null && measure.end === null;
    case "cost":
      return measure.costs.length === 0;
    case "qualitative":
    case "quantitative":
      return measure.benefits[field] === null;
    default:
      return measure[field] === null;
  }
}

/** The proposed value cleaned for the field, or null when it does not fit the field. */
function fitValue(measure: DraftMeasure, field: ProposalField, raw: string): string | null {
  let value = cleanText(raw);
  if (field === "title" && measure.code && value.startsWith(`${measure.code} `)) value = cleanText(value.slice(measure.code.length));
  if (value === "" || !/[\p{L}\p{N}]/u.test(value)) return null;
  switch (field) {
    case "title":
      // An open title is empty or longer than MAX_TITLE_LENGTH, so an accepted title is always shorter.
      return /\p{L}/u.test(value) && value.length <= MAX_TITLE_LENGTH ? value : null;
    case "period":
      return value.length <= MAX_PERIOD_LENGTH ? value : null;
    case "cost":
      return looksLikeCost(value) ? value : null;
    default:
      return /\p{L}/u.test(value) ? value : null;
  }
}

function applyProposal(measure: DraftMeasure, proposal: Proposal, context: MeasureContext): DraftMeasure {
  const source = sourceWords(context.lines);
  const refined: DraftMeasure = { ...measure, benefits: { ...measure.benefits }, fieldSources: { ...measure.fieldSources } };
  const assisted: MeasureField[] = [];
  const set = (field: ProposalField, value: string, at: DraftSource) => {
    switch (field) {
      case "title":
        refined.title = value;
        break;
      case "period": {
        const period = parsePeriodRange(value);
        refined.start = period.start;
        refined.end = period.end;
        refined.periodText = period.text;
        break;
      }
      case "cost": {
        const amount = parseNokAmount(value);
        refined.costs = [{ amountNok: amount?.amountNok ?? null, minNok: amount?.minNok ?? null, text: value }];
        break;
      }
      case "qualitative":
      case "quantitative":
        refined.benefits[field] = value;
        break;
      default:
        refined[field] = value;
    }
    refined.fieldSources[DRAFT_FIELD[field]] = at;
    assisted.push(DRAFT_FIELD[field]);
  };
  // The title first: other fields that only repeat it are not taken.
  for (const field of PROPOSAL_FIELDS) {
    const raw = proposal[field];
    if (typeof raw !== "string" || !isOpen(measure, field)) continue;
    const value = fitValue(measure, field, raw);
    if (value === null) continue;
    if (field !== "title" && words(value).join(" ") === words(refined.title).join(" ")) continue;
    const line = findInSource(value, source);
    if (line) set(field, value, sourceOf(line));
  }
  if (assisted.length === 0) return measure;
  refined.assisted = [...(measure.assisted ?? []), ...assisted];
  refined.confidence = Math.round(Math.min(ASSISTED_CONFIDENCE_CAP, measure.confidence + assisted.length * FIELD_BONUS) * 100) / 100;
  return refined;
}
