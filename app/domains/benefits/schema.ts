/**
 * Input schemas for benefits (nyttevirkninger), indicators and measurements, plus the valuation
 * settings of a municipality.
 *
 * ── How realised hours/NOK per year are derived (proposal for the profile and summary work) ──
 * Planned amounts are stored on the benefit (`plannedHoursPerYear` / `plannedNokPerYear`, per
 * year for `annual`, in total for `one_off`) and spread over the years by `annualise` in
 * valuation.ts. Realised amounts are NOT typed in; they are derived from measurements:
 *   1. A benefit has at most one valuation indicator (`indicator.isValuationIndicator`, unique per
 *      benefit in the database), with unit `hours` or `nok` and values expressed per year (e.g.
 *      "hours spent on case handling per year"; a monthly measure is entered as an annual rate).
 *   2. The realised amount in year Y is the improvement of the LATEST measurement dated in Y over
 *      the baseline, signed by direction: lower_is_better → baseline − value, higher_is_better →
 *      value − baseline. Years without a measurement realise nothing (no carrying forward, so an
 *      unmeasured benefit is visibly unfollowed). A disbenefit keeps its sign (negative amounts).
 *   3. Hours become NOK with the municipality's hourly cost (`hoursToNok`), NOK become hours only
 *      for display never; FTE = hours / hoursPerFte (`hoursToFte`), rounding after summing as in
 *      profile.ts. A `nok` indicator contributes NOK only.
 *   4. Freed capacity counts as realised only when the benefit has an `alternativeUse`; without it
 *      its realised amount is 0 (the data layer also refuses status "realised" without one).
 *   5. Benefits with status `not_realised` contribute no realised amount; their planned amount stays
 *      visible as planned-but-lost.
 * The per-benefit result feeds `buildYearlyProfile` (profile.ts) as `realised: [{ year, hours, nok }]`,
 * and the SQL summary must reproduce it with `numeric` rounding.
 */
import { z } from "zod";
import {
  BENEFICIARIES,
  BENEFIT_RECURRENCE,
  BENEFIT_STATUSES,
  BENEFIT_TYPES,
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_UNITS,
  type IndicatorUnit,
  MEASUREMENT_ASSESSMENTS,
} from "./constants";
import { AppError, type FieldErrors } from "~/kit/errors";
import { optionalText, zodErrorToFieldErrors } from "~/kit/validation";
import { isIsoDate, parseNumericValue } from "./measurement-rules";
import { validateHours } from "./valuation";

export const BENEFIT_LIMITS = {
  title: 300,
  text: 10_000,
  person: 200,
  goals: 50,
  maxAmount: 100_000_000_000,
} as const;

const optionalDate = z
  .string()
  .trim()
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!isIsoDate(v)) {
      ctx.addIssue({ code: "custom", message: "validation.date" });
      return z.NEVER;
    }
    return v;
  });

const requiredDate = z
  .string({ message: "validation.required" })
  .trim()
  .min(1, { message: "validation.required" })
  .refine(isIsoDate, { message: "validation.date" });

const optionalUserId = z
  .string()
  .trim()
  .max(100)
  .nullish()
  .transform((v) => (v ? v : null));

/** A number or a number typed as text ("1 234,5", "350 timer"); parsed by unit later. */
const rawNumber = z.union([z.number(), z.string()]).nullish();

