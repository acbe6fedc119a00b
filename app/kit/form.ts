// Submitted HTML forms (plain posts, strings only): the kit's one way to read them into input for the zod
// schemas, which then validate. Client-safe.

/** The hidden field every POST form carries its CSRF token in. */
export const CSRF_FIELD = "_csrf";

/** Submitted values as the form sent them (a repeated field gives a list), e.g. to fill the form in again. */
export type FormValues = Record<string, string | string[]>;

/** Every text field of a submitted form but the CSRF token; files are left out. */
export function readFormValues({ form }: { form: FormData }): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries()) {
    if (key === CSRF_FIELD || typeof value !== "string") continue;
    const existing = values[key];
    if (existing === undefined) values[key] = value;
    else values[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/** The first text sent for a field; undefined when the field is missing (or a file). */
export function readText({ form, name }: { form: FormData; name: string }): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Every text sent for a field (a multi-choice sends one per choice). */
export function readTexts({ form, name }: { form: FormData; name: string }): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string");
}

/** A checkbox: checked when "true" or "on" was sent (a hidden "false" before it marks the field as present). */
export function readCheckbox({ form, name }: { form: FormData; name: string }): boolean {
  return readTexts({ form, name }).some((value) => value === "true" || value === "on");
}

/** What readFormInput read: each field with the type its kind gives, present only if the form sent it. */
export type FormInput<T extends string, N extends string, L extends string, C extends string> = Partial<
  Record<NoInfer<T>, string> & Record<NoInfer<N>, string | null> & Record<NoInfer<L>, string[]> & Record<NoInfer<C>, boolean>
>;

/**
 * The plain fields of a form as input for a zod schema. A field the form did not send is left out, so an
 * update keeps its stored value and a create reports it as required.
 * - `texts`: as typed (the schema trims)
 * - `nullableTexts`: trimmed; blank becomes null ("none chosen")
 * - `lists`: the non-blank values, each once (multi-choices; a hidden empty value marks the field as present)
 * - `checkboxes`: true or false, see readCheckbox
 */
export function readFormInput<T extends string = never, N extends string = never, L extends string = never, C extends string = never>({
  form,
  texts = [],
  nullableTexts = [],
  lists = [],
  checkboxes = [],
}: {
  form: FormData;
  texts?: readonly T[];
  nullableTexts?: readonly N[];
  lists?: readonly L[];
  checkboxes?: readonly C[];
}): FormInput<T, N, L, C> {
  const input: Record<string, unknown> = {};
  for (const name of texts) {
    const value = readText({ form, name });
    if (value !== undefined) input[name] = value;
  }
  for (const name of nullableTexts) {
    const value = readText({ form, name });
    if (value !== undefined) input[name] = value.trim() === "" ? null : value.trim();
  }
  for (const name of lists) {
    if (form.has(name)) input[name] = [...new Set(readTexts({ form, name }).filter((value) => value.trim() !== ""))];
  }
  for (const name of checkboxes) {
    if (form.has(name)) input[name] = readCheckbox({ form, name });
  }
  return input as FormInput<T, N, L, C>;
}
