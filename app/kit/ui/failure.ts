import type { FieldErrors, MessageRef } from "~/kit/errors";
import type { FormValues } from "~/kit/form";

/** A failed form submission as withAction returns it: the errors, and the values to fill the form in again. */
export type FailureState = {
  ok: false;
  fieldErrors: FieldErrors;
  formError: MessageRef | null;
  values: FormValues;
  details?: Record<string, unknown>;
};

/** The failed submission in action data, if any. */
export function failureOf(result: unknown): FailureState | undefined {
  if (!result || typeof result !== "object" || !("ok" in result) || result.ok !== false) return undefined;
  return result as FailureState;
}

/**
 * Error keys from a schema point into lists ("goalIds.0") or at whole lines of numbered fields ("costs.1"),
 * while the form shows them at one field: the list's field ("goalIds"), or the line's field named in
 * `lines` ("costs.1.amountNok" for `{ costs: "amountNok" }`). Other keys stay; the first error per field wins.
 */
export function normalizeFieldErrors({
  fieldErrors,
  lists = [],
  lines = {},
}: {
  fieldErrors: FieldErrors;
  lists?: readonly string[];
  lines?: Readonly<Record<string, string>>;
}): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, ref] of Object.entries(fieldErrors)) {
    const [head, index = "", ...rest] = key.split(".");
    let field = key;
    if (lists.includes(head) && /^\d/.test(index)) field = head;
    else if (Object.hasOwn(lines, head) && /^\d+$/.test(index) && rest.length === 0) field = `${key}.${lines[head]}`;
    if (!out[field]) out[field] = ref;
  }
  return out;
}
