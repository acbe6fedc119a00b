import { z } from "zod";
import { blankToNull, optionalText } from "~/kit/validation";
import { isValidCode, normalizeCode } from "~/domains/measures";
import { LIMITS, periodField } from "~/domains/measures/index.server";
import { MEASURE_STATUSES } from "~/domains/measures";
import { DECISION_ACTIONS, REVIEW_INTENTS } from "./constants";
import type { DraftCost } from "./draft";
import { parseGoalNumbers, parseNokAmount } from "./parsers";

const versionField = z.coerce.number({ message: "validation.invalid" }).int().min(1, { message: "validation.invalid" });

const idList = z.array(z.string().min(1).max(200)).max(5_000);

/** One submission of the review screen: the intent, the selected rows and the per-row decisions. */
export const reviewActionSchema = z.object({
  version: versionField,
  intent: z.enum(REVIEW_INTENTS, { message: "validation.invalidChoice" }),
  rows: idList,
  decisions: z.record(z.string(), z.enum(DECISION_ACTIONS, { message: "validation.invalidChoice" })),
  /** A sector id, or "none" to clear the sector. */
  sectorId: z.string().max(100).nullish(),
  goalId: z.string().max(200).nullish(),
});
export type ReviewActionInput = z.infer<typeof reviewActionSchema>;

const yearField = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : blankToNull(value)),
  z
    .number({ message: "validation.year" })
    .int({ message: "validation.year" })
    .min(2000, { message: "validation.year" })
    .max(2100, { message: "validation.year" }),
);

/** Where the goals go: "new" (a strategy made from title and period) or the id of an existing strategy. */
export const targetSchema = z
  .object({
    strategyId: z.string().min(1, { message: "validation.required" }),
    title: optionalText(300),
    periodFrom: z.preprocess(blankToNull, yearField.nullable()),
    periodTo: z.preprocess(blankToNull, yearField.nullable()),
  })
  .superRefine((value, ctx) => {
    if (value.strategyId !== "new") return;
    if (!value.title) ctx.addIssue({ code: "custom", path: ["title"], message: "validation.required" });
    if (value.periodFrom === null) ctx.addIssue({ code: "custom", path: ["periodFrom"], message: "validation.required" });
    if (value.periodTo === null) ctx.addIssue({ code: "custom", path: ["periodTo"], message: "validation.required" });
    if (value.periodFrom !== null && value.periodTo !== null && value.periodTo < value.periodFrom) {
      ctx.addIssue({ code: "custom", path: ["periodTo"], message: "validation.periodOrder" });
    }
  });

/** Cost lines as typed, one per line ("150 000", "Kr 50-100 000", "Ukjent"); each must be readable. */
const costsField = z.preprocess(
  (value) => (typeof value === "string" ? value : ""),
  z.string().transform((text, ctx): DraftCost[] => {
    const costs: DraftCost[] = [];
    for (const line of text
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter(Boolean)) {
      const amount = /^\d+$/u.test(line) ? { amountNok: Number(line), minNok: Number(line) } : parseNokAmount(line);
      if (!amount) {
        ctx.addIssue({ code: "custom", message: "importReview.row.costUnreadable", params: { line } });
        return z.NEVER;
      }
      costs.push({ amountNok: amount.amountNok, minNok: amount.minNok, text: line });
    }
    return costs;
  }),
);

/** The reviewer's edit of one draft measure. */
export const draftRowSchema = z.object({
  version: versionField,
  code: z.preprocess(
    blankToNull,
    z
      .string()
      .transform(normalizeCode)
      .refine(isValidCode, { message: "validation.code" })
      .nullish()
      .transform((v) => v ?? null),
  ),
  title: z.string().trim().min(1, { message: "validation.required" }).max(LIMITS.title),
  description: optionalText(LIMITS.description),
  sectorId: z.string().max(100).nullish(),
  status: z.preprocess(
    blankToNull,
    z
      .enum(MEASURE_STATUSES, { message: "validation.invalidChoice" })
      .nullish()
      .transform((v) => v ?? null),
  ),
  statusReason: optionalText(LIMITS.dropReason),
  completedYear: z.preprocess(
    blankToNull,
    yearField.nullish().transform((v) => v ?? null),
  ),
  movedTo: z.preprocess(
    blankToNull,
    z
      .string()
      .transform(normalizeCode)
      .refine(isValidCode, { message: "validation.code" })
      .nullish()
      .transform((v) => v ?? null),
  ),
  responsible: optionalText(LIMITS.responsible),
  indicator: optionalText(1_000),
  start: periodField,
  end: periodField,
  priority: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : blankToNull(value)),
    z
      .number({ message: "validation.integer" })
      .int({ message: "validation.integer" })
      .min(1, { message: "validation.integer" })
      .max(9999)
      .nullish()
      .transform((v) => v ?? null),
  ),
  goalNumbers: z.preprocess(
    (value) => (typeof value === "string" ? value : ""),
    z.string().transform((text, ctx) => {
      if (text.trim() === "") return [];
      const numbers = parseGoalNumbers(text);
      if (numbers.length === 0) {
        ctx.addIssue({ code: "custom", message: "importReview.row.goalsUnreadable" });
        return z.NEVER;
      }
      return numbers;
    }),
  ),
  userOriented: z.preprocess((value) => (value === "yes" ? true : value === "no" ? false : null), z.boolean().nullable()),
  costs: costsField,
  qualitative: optionalText(LIMITS.benefits),
  quantitative: optionalText(LIMITS.benefits),
});

export const splitRowSchema = z.object({
  version: versionField,
  splitTitle: z.string().trim().min(1, { message: "validation.required" }).max(LIMITS.title),
  splitDescription: optionalText(LIMITS.description),
});

export const goalEditSchema = z.object({
  version: versionField,
  number: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,3}){0,3}$/u, { message: "importReview.goal.numberInvalid" }),
  title: z.string().trim().min(1, { message: "validation.required" }).max(500),
});
