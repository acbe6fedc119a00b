import { Button, Field, Fieldset, Heading, Input, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { FormErrorSummary, type FormState, PostForm, useFieldError, valueOf } from "~/kit/ui/forms";
import { SelectInput, TextInput } from "~/domains/measures/ui";
import { STATUS_LIMITS, STATUS_PARAMETERS, TRAFFIC_LIGHTS } from "~/domains/reporting/constants";
import { useT } from "~/kit/ui/page-context";
import { TrafficLight } from "./traffic-light";

/** A traffic-light choice as radio buttons, with "not assessed" as the first choice unless `required`. */
function LightChoice({
  name,
  legend,
  description,
  state,
  stored,
  required,
}: {
  name: string;
  legend: string;
  description?: string;
  state: FormState | undefined;
  stored: string;
  required?: boolean;
}) {
  const error = useFieldError(state)(name);
  const id = `field-${name}`;
  const value = valueOf(state, name, stored);
  const choices = required ? TRAFFIC_LIGHTS : (["", ...TRAFFIC_LIGHTS] as const);
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <Fieldset id={id} tabIndex={-1} aria-describedby={describedBy}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description id={`${id}-description`}>{description}</Fieldset.Description> : null}
      <div className="light-choices">
        {choices.map((light) => {
          const optionId = `${id}-${light || "none"}`;
          return (
            <Field key={light || "none"}>
              <Input type="radio" id={optionId} name={name} value={light} defaultChecked={value === light} aria-invalid={error ? true : undefined} />
              <Label htmlFor={optionId} weight="regular">
                <TrafficLight light={light || null} />
              </Label>
            </Field>
          );
        })}
      </div>
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

export interface StatusFormProps {
  state: FormState | undefined;
  /** The draft's stored values (flat form names), or the defaults for a new update. */
  defaults: Record<string, string>;
  /** The draft's version, or null for a new update. */
  version: number | null;
  rounds: Array<{ id: string; title: string }>;
  heading: string;
}

/** Writes a status update: save as draft, or publish (which freezes it). Works without JavaScript. */
export function StatusForm({ state, defaults, version, rounds, heading }: StatusFormProps) {
  const t = useT();
  const parameterLabel = (p: (typeof STATUS_PARAMETERS)[number]) => t(`reporting.parameter.${p}`).toLowerCase();
  const labels: Record<string, string> = {
    periodLabel: t("reporting.status.field.periodLabel"),
    roundId: t("reporting.status.field.roundId"),
    overall: t("reporting.status.field.overall"),
    progressPercent: t("reporting.status.field.progressPercent"),
    internalComment: t("reporting.status.field.internalComment"),
    ...Object.fromEntries(
      STATUS_PARAMETERS.flatMap((p) => [
        [`light_${p}`, t("reporting.status.field.light", { parameter: parameterLabel(p) })],
        [`comment_${p}`, t("reporting.status.field.comment", { parameter: parameterLabel(p) })],
      ]),
    ),
  };
  return (
    <section className="stack" aria-labelledby="status-form-heading" id="status-form">
      <Heading level={2} data-size="md" id="status-form-heading">
        {heading}
      </Heading>
      <Paragraph data-size="sm">{t("reporting.status.draftNotice")}</Paragraph>
      <FormErrorSummary state={state} labels={labels} />
      <PostForm className="stack" noValidate>
        <input type="hidden" name="version" value={version ?? ""} />
        <TextInput
          name="periodLabel"
          label={labels.periodLabel}
          description={t("reporting.status.field.periodLabel.description")}
          state={state}
          defaults={defaults}
          maxLength={STATUS_LIMITS.periodLabel}
        />
        {rounds.length > 0 ? (
          <SelectInput
            name="roundId"
            label={labels.roundId}
            state={state}
            defaults={defaults}
            emptyLabel={t("reporting.status.field.roundNone")}
            choices={rounds.map((r) => ({ value: r.id, label: r.title }))}
          />
        ) : null}
        <LightChoice
          name="overall"
          legend={labels.overall}
          description={t("reporting.status.field.overall.description")}
          state={state}
          stored={defaults.overall ?? ""}
        />
        <TextInput
          name="progressPercent"
          label={labels.progressPercent}
          description={t("reporting.status.field.progressPercent.description")}
          state={state}
          defaults={defaults}
          inputMode="numeric"
          size={5}
        />
        <Fieldset>
          <Fieldset.Legend>{t("reporting.status.parameters")}</Fieldset.Legend>
          <div className="status-form__parameters">
            {STATUS_PARAMETERS.map((p) => (
              <div key={p} className="stack">
                <LightChoice name={`light_${p}`} legend={labels[`light_${p}`]} state={state} stored={defaults[`light_${p}`] ?? ""} />
                <TextInput
                  name={`comment_${p}`}
                  label={labels[`comment_${p}`]}
                  state={state}
                  defaults={defaults}
                  multiline
                  rows={2}
                  maxLength={STATUS_LIMITS.comment}
                />
              </div>
            ))}
          </div>
        </Fieldset>
        <TextInput
          name="internalComment"
          label={labels.internalComment}
          description={t("reporting.status.field.internalComment.description")}
          state={state}
          defaults={defaults}
          multiline
          rows={3}
          maxLength={STATUS_LIMITS.internalComment}
        />
        <div className="action-row">
          <Button type="submit" name="intent" value="draft" variant="secondary">
            {t("reporting.status.saveDraft")}
          </Button>
          <Button type="submit" name="intent" value="publish">
            {t("reporting.status.publish")}
          </Button>
        </div>
      </PostForm>
    </section>
  );
}
