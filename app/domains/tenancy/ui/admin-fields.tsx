// Shared UI for the admin pages (not a route module).
import { Alert, ErrorSummary, Field, Fieldset, Input, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { useState, useSyncExternalStore } from "react";
import { type FormState, useFieldError, valueOf, valuesOf } from "~/kit/ui/forms";
import type { Role } from "~/domains/tenancy/db";
import { isSectorScoped } from "~/kit/permissions";
import { useT } from "~/kit/ui/page-context";
import type { MessageRef } from "~/kit/errors";
import { failureOf } from "~/kit/ui/failure";

export const ROLE_CHOICES = ["admin", "coordinator", "contributor", "reader"] as const satisfies readonly Role[];

export interface SectorOption {
  id: string;
  name: string;
  codePrefix: string;
}

/** The failed submission of one form on the page, picked by its hidden `intent` (and `id`) fields. */
export function failureFor(result: unknown, intent: string, id?: string): (FormState & { formError?: MessageRef | null }) | undefined {
  const state = failureOf(result);
  if (!state) return undefined;
  if (state.values?.intent !== intent) return undefined;
  if (id !== undefined && state.values?.id !== id) return undefined;
  return state;
}

/** True after hydration; lets the page hide fields that only matter with JavaScript off. */
export function useHydrated(): boolean {
  // The server snapshot is false and the client's true: React renders the server's value while hydrating, then the client's.
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

function subscribeToNothing(): () => void {
  return () => {};
}

/**
 * A text field whose id is `${idPrefix}-${name}`, for pages with several forms that share field
 * names (TextField in ~/kit/ui/forms always uses `field-${name}`). Label, description and error
 * are wired explicitly, so they are associated in the server-rendered HTML too (Designsystemet's
 * Textfield links them only after hydration).
 */
export function PrefixedTextField({
  idPrefix,
  name,
  label,
  state,
  defaultValue,
  description,
  "data-size": size,
  ...rest
}: {
  idPrefix: string;
  name: string;
  label: string;
  state: FormState | undefined;
  defaultValue?: string | null;
  description?: string;
  maxLength?: number;
  required?: boolean;
  autoComplete?: string;
  "data-size"?: "sm" | "md";
}) {
  const error = useFieldError(state)(name);
  const id = `${idPrefix}-${name}`;
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <Field data-size={size}>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={`${id}-description`}>{description}</Field.Description> : null}
      <Input
        id={id}
        name={name}
        defaultValue={valueOf(state, name, defaultValue)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Field>
  );
}

/**
 * A radio button or checkbox with its label (and description) tied to it by explicit ids, so they
 * are associated without JavaScript too (Designsystemet's Radio/Checkbox link them only after hydration).
 */
export function ChoiceInput({
  type,
  id,
  name,
  value,
  label,
  description,
  defaultChecked,
  invalid,
  onChange,
}: {
  type: "radio" | "checkbox";
  id: string;
  name: string;
  value: string;
  label: string;
  description?: string;
  defaultChecked: boolean;
  invalid?: boolean;
  onChange?: () => void;
}) {
  return (
    <Field>
      <Input
        type={type}
        id={id}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        onChange={onChange}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={description ? `${id}-description` : undefined}
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

/** Error summary linking to `#${idPrefix}-${field}`; also shows a form-level error. */
export function PrefixedErrorSummary({
  idPrefix,
  state,
  labels,
}: {
  idPrefix: string;
  state: (FormState & { formError?: MessageRef | null }) | undefined;
  labels: Record<string, string>;
}) {
  const t = useT();
  const entries = Object.entries(state?.fieldErrors ?? {});
  if (entries.length === 0 && !state?.formError) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t("error.summary")}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {state?.formError ? <ErrorSummary.Item>{t(state.formError.key as never, state.formError.params)}</ErrorSummary.Item> : null}
        {entries.map(([field, ref]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link href={`#${idPrefix}-${field}`}>
              {labels[field] ? `${labels[field]}: ` : ""}
              {t(ref.key as never, ref.params)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/**
 * Role radios plus the coordinator's sector checkboxes. Without JavaScript the sectors are always
 * shown (the server ignores them for other roles); with JavaScript only for coordinators.
 */
export function RoleAndSectorFields({
  idPrefix = "field",
  state,
  role,
  sectorIds,
  sectors,
}: {
  idPrefix?: string;
  state: FormState | undefined;
  role: Role | null;
  sectorIds: string[];
  sectors: SectorOption[];
}) {
  const t = useT();
  const fieldError = useFieldError(state);
  const hydrated = useHydrated();
  const initialRole = valueOf(state, "role", role);
  const [currentRole, setCurrentRole] = useState(initialRole);
  const checked = valuesOf(state, "sectorIds", sectorIds);
  const roleError = fieldError("role");
  const sectorError = fieldError("sectorIds");
  return (
    <>
      <Fieldset id={`${idPrefix}-role`} aria-describedby={roleError ? `${idPrefix}-role-error` : undefined}>
        <Fieldset.Legend>{t("admin.role.legend")}</Fieldset.Legend>
        {ROLE_CHOICES.map((choice) => (
          <ChoiceInput
            key={choice}
            type="radio"
            id={`${idPrefix}-role-${choice}`}
            name="role"
            value={choice}
            label={t(`role.${choice}`)}
            description={t(`admin.role.${choice}.description`)}
            defaultChecked={initialRole === choice}
            onChange={() => setCurrentRole(choice)}
            invalid={Boolean(roleError)}
          />
        ))}
        {roleError ? <ValidationMessage id={`${idPrefix}-role-error`}>{roleError}</ValidationMessage> : null}
      </Fieldset>
      <Fieldset
        id={`${idPrefix}-sectorIds`}
        hidden={hydrated && !ROLE_CHOICES.some((choice) => choice === currentRole && isSectorScoped(choice))}
        aria-describedby={sectorError ? `${idPrefix}-sectorIds-error` : undefined}
      >
        <Fieldset.Legend>{t("admin.sectorsChoice.legend")}</Fieldset.Legend>
        <Fieldset.Description>{t("admin.sectorsChoice.description")}</Fieldset.Description>
        {sectors.length === 0 ? <Paragraph data-size="sm">{t("admin.sectorsChoice.none")}</Paragraph> : null}
        {sectors.map((sector) => (
          <ChoiceInput
            key={sector.id}
            type="checkbox"
            id={`${idPrefix}-sectorIds-${sector.id}`}
            name="sectorIds"
            value={sector.id}
            label={`${sector.name} (${sector.codePrefix})`}
            defaultChecked={checked.includes(sector.id)}
            invalid={Boolean(sectorError)}
          />
        ))}
        {sectorError ? <ValidationMessage id={`${idPrefix}-sectorIds-error`}>{sectorError}</ValidationMessage> : null}
      </Fieldset>
    </>
  );
}

/** Names of the sectors a coordinator is limited to, or "all sectors". */
export function sectorNames(sectorIds: string[], sectors: SectorOption[], allLabel: string): string {
  if (sectorIds.length === 0) return allLabel;
  return sectorIds.map((id) => sectors.find((s) => s.id === id)?.codePrefix ?? "?").join(", ");
}

export function SuccessAlert({ children }: { children: React.ReactNode }) {
  return (
    <Alert data-color="success" role="status">
      {children}
    </Alert>
  );
}

export { RouteErrorBoundary as AdminErrorBoundary } from "~/kit/ui/route-error";
