// Form fields for the measure screens. Labels, descriptions and error messages are tied to their
// inputs with explicit ids (for/aria-describedby), so they are announced even before the
// Designsystemet web components have loaded, or with JavaScript turned off.
import { Field, Fieldset, Input, Label, Select, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { type FormState, useFieldError, valueOf, valuesOf } from "~/kit/ui/forms";

export type FormValueMap = Record<string, string | string[]>;

/** The id of a field's input; the error summary links to `#field-<name>`. */
export function fieldId(name: string): string {
  return `field-${name}`;
}

function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return list.length > 0 ? list.join(" ") : undefined;
}

function stored(defaults: FormValueMap | undefined, name: string): string {
  const value = defaults?.[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

function storedList(defaults: FormValueMap | undefined, name: string): string[] {
  const value = defaults?.[name];
  return Array.isArray(value) ? value : value ? [value] : [];
}

export interface FieldBaseProps {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  state: FormState | undefined;
  defaults?: FormValueMap;
  /** Overrides the id (default `field-<name>`). */
  id?: string;
  className?: string;
}

export function TextInput({
  name,
  label,
  description,
  state,
  defaults,
  id = fieldId(name),
  className,
  multiline,
  rows = 4,
  ...rest
}: FieldBaseProps & {
  multiline?: boolean;
  rows?: number;
  type?: "text" | "date" | "search";
  inputMode?: "numeric" | "decimal" | "text";
  maxLength?: number;
  required?: boolean;
  autoComplete?: string;
  placeholder?: string;
  size?: number;
}) {
  const error = useFieldError(state)(name);
  const value = valueOf(state, name, stored(defaults, name));
  const aria = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(description ? `${id}-description` : null, error ? `${id}-error` : null),
  } as const;
  return (
    <Field className={className}>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={`${id}-description`}>{description}</Field.Description> : null}
      {multiline ? (
        <Textarea {...aria} defaultValue={value} rows={rows} maxLength={rest.maxLength} required={rest.required} />
      ) : (
        <Input {...aria} defaultValue={value} {...rest} />
      )}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectInput({
  name,
  label,
  description,
  state,
  defaults,
  id = fieldId(name),
  className,
  choices,
  emptyLabel,
  value: fixedValue,
}: FieldBaseProps & {
  choices: Choice[];
  /** Adds a first option with the empty value. */
  emptyLabel?: string;
  /** Forces the selected value (ignores state and defaults). */
  value?: string;
}) {
  const error = useFieldError(state)(name);
  const value = fixedValue ?? valueOf(state, name, stored(defaults, name));
  return (
    <Field className={className}>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={`${id}-description`}>{description}</Field.Description> : null}
      <Select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description ? `${id}-description` : null, error ? `${id}-error` : null)}
      >
        {emptyLabel !== undefined ? <Select.Option value="">{emptyLabel}</Select.Option> : null}
        {choices.map((c) => (
          <Select.Option key={c.value} value={c.value}>
            {c.label}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Field>
  );
}

/** One checkbox with its label; `name` may repeat for multi-choices. */
export function CheckboxInput({
  id,
  name,
  value,
  label,
  description,
  checked,
  invalid,
  errorId,
}: {
  id: string;
  name: string;
  value: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  invalid?: boolean;
  errorId?: string;
}) {
  return (
    <Field>
      <Input
        type="checkbox"
        id={id}
        name={name}
        value={value}
        defaultChecked={checked}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(description ? `${id}-description` : null, invalid ? errorId : null)}
      />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
      {description ? (
        <div data-field="description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
    </Field>
  );
}

/**
 * A yes/no checkbox. A hidden "false" goes first, so an unchecked box is still submitted
 * (the parser tells "unchecked" from "not in the form").
 */
export function BooleanCheckbox({ name, label, description, state, defaults, id = fieldId(name) }: FieldBaseProps) {
  const error = useFieldError(state)(name);
  const submitted = state?.values ? valuesOf(state, name, []) : storedList(defaults, name);
  return (
    <div>
      <input type="hidden" name={name} value="false" />
      <CheckboxInput
        id={id}
        name={name}
        value="true"
        label={label}
        description={description}
        checked={submitted.includes("true")}
        invalid={Boolean(error)}
        errorId={`${id}-error`}
      />
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </div>
  );
}

/** The values chosen in a multi-choice: submitted ones after a failed save, else the stored ones. */
export function chosenValues(state: FormState | undefined, defaults: FormValueMap | undefined, name: string): string[] {
  return state?.values ? valuesOf(state, name, []).filter((v) => v !== "") : storedList(defaults, name);
}

/** A fieldset of checkboxes sharing one name, with a hidden empty marker for "none chosen". */
export function CheckboxGroup({
  name,
  legend,
  description,
  state,
  defaults,
  groups,
  emptyText,
  className,
}: {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  state: FormState | undefined;
  defaults?: FormValueMap;
  groups: Array<{ title?: string; choices: Choice[] }>;
  emptyText?: string;
  className?: string;
}) {
  const error = useFieldError(state)(name);
  const id = fieldId(name);
  const chosen = new Set(chosenValues(state, defaults, name));
  const total = groups.reduce((sum, g) => sum + g.choices.length, 0);
  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      className={className}
      aria-describedby={describedBy(description ? `${id}-description` : null, error ? `${id}-error` : null)}
    >
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description id={`${id}-description`}>{description}</Fieldset.Description> : null}
      <input type="hidden" name={name} value="" />
      {total === 0 && emptyText ? <p className="muted">{emptyText}</p> : null}
      {groups.map((group, index) =>
        group.choices.length === 0 ? null : (
          <div
            key={group.title ?? index}
            className="measure-choice-group"
            role={group.title ? "group" : undefined}
            aria-labelledby={group.title ? `${id}-group-${index}` : undefined}
          >
            {group.title ? (
              <p className="measure-choice-group__title" id={`${id}-group-${index}`}>
                {group.title}
              </p>
            ) : null}
            {group.choices.map((choice) => (
              <CheckboxInput
                key={choice.value}
                id={`${id}-${choice.value}`}
                name={name}
                value={choice.value}
                label={choice.label}
                checked={chosen.has(choice.value)}
                invalid={Boolean(error)}
                errorId={`${id}-error`}
              />
            ))}
          </div>
        ),
      )}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