export const benefitInputSchema = z
  .object({
    title: z.string().trim().min(1).max(BENEFIT_LIMITS.title),
    description: optionalText(BENEFIT_LIMITS.text),
    type: z.enum(BENEFIT_TYPES),
    beneficiaries: z
      .array(z.enum(BENEFICIARIES))
      .max(BENEFICIARIES.length)
      .transform((b) => [...new Set(b)]),
    quantitative: z.boolean(),
    disbenefit: z.boolean(),
    ownerUserId: optionalUserId,
    ownerText: optionalText(BENEFIT_LIMITS.person),
    managerUserId: optionalUserId,
    managerText: optionalText(BENEFIT_LIMITS.person),
    periodFrom: optionalDate,
    periodTo: optionalDate,
    assumptions: optionalText(BENEFIT_LIMITS.text),
    risks: optionalText(BENEFIT_LIMITS.text),
    status: z.enum(BENEFIT_STATUSES),
    statusReason: optionalText(BENEFIT_LIMITS.text),
    alternativeUse: optionalText(BENEFIT_LIMITS.text),
    recurrence: z.enum(BENEFIT_RECURRENCE),
    plannedHoursPerYear: rawNumber,
    plannedNokPerYear: rawNumber,
    goalIds: z
      .array(z.uuid())
      .max(BENEFIT_LIMITS.goals)
      .transform((ids) => [...new Set(ids)]),
  })
  .transform((input, ctx) => {
    const hours = toNumber(input.plannedHoursPerYear, "hours");
    const nok = toNumber(input.plannedNokPerYear, "nok");
    if (hours === "invalid") ctx.addIssue({ code: "custom", path: ["plannedHoursPerYear"], message: "validation.number" });
    else if (hours !== null && validateHours(hours)) ctx.addIssue({ code: "custom", path: ["plannedHoursPerYear"], message: "benefits.hoursNonNegative" });
    else if (hours !== null && hours > BENEFIT_LIMITS.maxAmount) ctx.addIssue({ code: "custom", path: ["plannedHoursPerYear"], message: "validation.invalid" });
    if (nok === "invalid") ctx.addIssue({ code: "custom", path: ["plannedNokPerYear"], message: "validation.number" });
    else if (nok !== null && Math.abs(nok) > BENEFIT_LIMITS.maxAmount)
      ctx.addIssue({ code: "custom", path: ["plannedNokPerYear"], message: "validation.invalid" });
    if (input.periodFrom && input.periodTo && input.periodFrom > input.periodTo) {
      ctx.addIssue({ code: "custom", path: ["periodTo"], message: "benefits.periodOrder" });
    }
    if (input.status === "not_realised" && !input.statusReason) {
      ctx.addIssue({ code: "custom", path: ["statusReason"], message: "benefits.reasonRequired" });
    }
    if (input.status === "realised" && input.type === "freed_capacity" && !input.alternativeUse) {
      ctx.addIssue({ code: "custom", path: ["alternativeUse"], message: "benefits.alternativeUseRequired" });
    }
    return {
      ...input,
      plannedHoursPerYear: typeof hours === "number" ? hours : null,
      plannedNokPerYear: typeof nok === "number" ? nok : null,
      statusReason: input.status === "not_realised" ? input.statusReason : null,
    };
  });

export type BenefitInput = z.output<typeof benefitInputSchema>;

export const EMPTY_BENEFIT = {
  description: null,
  beneficiaries: [],
  quantitative: false,
  disbenefit: false,
  ownerUserId: null,
  ownerText: null,
  managerUserId: null,
  managerText: null,
  periodFrom: null,
  periodTo: null,
  assumptions: null,
  risks: null,
  status: "proposed",
  statusReason: null,
  alternativeUse: null,
  recurrence: "annual",
  plannedHoursPerYear: null,
  plannedNokPerYear: null,
  goalIds: [],
} as const;

/** Null for empty input, "invalid" for text that is not a number in the unit. */
function toNumber(value: number | string | null | undefined, unit: IndicatorUnit): number | null | "invalid" {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : "invalid";
  if (value.trim() === "") return null;
  const parsed = parseNumericValue(value, unit);
  return parsed.ok ? parsed.value : "invalid";
}

