import { z } from "zod";
import { STATUS_LIMITS, STATUS_PARAMETERS, type StatusParameters, TRAFFIC_LIGHTS } from "./constants";
import { isIsoDate, MEASURE_STATUSES } from "~/domains/measures";
import { AppError, type FieldErrors } from "~/kit/errors";
import { readFormInput } from "~/kit/form";
import { optionalText, parseInput, zodErrorToFieldErrors } from "~/kit/validation";

const light = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(z.enum(TRAFFIC_LIGHTS).nullable());

/** Progress in whole percent, 0–100; blank means "not given". Accepts the form's text or a number. */
export function parseProgressPercent(
  value: unknown,
): { ok: true; value: number | null } | { ok: false; key: "reporting.validation.progressInteger" | "reporting.validation.progressRange" } {
  if (value === null || value === undefined) return { ok: true, value: null };
  const text = String(value).trim().replace(/\s*%$/, "");
  if (text === "") return { ok: true, value: null };
  if (!/^-?\d+$/.test(text)) return { ok: false, key: "reporting.validation.progressInteger" };
  const n = Number(text);
  if (n < 0 || n > 100) return { ok: false, key: "reporting.validation.progressRange" };
  return { ok: true, value: n };
}

const parameterFields = Object.fromEntries(
  STATUS_PARAMETERS.flatMap((p) => [
    [`light_${p}`, light],
    [`comment_${p}`, optionalText(STATUS_LIMITS.comment)],
  ]),
) as Record<`light_${(typeof STATUS_PARAMETERS)[number]}`, typeof light> &
  Record<`comment_${(typeof STATUS_PARAMETERS)[number]}`, ReturnType<typeof optionalText>>;

export const statusUpdateInputSchema = z.object({
  periodLabel: z.string().trim().min(1).max(STATUS_LIMITS.periodLabel),
  roundId: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null)),
  overall: light,
  progressPercent: z.union([z.string(), z.number()]).nullish(),
  internalComment: optionalText(STATUS_LIMITS.internalComment),
  ...parameterFields,
});

export interface StatusUpdateInput {
  periodLabel: string;
  roundId: string | null;
  overall: (typeof TRAFFIC_LIGHTS)[number] | null;
  progressPercent: number | null;
  internalComment: string | null;
  parameters: StatusParameters;
}

/**
 * Validates a status update: the period is required, progress must be a whole number 0–100, lights must be known;
 * to publish, the overall status is required too. Every problem is reported at once.
 */
export function parseStatusUpdateInput({ input, publish = false }: { input: unknown; publish?: boolean }): StatusUpdateInput {
  const result = statusUpdateInputSchema.safeParse(input);
  const fieldErrors: FieldErrors = result.success ? {} : zodErrorToFieldErrors(result.error);
  const progress = parseProgressPercent((input as { progressPercent?: unknown } | null)?.progressPercent);
  if (!progress.ok) fieldErrors.progressPercent = { key: progress.key };
  if (publish && !fieldErrors.overall && !(result.success && result.data.overall)) fieldErrors.overall = { key: "reporting.validation.overallRequired" };
  if (!result.success || !progress.ok || Object.keys(fieldErrors).length > 0) throw new AppError("validation", { fieldErrors });
  const data = result.data;
  const parameters: StatusParameters = {};
  for (const p of STATUS_PARAMETERS) {
    const lightValue = data[`light_${p}`];
    const comment = data[`comment_${p}`];
    if (lightValue || comment) parameters[p] = { light: lightValue, comment };
  }
  return {
    periodLabel: data.periodLabel,
    roundId: data.roundId,
    overall: data.overall,
    progressPercent: progress.value,
    internalComment: data.internalComment,
    parameters,
  };
}

/** The stored update as the flat form/input shape, so a partial save can be merged onto it. */
export function statusUpdateToInput(row: StatusUpdateInput): Record<string, string | number | null> {
  const flat: Record<string, string | number | null> = {
    periodLabel: row.periodLabel,
    roundId: row.roundId,
    overall: row.overall,
    progressPercent: row.progressPercent,
    internalComment: row.internalComment,
  };
  for (const p of STATUS_PARAMETERS) {
    flat[`light_${p}`] = row.parameters[p]?.light ?? null;
    flat[`comment_${p}`] = row.parameters[p]?.comment ?? null;
  }
  return flat;
}

export const roundInputSchema = z.object({
  title: z.string().trim().min(1).max(STATUS_LIMITS.roundTitle),
  deadline: z
    .string()
    .trim()
    .refine((v) => isIsoDate(v), { message: "validation.date" }),
  sectorIds: z
    .array(z.uuid({ message: "validation.invalidChoice" }))
    .max(100)
    .default([]),
  statuses: z.array(z.enum(MEASURE_STATUSES)).max(MEASURE_STATUSES.length).default([]),
});

export type RoundInput = z.output<typeof roundInputSchema>;

export function parseRoundInput(input: unknown): RoundInput {
  return parseInput(roundInputSchema, input);
}

/** Reads the status form: plain strings, which the schema validates. */
export function statusFormToInput(form: FormData): Partial<Record<string, string>> {
  const names = [
    "periodLabel",
    "roundId",
    "overall",
    "progressPercent",
    "internalComment",
    ...STATUS_PARAMETERS.flatMap((p) => [`light_${p}`, `comment_${p}`]),
  ];
  return readFormInput({ form, texts: names });
}
