import { z } from "zod";
import { isUuid } from "~/kit/ids";
import { blankToNull, optionalText } from "~/kit/validation";
import {
  CASE_REFERENCE_MAX,
  FOCUS_AREA_MAX,
  FOCUS_AREAS_MAX,
  GOAL_DESCRIPTION_MAX,
  GOAL_INDICATOR_MAX,
  GOAL_NUMBER_MAX,
  GOAL_TITLE_MAX,
  STRATEGY_TITLE_MAX,
  SUMMARY_MAX,
} from "./limits";

export { isUuid };

const yearSchema = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim())) : value),
  z
    .number({ error: (issue) => (issue.input === undefined || issue.input === null ? "validation.required" : "validation.year") })
    .int({ error: "validation.year" })
    .min(2000, { error: "validation.year" })
    .max(2100, { error: "validation.year" }),
);

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const optionalDateSchema = z
  .preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
      .refine(isCalendarDate, { error: "validation.date" })
      .nullish(),
  )
  .transform((value) => value ?? null);

/** Focus areas come from a textarea (one per line) or as a list. */
const focusAreasSchema = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return [];
    const items = typeof value === "string" ? value.split(/\r?\n/) : Array.isArray(value) ? value : value;
    if (!Array.isArray(items)) return items;
    return items.map((item) => (typeof item === "string" ? item.trim() : item)).filter((item) => item !== "");
  },
  z
    .array(z.string())
    .max(FOCUS_AREAS_MAX, { error: "plan.focusAreasTooMany" })
    .refine((list) => list.every((item) => item.length <= FOCUS_AREA_MAX), { error: "plan.focusAreaTooLong" }),
);

export const strategyInputSchema = z
  .object({
    title: z.string().trim().min(1).max(STRATEGY_TITLE_MAX),
    periodFrom: yearSchema,
    periodTo: yearSchema,
    adoptedOn: optionalDateSchema,
    caseReference: optionalText(CASE_REFERENCE_MAX),
    summary: optionalText(SUMMARY_MAX),
    focusAreas: focusAreasSchema,
  })
  .refine((data) => data.periodTo >= data.periodFrom, { path: ["periodTo"], error: "validation.periodOrder" });

export type StrategyInput = z.output<typeof strategyInputSchema>;

const idSchema = (message: string) =>
  z.preprocess(blankToNull, z.string({ error: (issue) => (issue.input == null ? "validation.required" : message) }).refine(isUuid, { error: message }));

const optionalIdSchema = (message: string) =>
  z.preprocess(blankToNull, z.string().refine(isUuid, { error: message }).nullish()).transform((value) => value ?? null);

/** "1", "1.2", "1.2.3"; a trailing dot as in "1.3.1." is dropped. */
const goalNumberSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/\.$/, ""))
  .pipe(
    z
      .string()
      .min(1)
      .max(GOAL_NUMBER_MAX)
      .regex(/^\d{1,4}(\.\d{1,4})*$/, { error: "plan.goalNumberFormat" }),
  );

const goalFields = {
  parentId: optionalIdSchema("plan.parentInvalid"),
  number: goalNumberSchema,
  title: z.string().trim().min(1).max(GOAL_TITLE_MAX),
  description: optionalText(GOAL_DESCRIPTION_MAX),
  indicator: optionalText(GOAL_INDICATOR_MAX),
};

export const createGoalSchema = z.object({
  strategyId: idSchema("validation.invalidChoice"),
  ...goalFields,
});

/** A goal stays in its strategy; strategyId is ignored when editing. */
export const updateGoalSchema = z.object(goalFields);

export type CreateGoalInput = z.output<typeof createGoalSchema>;
export type UpdateGoalInput = z.output<typeof updateGoalSchema>;

/** The version the user's edit was based on (a hidden form field). */
export const versionSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z.number({ error: "validation.invalid" }).int({ error: "validation.invalid" }).min(1, { error: "validation.invalid" }),
);