export const indicatorInputSchema = z
  .object({
    name: z.string().trim().min(1).max(BENEFIT_LIMITS.title),
    unit: z.enum(INDICATOR_UNITS),
    customUnit: optionalText(50),
    direction: z.enum(INDICATOR_DIRECTIONS),
    method: optionalText(BENEFIT_LIMITS.text),
    baselineValue: rawNumber,
    baselineDate: optionalDate,
    targetValue: rawNumber,
    targetDate: optionalDate,
    frequency: z.enum(INDICATOR_FREQUENCIES),
    responsibleUserId: optionalUserId,
    responsibleText: optionalText(BENEFIT_LIMITS.person),
    isValuationIndicator: z.boolean(),
  })
  .transform((input, ctx) => {
    const fieldErrors = checkIndicatorValues(input);
    for (const [field, ref] of Object.entries(fieldErrors)) ctx.addIssue({ code: "custom", path: [field], message: ref.key });
    if (input.unit === "custom" && !input.customUnit) ctx.addIssue({ code: "custom", path: ["customUnit"], message: "benefits.customUnitRequired" });
    if (input.isValuationIndicator && input.unit !== "hours" && input.unit !== "nok") {
      ctx.addIssue({ code: "custom", path: ["isValuationIndicator"], message: "benefits.valuationUnit" });
    }
    const baseline = toNumber(input.baselineValue, input.unit);
    const target = toNumber(input.targetValue, input.unit);
    return {
      ...input,
      customUnit: input.unit === "custom" ? input.customUnit : null,
      baselineValue: typeof baseline === "number" ? baseline : null,
      targetValue: typeof target === "number" ? target : null,
    };
  });

function checkIndicatorValues(input: { unit: IndicatorUnit; baselineValue?: number | string | null; targetValue?: number | string | null }): FieldErrors {
  const errors: FieldErrors = {};
  const values = { baselineValue: toNumber(input.baselineValue, input.unit), targetValue: toNumber(input.targetValue, input.unit) };
  for (const [field, value] of Object.entries(values)) {
    if (value === "invalid") errors[field] = { key: "validation.number" };
    else if (value !== null && input.unit === "hours" && validateHours(value)) errors[field] = { key: "benefits.hoursNonNegative" };
  }
  if (!errors.baselineValue && !errors.targetValue && values.baselineValue !== null && values.baselineValue === values.targetValue) {
    errors.targetValue = { key: "benefits.targetEqualsBaseline" };
  }
  return errors;
}

export type IndicatorInput = z.output<typeof indicatorInputSchema>;

export const EMPTY_INDICATOR = {
  customUnit: null,
  method: null,
  baselineValue: null,
  baselineDate: null,
  targetValue: null,
  targetDate: null,
  frequency: "yearly",
  responsibleUserId: null,
  responsibleText: null,
  isValuationIndicator: false,
} as const;

/** The measurement schema depends on the indicator's unit: the value is parsed in that unit. */
export function measurementInputSchema(unit: IndicatorUnit) {
  return z
    .object({
      measuredOn: requiredDate,
      value: z.union([z.number(), z.string()], { message: "validation.required" }),
      comment: optionalText(BENEFIT_LIMITS.text),
      assessment: z
        .enum(MEASUREMENT_ASSESSMENTS)
        .nullish()
        .transform((v) => v ?? null),
    })
    .transform((input, ctx) => {
      const value = toNumber(input.value, unit);
      if (value === null) ctx.addIssue({ code: "custom", path: ["value"], message: "validation.required" });
      else if (value === "invalid") ctx.addIssue({ code: "custom", path: ["value"], message: "validation.number" });
      else if (unit === "hours" && validateHours(value)) ctx.addIssue({ code: "custom", path: ["value"], message: "benefits.hoursNonNegative" });
      return { ...input, value: typeof value === "number" ? value : 0 };
    });
}

export type MeasurementInput = z.output<ReturnType<typeof measurementInputSchema>>;

export const valuationSettingsSchema = z.object({
  hourlyCostNok: rawNumber,
  hoursPerFte: rawNumber,
});

/**
 * Like `parseInput`, but keeps this area's own catalogue keys (`benefits.*`) from custom issues;
 * `parseInput` only passes `validation.*` keys through and would report them as "validation.invalid".
 */
export function parseBenefitInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = zodErrorToFieldErrors(result.error);
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    if (seen.has(field)) continue;
    seen.add(field);
    if (issue.message.startsWith("benefits.")) fieldErrors[field] = { key: issue.message };
  }
  throw new AppError("validation", { fieldErrors });
}
