import { z } from "zod";
import { AppError, type FieldErrors, type MessageRef } from "./errors";

function issueToMessage(issue: z.core.$ZodIssue): MessageRef {
  if (issue.message.startsWith("validation.")) return { key: issue.message };
  // A custom check may name any catalogue key, with parameters.
  if (issue.code === "custom" && /^[a-zA-Z]+\.[\w.]+$/u.test(issue.message)) {
    return { key: issue.message, ...(issue.params ? { params: issue.params as Record<string, string | number> } : {}) };
  }
  switch (issue.code) {
    case "invalid_type":
      return { key: issue.input === undefined || issue.input === null ? "validation.required" : "validation.invalid" };
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return { key: "validation.required" };
      if (issue.origin === "string") return { key: "validation.tooShort", params: { min: Number(issue.minimum) } };
      if (issue.origin === "array") return { key: "validation.required" };
      return { key: "validation.min", params: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "validation.tooLong", params: { max: Number(issue.maximum) } };
      if (issue.origin === "array") return { key: "validation.tooMany", params: { max: Number(issue.maximum) } };
      return { key: "validation.max", params: { max: Number(issue.maximum) } };
    case "invalid_value":
      return { key: "validation.invalidChoice" };
    default:
      return { key: "validation.invalid" };
  }
}

export function zodErrorToFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    if (!fieldErrors[field]) fieldErrors[field] = issueToMessage(issue);
  }
  return fieldErrors;
}

/** Parses input with a zod schema; throws a validation AppError with per-field message keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("validation", { fieldErrors: zodErrorToFieldErrors(result.error) });
  return result.data;
}

/** Blank form text, or a value that was not sent, as null; for `z.preprocess`. */
export function blankToNull(value: unknown): unknown {
  return (typeof value === "string" && value.trim() === "") || value === undefined ? null : value;
}

/** Optional free text of at most `max` characters, trimmed; blank or missing becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
}
