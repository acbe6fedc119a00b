import { z } from "zod";
import { COST_RECURRENCE, COST_TYPES, FUNDING_SOURCES } from "~/domains/measures/constants";
import { optionalText } from "~/kit/validation";
import { MEASURE_SORTS, MEASURE_STATUSES } from "./constants";
import { isValidCode, MAX_CODE_LENGTH, normalizeCode } from "./codes";
import { isPeriodRangeValid, parsePeriod, serializePeriod } from "./period";
import { isIsoDate } from "./status";

export const LIMITS = {
  title: 300,
  description: 10_000,
  responsible: 200,
  benefits: 5_000,
  dropReason: 2_000,
  tags: 20,
  tag: 50,
  goals: 50,
  dependencies: 50,
  costs: 50,
  costDescription: 300,
  maxAmountNok: 100_000_000_000,
} as const;

/** A period as typed ("H18", "V19", "2020", "Kontinuerlig"), stored canonically; empty is null. */
export const periodField = z
  .string()
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const parsed = parsePeriod(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "validation.period" });
      return z.NEVER;
    }
    return serializePeriod(parsed);
  });

const yearField = z.number().int({ message: "validation.integer" }).min(2000, { message: "validation.year" }).max(2100, { message: "validation.year" });

export const costLineSchema = z.object({
  amountNok: z.number().int({ message: "validation.integer" }).min(0).max(LIMITS.maxAmountNok).nullable(),
  // Used (spent) so far; null or left out means not reported.
  usedNok: z.number().int({ message: "validation.integer" }).min(0).max(LIMITS.maxAmountNok).nullable().default(null),
  recurrence: z.enum(COST_RECURRENCE),
  year: yearField.nullable(),
  costType: z.enum(COST_TYPES),
  fundingSource: z.enum(FUNDING_SOURCES),
  description: optionalText(LIMITS.costDescription),
});

export const measureInputSchema = z
  .object({
    code: z
      .string()
      .transform(normalizeCode)
      .pipe(z.string().min(1).max(MAX_CODE_LENGTH).refine(isValidCode, { message: "validation.code" })),
    title: z.string().trim().min(1).max(LIMITS.title),
    description: optionalText(LIMITS.description),
    sectorId: z.uuid().nullable(),
    responsibleText: optionalText(LIMITS.responsible),
    responsibleUserId: z.string().min(1).max(100).nullable(),
    userOriented: z.boolean(),
    tags: z
      .array(z.string().trim().min(1).max(LIMITS.tag))
      .max(LIMITS.tags)
      .transform((tags) => [...new Set(tags)]),
    status: z.enum(MEASURE_STATUSES),
    completedOn: z
      .string()
      .trim()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || isIsoDate(v), { message: "validation.date" }),
    dropReason: optionalText(LIMITS.dropReason),
    mergedIntoId: z.uuid().nullable(),
    planYear: yearField.nullable(),
    priority: z.number().int({ message: "validation.integer" }).min(1).max(9999).nullable(),
    startPeriod: periodField,
    endPeriod: periodField,
    benefitsCitizens: optionalText(LIMITS.benefits),
    benefitsEmployees: optionalText(LIMITS.benefits),
    benefitsQuantitative: optionalText(LIMITS.benefits),
    published: z.boolean(),
    goalIds: z
      .array(z.uuid())
      .max(LIMITS.goals)
      .transform((ids) => [...new Set(ids)]),
    dependsOnIds: z
      .array(z.uuid())
      .max(LIMITS.dependencies)
      .transform((ids) => [...new Set(ids)]),
    costs: z.array(costLineSchema).max(LIMITS.costs),
  })
  .superRefine((value, ctx) => {
    const start = value.startPeriod ? parsePeriod(value.startPeriod) : null;
    const end = value.endPeriod ? parsePeriod(value.endPeriod) : null;
    if (!isPeriodRangeValid(start, end)) ctx.addIssue({ code: "custom", path: ["endPeriod"], message: "validation.periodRange" });
  });

export type MeasureInput = z.infer<typeof measureInputSchema>;

/** The defaults a new measure starts from; API and form input is merged onto these. */
export const EMPTY_MEASURE: z.input<typeof measureInputSchema> = {
  code: "",
  title: "",
  description: null,
  sectorId: null,
  responsibleText: null,
  responsibleUserId: null,
  userOriented: false,
  tags: [],
  status: "idea",
  completedOn: null,
  dropReason: null,
  mergedIntoId: null,
  planYear: null,
  priority: null,
  startPeriod: null,
  endPeriod: null,
  benefitsCitizens: null,
  benefitsEmployees: null,
  benefitsQuantitative: null,
  published: false,
  goalIds: [],
  dependsOnIds: [],
  costs: [],
};

const multi = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s !== ""));

/** Filters shared by the portfolio table and GET /api/v1/measures (query string). */
export const measureFilterSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  sector: multi.pipe(z.array(z.uuid()).max(50)),
  status: multi.pipe(z.array(z.enum(MEASURE_STATUSES)).max(10)),
  goal: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  userOriented: z
    .enum(["yes", "no"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  responsible: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  sort: z.enum(MEASURE_SORTS).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export type MeasureFilter = z.output<typeof measureFilterSchema>;

export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** Turns a free-text query into a prefix tsquery: "velferdstek søknad" → "velferdstek:* & søknad:*". */
export function toPrefixTsQuery(q: string): string | null {
  const tokens = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 10);
  if (tokens.length === 0) return null;
  return tokens.map((t) => `${t}:*`).join(" & ");
}
