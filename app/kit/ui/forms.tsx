import { ErrorSummary, Field, Input, Label, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import type { ComponentProps } from "react";
import { Form } from "react-router";
import { useCsrfToken, useT } from "./page-context";
import type { FieldErrors } from "~/kit/errors";
import { CSRF_FIELD } from "~/kit/form";

export function CsrfInput() {
  const csrf = useCsrfToken();
  return <input type="hidden" name={CSRF_FIELD} value={csrf} />;
}

/** A POST form with the CSRF token; works without JavaScript. */
export function PostForm({ children, ...props }: Omit<ComponentProps<typeof Form>, "method">) {
  return (
    <Form method="post" {...props}>
      <CsrfInput />
      {children}
    </Form>
  );
}

export interface FormState {
  fieldErrors?: FieldErrors;
  values?: Record<string, string | string[]>;
}

/** Reads a submitted value back, falling back to the stored one. */
export function valueOf(state: FormState | undefined, name: string, fallback: string | number | null | undefined = ""): string {
  const submitted = state?.values?.[name];
  if (submitted !== undefined) return Array.isArray(submitted) ? (submitted[0] ?? "") : submitted;
  return fallback === null || fallback === undefined ? "" : String(fallback);
}

export function valuesOf(state: FormState | undefined, name: string, fallback: string[]): string[] {
  if (!state?.values) return fallback;
  const submitted = state.values[name];
  if (submitted === undefined) return [];
  return Array.isArray(submitted) ? submitted : [submitted];
}

export function useFieldError(state: FormState | undefined) {
  const t = useT();
  return (name: string): string | undefined => {
    const ref = state?.fieldErrors?.[name];
    return ref ? t(ref.key as never, ref.params) : undefined;
  };
}

/** Lists every field error with links to the fields, as Designsystemet recommends. */
export function FormErrorSummary({ state, labels }: { state: FormState | undefined; labels: Record<string, string> }) {
  const t = useT();
  const entries = Object.entries(state?.fieldErrors ?? {});
  if (entries.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t("error.summary")}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(([field, ref]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link href={`#field-${field}`}>
              {labels[field] ? `${labels[field]}: ` : ""}
              {t(ref.key as never, ref.params)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  state: FormState | undefined;
  defaultValue?: string | number | null;
  description?: string;
  multiline?: boolean;
  type?: "text" | "email" | "password" | "number" | "date" | "search" | "url";
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric" | "decimal" | "text";
  placeholder?: string;
  list?: string;
};

/**
 * A labelled text input or textarea. Ids, label and descriptions are wired explicitly so they are
 * associated in the server-rendered HTML too (Designsystemet's Textfield links them only after hydration).
 */
export function TextField({ name, label, state, defaultValue, description, multiline, ...rest }: TextFieldProps) {
  const error = useFieldError(state)(name);
  const value = valueOf(state, name, defaultValue);
  const id = `field-${name}`;
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    defaultValue: value,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    required: rest.required,
    maxLength: rest.maxLength,
  };
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={`${id}-description`}>{description}</Field.Description> : null}
      {multiline ? <Textarea {...common} rows={4} /> : <Input {...common} {...rest} />}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Field>
  );
}

export { Textarea };
