/**
 * HTML form ⇄ measure input.
 *
 * `parseMeasureForm` turns the submitted measure form (strings only) into the partial input that
 * `createMeasure` / `updateMeasure` validate: numbers, booleans, arrays and cost lines. Values that
 * cannot be numbers become field errors in the user's language (the typed text is kept, because
 * `withAction` returns the submitted values). Fields that are not in the form at all are left out,
 * so an update keeps their stored values (e.g. priority, which contributors may not change).
 *
 * Checkboxes and multi-choices send a hidden empty/"false" marker so that "nothing chosen" can be
 * told apart from "field not in the form".
 */
import { can, type Principal, sectorLimitOf } from "~/kit/permissions";
import { AppError, type FieldErrors } from "~/kit/errors";
import { readCheckbox, readFormInput, readText, readTexts } from "~/kit/form";
import { zodErrorToFieldErrors } from "~/kit/validation";
import { formatPeriod, parsePeriod } from "./period";
import { MEASURE_STATUSES, type MeasureStatus } from "./constants";
import { allowedTransitions } from "./status";
import { costLineSchema, EMPTY_MEASURE, type MeasureFilter, type MeasureInput, measureFilterSchema, measureInputSchema, searchParamsToObject } from "./schema";
import { MEASURE_SNAPSHOT_FIELDS, type MeasureSnapshotField } from "./fields";

export type MeasureFormInput = Partial<Record<keyof MeasureInput, unknown>>;
export type FormValueMap = Record<string, string | string[]>;

const TEXT_FIELDS = [
  "code",
  "title",
  "description",
  "responsibleText",
  "status",
  "completedOn",
  "dropReason",
  "startPeriod",
  "endPeriod",
  "benefitsCitizens",
  "benefitsEmployees",
  "benefitsQuantitative",
] as const satisfies readonly (keyof MeasureInput)[];

const ID_FIELDS = ["sectorId", "responsibleUserId", "mergedIntoId"] as const satisfies readonly (keyof MeasureInput)[];

const COST_FIELDS = ["amountNok", "usedNok", "recurrence", "year", "costType", "fundingSource", "description"] as const;

/** Highest cost line index read from a form; guards against absurd indices in crafted posts. */
const MAX_COST_INDEX = 199;

type NumberResult = { ok: true; value: number | null } | { ok: false };

/** A whole number as typed ("2019", " 3 "); empty gives null. */
export function parseInteger(raw: string): NumberResult {
  const s = raw.normalize("NFKC").trim().replace(/\s+/g, "");
  if (s === "") return { ok: true, value: null };
  if (!/^-?\d{1,12}$/.test(s)) return { ok: false };
  return { ok: true, value: Number(s) };
}

const MILLION_SUFFIX = /\s*(mill\.?|millioner|million|mnok|mkr)$/u;

/**
 * An amount in whole kroner as people write it in plans: "150000", "150 000", "150 000 kr",
 * "kr 20 000,-", "1.500.000", "1,5 mill". Empty gives null (unknown amount).
 */
