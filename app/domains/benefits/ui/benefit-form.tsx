// The benefit (nyttevirkning) form for create and edit. Works without JavaScript.
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import { FormErrorAlert } from "~/kit/ui/alerts";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { BooleanCheckbox, CheckboxGroup, type FormValueMap, SelectInput, TextInput } from "~/domains/measures/ui";
import type { FailureState } from "~/kit/ui/failure";
import { BENEFICIARIES, BENEFIT_RECURRENCE, BENEFIT_STATUSES, BENEFIT_TYPES } from "~/domains/benefits/constants";
import { useT } from "~/kit/ui/page-context";

export interface BenefitFormProps {
  state: FailureState | undefined;
  defaults: FormValueMap;
  users: ReadonlyArray<{ id: string; name: string }>;
  goals: ReadonlyArray<{ id: string; number: string; title: string }>;
  version?: number;
  cancelHref: string;
  submitLabel: string;
}

export function BenefitForm({ state, defaults, users, goals, version, cancelHref, submitLabel }: BenefitFormProps) {
  const t = useT();
  const labels: Record<string, string> = {
    title: t("benefits.field.title"),
    description: t("benefits.field.description"),
    type: t("benefits.field.type"),
    beneficiaries: t("benefits.field.beneficiaries"),
    ownerUserId: t("benefits.field.ownerUserId"),
    ownerText: t("benefits.field.ownerText"),
    managerUserId: t("benefits.field.managerUserId"),
    managerText: t("benefits.field.managerText"),
    periodFrom: t("benefits.field.periodFrom"),
    periodTo: t("benefits.field.periodTo"),
    assumptions: t("benefits.field.assumptions"),
    risks: t("benefits.field.risks"),
    status: t("benefits.field.status"),
    statusReason: t("benefits.field.statusReason"),
    alternativeUse: t("benefits.field.alternativeUse"),
    recurrence: t("benefits.field.recurrence"),
    plannedHoursPerYear: t("benefits.field.plannedHoursPerYear"),
    plannedNokPerYear: t("benefits.field.plannedNokPerYear"),
    goalIds: t("benefits.goals"),
  };
  const userChoices = users.map((u) => ({ value: u.id, label: u.name }));
  return (
    <PostForm className="stack" noValidate>
      <FormErrorAlert error={state?.formError} />
      <FormErrorSummary state={state} labels={labels} />
      {version !== undefined ? <input type="hidden" name="version" value={String(state?.details?.currentVersion ?? version)} /> : null}
      <TextInput name="title" label={labels.title} state={state} defaults={defaults} required maxLength={300} />
      <TextInput name="description" label={labels.description} state={state} defaults={defaults} multiline />
      <SelectInput
        name="type"
        label={labels.type}
        state={state}
        defaults={defaults}
        emptyLabel={t("benefits.form.chooseType")}
        choices={BENEFIT_TYPES.map((v) => ({ value: v, label: t(`benefits.type.${v}`) }))}
      />
      <CheckboxGroup
        name="beneficiaries"
        legend={labels.beneficiaries}
        state={state}
        defaults={defaults}
        groups={[{ choices: BENEFICIARIES.map((v) => ({ value: v, label: t(`benefits.beneficiary.${v}`) })) }]}
      />
      <BooleanCheckbox name="quantitative" label={t("benefits.field.quantitative")} state={state} defaults={defaults} />
      <BooleanCheckbox
        name="disbenefit"
        label={t("benefits.field.disbenefit")}
        description={t("benefits.field.disbenefit.description")}
        state={state}
        defaults={defaults}
      />
      <Heading level={2} data-size="sm">
        {t("benefits.field.owner")}
      </Heading>
      <SelectInput
        name="ownerUserId"
        label={labels.ownerUserId}
        state={state}
        defaults={defaults}
        emptyLabel={t("benefits.form.noUser")}
        choices={userChoices}
      />
      <TextInput
        name="ownerText"
        label={labels.ownerText}
        description={t("benefits.field.ownerText.description")}
        state={state}
        defaults={defaults}
        maxLength={200}
      />
      <Heading level={2} data-size="sm">
        {t("benefits.field.manager")}
      </Heading>
      <SelectInput
        name="managerUserId"
        label={labels.managerUserId}
        state={state}
        defaults={defaults}
        emptyLabel={t("benefits.form.noUser")}
        choices={userChoices}
      />
      <TextInput name="managerText" label={labels.managerText} state={state} defaults={defaults} maxLength={200} />
      <Heading level={2} data-size="sm">
        {t("benefits.field.period")}
      </Heading>
      <TextInput name="periodFrom" label={labels.periodFrom} type="date" state={state} defaults={defaults} />
      <TextInput name="periodTo" label={labels.periodTo} type="date" state={state} defaults={defaults} />
      <TextInput name="assumptions" label={labels.assumptions} state={state} defaults={defaults} multiline />
      <TextInput name="risks" label={labels.risks} state={state} defaults={defaults} multiline />
      <SelectInput
        name="status"
        label={labels.status}
        state={state}
        defaults={defaults}
        choices={BENEFIT_STATUSES.map((v) => ({ value: v, label: t(`benefits.status.${v}`) }))}
      />
      <TextInput
        name="statusReason"
        label={labels.statusReason}
        description={t("benefits.field.statusReason.description")}
        state={state}
        defaults={defaults}
        multiline
      />
      <TextInput
        name="alternativeUse"
        label={labels.alternativeUse}
        description={t("benefits.field.alternativeUse.description")}
        state={state}
        defaults={defaults}
        multiline
      />
      <SelectInput
        name="recurrence"
        label={labels.recurrence}
        state={state}
        defaults={defaults}
        choices={BENEFIT_RECURRENCE.map((v) => ({ value: v, label: t(`benefits.recurrence.${v}`) }))}
      />
      <TextInput
        name="plannedHoursPerYear"
        label={labels.plannedHoursPerYear}
        description={t("benefits.field.plannedHoursPerYear.description")}
        inputMode="decimal"
        state={state}
        defaults={defaults}
      />
      <TextInput
        name="plannedNokPerYear"
        label={labels.plannedNokPerYear}
        description={t("benefits.field.plannedNokPerYear.description")}
        inputMode="decimal"
        state={state}
        defaults={defaults}
      />
      <CheckboxGroup
        name="goalIds"
        legend={labels.goalIds}
        state={state}
        defaults={defaults}
        emptyText={t("benefits.goals.none")}
        groups={[{ choices: goals.map((g) => ({ value: g.id, label: `${g.number} ${g.title}` })) }]}
      />
      <Paragraph className="form-actions">
        <Button type="submit">{submitLabel}</Button>{" "}
        <Button asChild variant="secondary">
          <Link to={cancelHref}>{t("action.cancel")}</Link>
        </Button>
      </Paragraph>
    </PostForm>
  );
}