export function parseAmount(raw: string): NumberResult {
  let s = raw.normalize("NFKC").trim().toLowerCase();
  if (s === "") return { ok: true, value: null };
  s = s.replace(/^(kr\.?|nok)\s*/u, "").replace(/\s*(kr\.?|nok)$/u, "");
  let multiplier = 1;
  if (MILLION_SUFFIX.test(s)) {
    multiplier = 1_000_000;
    s = s.replace(MILLION_SUFFIX, "");
  }
  s = s.replace(/\s*[,.]\s*[-–—]+$/u, "").replace(/[\s']/gu, "");
  let value: number;
  if (/^\d+$/.test(s)) value = Number(s);
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) value = Number(s.replace(/\./g, ""));
  else if (/^\d{1,3}(,\d{3})+$/.test(s) && multiplier === 1) value = Number(s.replace(/,/g, ""));
  else if (/^\d+[,.]\d+$/.test(s)) value = Number(s.replace(",", "."));
  else return { ok: false };
  value = Math.round(value * multiplier * 100) / 100;
  if (!Number.isInteger(value) || !Number.isSafeInteger(value)) return { ok: false };
  return { ok: true, value };
}

/** "digital, velferdsteknologi ; Helse" → ["digital", "velferdsteknologi", "Helse"]. */
export function parseTags(raw: string): string[] {
  return raw
    .split(/[,;\n]/u)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
}

function costLineIndices(form: FormData): number[] {
  const indices = new Set<number>();
  for (const key of form.keys()) {
    const match = /^costs\.(\d{1,3})\./.exec(key);
    if (match && Number(match[1]) <= MAX_COST_INDEX) indices.add(Number(match[1]));
  }
  return [...indices].sort((a, b) => a - b);
}

/** Reads the cost lines; errors are keyed by the line's index in the form, not in the result. */
function parseCostLines(form: FormData, errors: FieldErrors): unknown[] {
  const lines: unknown[] = [];
  for (const index of costLineIndices(form)) {
    const prefix = `costs.${index}.`;
    if (readCheckbox({ form, name: `${prefix}remove` })) continue;
    const raw = Object.fromEntries(COST_FIELDS.map((f) => [f, (readText({ form, name: prefix + f }) ?? "").trim()])) as Record<
      (typeof COST_FIELDS)[number],
      string
    >;
    if (COST_FIELDS.every((f) => raw[f] === "")) continue;
    const lineErrors: FieldErrors = {};
    const amount = parseAmount(raw.amountNok);
    if (!amount.ok) lineErrors[`${prefix}amountNok`] = { key: "measures.cost.amount.invalid" };
    const used = parseAmount(raw.usedNok);
    if (!used.ok) lineErrors[`${prefix}usedNok`] = { key: "measures.cost.used.invalid" };
    const year = parseInteger(raw.year);
    if (!year.ok) lineErrors[`${prefix}year`] = { key: "validation.year" };
    if (raw.recurrence === "") lineErrors[`${prefix}recurrence`] = { key: "validation.invalidChoice" };
    if (raw.costType === "") lineErrors[`${prefix}costType`] = { key: "validation.invalidChoice" };
    const line = {
      amountNok: amount.ok ? amount.value : null,
      usedNok: used.ok ? used.value : null,
      recurrence: raw.recurrence,
      year: year.ok ? year.value : null,
      costType: raw.costType,
      fundingSource: raw.fundingSource || "unknown",
      description: raw.description || null,
    };
    const checked = costLineSchema.safeParse(line);
    if (!checked.success) {
      for (const [field, ref] of Object.entries(zodErrorToFieldErrors(checked.error))) {
        const key = `${prefix}${field.split(".")[0]}`;
        if (!lineErrors[key]) lineErrors[key] = ref;
      }
    }
    Object.assign(errors, lineErrors);
    lines.push(line);
  }
  return lines;
}

/**
 * The submitted measure form as input for createMeasure/updateMeasure.
 * Throws a validation AppError when numbers or cost lines cannot be read; the error then also lists
 * the other fields' problems, so the user sees everything at once.
 */
export function parseMeasureForm(form: FormData): MeasureFormInput {
  const input: MeasureFormInput = readFormInput({
    form,
    texts: TEXT_FIELDS,
    nullableTexts: ID_FIELDS,
    lists: ["goalIds", "dependsOnIds"],
    checkboxes: ["userOriented", "published"],
  });
  const errors: FieldErrors = {};
  const integers = [
    ["planYear", "validation.year"],
    ["priority", "validation.integer"],
  ] as const;
  for (const [field, key] of integers) {
    const raw = readText({ form, name: field });
    if (raw === undefined) continue;
    const parsed = parseInteger(raw);
    if (parsed.ok) input[field] = parsed.value;
    else {
      input[field] = null;
      errors[field] = { key };
    }
  }
  if (form.has("tags")) input.tags = parseTags(readTexts({ form, name: "tags" }).join(","));
  if (form.has("costs") || costLineIndices(form).length > 0) input.costs = parseCostLines(form, errors);

  if (Object.keys(errors).length > 0) {
    const others = measureInputSchema.safeParse({ ...EMPTY_MEASURE, ...input, costs: [] });
    if (!others.success) {
      for (const [field, ref] of Object.entries(zodErrorToFieldErrors(others.error))) {
        if (!errors[field]) errors[field] = ref;
      }
    }
    throw new AppError("validation", { fieldErrors: errors });
  }
  return input;
}

/** The hidden `version` of an edit form; a missing or mangled version is a bad request. */
export function parseVersion(form: FormData): number {
  const parsed = parseInteger(readText({ form, name: "version" }) ?? "");
  if (!parsed.ok || parsed.value === null || parsed.value < 1) throw new AppError("bad_request");
  return parsed.value;
}

/** The small status form on the measure page. */
export function parseStatusForm(form: FormData) {
  const closing = readFormInput({ form, nullableTexts: ["completedOn", "dropReason", "mergedIntoId"] });
  return {
    status: readText({ form, name: "status" }) ?? "",
    completedOn: closing.completedOn ?? null,
    dropReason: closing.dropReason ?? null,
    mergedIntoId: closing.mergedIntoId ?? null,
  };
}

/**
 * Portfolio filters from the query string. Each filter is checked on its own, so one invalid value
 * (a mangled goal id, year "abc") is ignored instead of failing the page; `invalid` names them.
 */
export function parseMeasureFilter(params: URLSearchParams): { filter: MeasureFilter; invalid: string[] } {
  const raw = searchParamsToObject(params);
  const shape = measureFilterSchema.shape;
  const out: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const result = shape[key].safeParse(raw[key]);
    if (result.success) {
      out[key] = result.data;
    } else {
      invalid.push(key);
      out[key] = shape[key].parse(undefined);
    }
  }
  return { filter: out as MeasureFilter, invalid };
}

/** 150000 → "150 000" (plain spaces, which parseAmount reads back). */
export function groupThousands(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** A stored measure as form values (the edit form's defaults); periods in plan notation ("H18"). */
export function inputToFormValues(input: MeasureInput, lang: "nb" | "nn"): FormValueMap {
  const period = (value: string | null) => {
    const parsed = value ? parsePeriod(value) : null;
    return parsed ? formatPeriod(parsed, lang) : (value ?? "");
  };
  const values: FormValueMap = {
    code: input.code,
    title: input.title,
    description: input.description ?? "",
    sectorId: input.sectorId ?? "",
    responsibleText: input.responsibleText ?? "",
    responsibleUserId: input.responsibleUserId ?? "",
    userOriented: input.userOriented ? "true" : "false",
    tags: input.tags.join(", "),
    status: input.status,
    completedOn: input.completedOn ?? "",
    dropReason: input.dropReason ?? "",
    mergedIntoId: input.mergedIntoId ?? "",
    planYear: input.planYear === null ? "" : String(input.planYear),
    priority: input.priority === null ? "" : String(input.priority),
    startPeriod: period(input.startPeriod),
    endPeriod: period(input.endPeriod),
    benefitsCitizens: input.benefitsCitizens ?? "",
    benefitsEmployees: input.benefitsEmployees ?? "",
    benefitsQuantitative: input.benefitsQuantitative ?? "",
    published: input.published ? "true" : "false",
    goalIds: input.goalIds,
    dependsOnIds: input.dependsOnIds,
  };
  input.costs.forEach((cost, index) => {
    values[`costs.${index}.amountNok`] = cost.amountNok === null ? "" : groupThousands(cost.amountNok);
    values[`costs.${index}.usedNok`] = cost.usedNok === null ? "" : groupThousands(cost.usedNok);
    values[`costs.${index}.recurrence`] = cost.recurrence;
    values[`costs.${index}.year`] = cost.year === null ? "" : String(cost.year);
    values[`costs.${index}.costType`] = cost.costType;
    values[`costs.${index}.fundingSource`] = cost.fundingSource;
    values[`costs.${index}.description`] = cost.description ?? "";
  });
  return values;
}

// ── Conflicts ───────────────────────────────────────────────────────────────

export interface MeasureLookups {
  sectors: ReadonlyArray<{ id: string; name: string }>;
  users: ReadonlyArray<{ id: string; name: string }>;
  goals: ReadonlyArray<{ id: string; number: string }>;
  measures: ReadonlyArray<{ id: string; code: string }>;
}

export type SnapshotField = MeasureSnapshotField;

/** What saving would store: closing data only counts for the matching status (as in the mutations). */
function cleaned(input: MeasureInput): MeasureInput {
  return {
    ...input,
    completedOn: input.status === "completed" ? input.completedOn : null,
    dropReason: input.status === "dropped" ? input.dropReason : null,
    mergedIntoId: input.status === "merged" ? input.mergedIntoId : null,
  };
}

/** A measure input with names and codes instead of ids, shaped like the change history. */
export function measureSnapshot(input: MeasureInput, lookups: MeasureLookups): Record<SnapshotField, unknown> {
  const m = cleaned(input);
  const name = <T extends { id: string }>(list: ReadonlyArray<T>, id: string | null, pick: (item: T) => string): string | null => {
    if (id === null) return null;
    const found = list.find((item) => item.id === id);
    return found ? pick(found) : id;
  };
  return {
    code: m.code,
    title: m.title,
    description: m.description,
    sector: name(lookups.sectors, m.sectorId, (s) => s.name),
    responsibleText: m.responsibleText,
    responsibleUser: name(lookups.users, m.responsibleUserId, (u) => u.name),
    userOriented: m.userOriented,
    tags: m.tags,
    status: m.status,
    completedOn: m.completedOn,
    dropReason: m.dropReason,
    mergedInto: name(lookups.measures, m.mergedIntoId, (x) => x.code),
    planYear: m.planYear,
    priority: m.priority,
    startPeriod: m.startPeriod,
    endPeriod: m.endPeriod,
    benefitsCitizens: m.benefitsCitizens,
    benefitsEmployees: m.benefitsEmployees,
    benefitsQuantitative: m.benefitsQuantitative,
    published: m.published,
    goals: m.goalIds.map((id) => name(lookups.goals, id, (g) => g.number)).sort(),
    dependsOn: m.dependsOnIds.map((id) => name(lookups.measures, id, (x) => x.code)).sort(),
    costs: m.costs.map((c) => ({ ...c, description: c.description ?? null })),
  };
}

function comparable(value: unknown): string {
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "null";
  return JSON.stringify(value);
}

/** Fields whose values differ between two snapshots, with both values. */
export function diffSnapshots(
  yours: Record<SnapshotField, unknown>,
  theirs: Record<SnapshotField, unknown>,
): Array<{ field: SnapshotField; yours: unknown; theirs: unknown }> {
  return MEASURE_SNAPSHOT_FIELDS.filter((field) => comparable(yours[field]) !== comparable(theirs[field])).map((field) => ({
    field,
    yours: yours[field],
    theirs: theirs[field],
  }));
}

/**
 * What the user tried to save, merged onto the stored measure and validated like the mutation does.
 * Null when the input is invalid (the mutation reports validation errors before conflicts anyway).
 */
export function mergedInput(current: MeasureInput, input: MeasureFormInput): MeasureInput | null {
  const result = measureInputSchema.safeParse({ ...current, ...input });
  return result.success ? result.data : null;
}

// ── What the forms offer ────────────────────────────────────────────────────

/** Statuses contributors may not move a measure to (the mutations enforce the same). */
const CONTRIBUTOR_RESTRICTED: readonly MeasureStatus[] = ["prioritised", "planned", "merged"];

/**
 * Statuses to offer in the measure form: for a new measure every status (contributors: idea and
 * proposed); for an existing one the current status plus the allowed transitions.
 */
export function formStatusChoices(principal: Principal, current: MeasureStatus | null): MeasureStatus[] {
  if (current === null) {
    return can(principal, "measures.plan") ? [...MEASURE_STATUSES] : ["idea", "proposed"];
  }
  const targets = allowedTransitions(current).filter((s) => can(principal, "measures.plan") || !CONTRIBUTOR_RESTRICTED.includes(s));
  return MEASURE_STATUSES.filter((s) => s === current || targets.includes(s));
}

/** Statuses to offer in the status form on the measure page (never the current one). */
export function statusChangeChoices(principal: Principal, current: MeasureStatus): MeasureStatus[] {
  return formStatusChoices(principal, current).filter((s) => s !== current);
}

/** Sectors a user may put a measure in; null means all (and "no sector" is allowed). */
export function allowedSectorIds(principal: Principal): string[] | null {
  return sectorLimitOf(principal);
}
