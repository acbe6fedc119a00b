// Indicators with their measurements, and the forms to add them, on the benefit page.
import { Button, Heading, Link as DsLink, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { BooleanCheckbox, type FormValueMap, SelectInput, TextInput } from "~/domains/measures/ui";
import { dateOnly } from "~/domains/measures/ui";
import type { FailureState } from "~/kit/ui/failure";
import { INDICATOR_DIRECTIONS, INDICATOR_FREQUENCIES, INDICATOR_UNITS, MEASUREMENT_ASSESSMENTS } from "~/domains/benefits/constants";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDecimal, type Lang } from "~/kit/i18n";
import type { AchievementStatus } from "~/domains/benefits/achievement";

/** Up to 4 decimals, Norwegian style. */
export function formatAmount(lang: Lang, value: number, decimals = 4): string {
  return formatDecimal(lang, value, decimals);
}

export interface IndicatorView {
  id: string;
  name: string;
  unit: (typeof INDICATOR_UNITS)[number];
  customUnit: string | null;
  direction: (typeof INDICATOR_DIRECTIONS)[number];
  method: string | null;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  frequency: (typeof INDICATOR_FREQUENCIES)[number];
  responsibleText: string | null;
  latest: { measuredOn: string; value: number; status: AchievementStatus; percent: string } | null;
  measurements: Array<{ id: string; measuredOn: string; value: number; comment: string | null; assessment: (typeof MEASUREMENT_ASSESSMENTS)[number] | null }>;
}

export function IndicatorSection({ indicator: ind, canEdit, state }: { indicator: IndicatorView; canEdit: boolean; state: FailureState | undefined }) {
  const t = useT();
  const lang = useLang();
  const unit = ind.unit === "custom" ? (ind.customUnit ?? "") : t(`benefits.unit.${ind.unit}`);
  const value = (v: number | null) => (v === null ? "–" : formatAmount(lang, v));
  const headingId = `indicator-${ind.id}`;
  const achievementText = ind.latest
    ? ind.latest.status === "ok"
      ? t("benefits.achievement.ok", { percent: ind.latest.percent })
      : t(`benefits.achievement.${ind.latest.status}`)
    : t("benefits.achievement.none");
  const prefix = `m-${ind.id}-`;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {ind.name}
      </Heading>
      {canEdit ? (
        <Paragraph>
          <DsLink asChild>
            <Link to={`/indicators/${ind.id}/edit`}>{t("benefitRecords.indicator.editLink", { name: ind.name })}</Link>
          </DsLink>
        </Paragraph>
      ) : null}
      <dl className="facts">
        <dt>{t("benefits.indicator.unit")}</dt>
        <dd>{unit}</dd>
        <dt>{t("benefits.indicator.direction")}</dt>
        <dd>{t(`benefits.direction.${ind.direction}`)}</dd>
        <dt>{t("benefits.indicator.baselineValue")}</dt>
        <dd>
          {value(ind.baselineValue)}
          {ind.baselineDate ? ` (${dateOnly(lang, ind.baselineDate)})` : ""}
        </dd>
        <dt>{t("benefits.indicator.targetValue")}</dt>
        <dd>
          {value(ind.targetValue)}
          {ind.targetDate ? ` (${dateOnly(lang, ind.targetDate)})` : ""}
        </dd>
        <dt>{t("benefits.indicator.frequency")}</dt>
        <dd>{t(`benefits.frequency.${ind.frequency}`)}</dd>
        {ind.method ? (
          <>
            <dt>{t("benefits.indicator.method")}</dt>
            <dd className="pre-line">{ind.method}</dd>
          </>
        ) : null}
        {ind.responsibleText ? (
          <>
            <dt>{t("benefits.indicator.responsibleText")}</dt>
            <dd>{ind.responsibleText}</dd>
          </>
        ) : null}
        <dt>{t("benefits.indicator.latest")}</dt>
        <dd>{ind.latest ? `${value(ind.latest.value)} (${dateOnly(lang, ind.latest.measuredOn)})` : "–"}</dd>
        <dt>{t("benefits.indicator.achievement")}</dt>
        <dd data-testid="achievement">{achievementText}</dd>
      </dl>
      {ind.measurements.length === 0 ? (
        <Paragraph>{t("benefits.measurements.none")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra data-size="sm">
            <caption>{t("benefits.measurements.caption", { name: ind.name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("benefits.measurement.measuredOn")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t("benefits.measurement.value")}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("benefits.measurement.assessment")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("benefits.measurement.comment")}</Table.HeaderCell>
                {canEdit ? <Table.HeaderCell scope="col">{t("benefitRecords.actions")}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {ind.measurements.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{dateOnly(lang, m.measuredOn)}</Table.Cell>
                  <Table.Cell className="num">{value(m.value)}</Table.Cell>
                  <Table.Cell>{m.assessment ? t(`benefits.assessment.${m.assessment}`) : t("benefits.measurement.notAssessed")}</Table.Cell>
                  <Table.Cell className="pre-line">{m.comment ?? ""}</Table.Cell>
                  {canEdit ? (
                    <Table.Cell>
                      <DsLink asChild>
                        <Link to={`/measurements/${m.id}/edit`}>{t("benefitRecords.measurement.editLink", { date: dateOnly(lang, m.measuredOn) })}</Link>
                      </DsLink>
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {canEdit ? (
        <PostForm className="stack" noValidate aria-labelledby={`${prefix}heading`}>
          <Heading level={4} data-size="xs" id={`${prefix}heading`}>
            {`${t("benefits.measurement.add")}: ${ind.name}`}
          </Heading>
          <input type="hidden" name="intent" value="measurement" />
          <input type="hidden" name="indicatorId" value={ind.id} />
          <TextInput id={`${prefix}measuredOn`} name="measuredOn" type="date" label={t("benefits.measurement.measuredOn")} state={state} />
          <TextInput id={`${prefix}value`} name="value" inputMode="decimal" label={`${t("benefits.measurement.value")} (${unit})`} state={state} />
          <SelectInput
            id={`${prefix}assessment`}
            name="assessment"
            label={t("benefits.measurement.assessment")}
            state={state}
            emptyLabel={t("benefits.measurement.notAssessed")}
            choices={MEASUREMENT_ASSESSMENTS.map((v) => ({ value: v, label: t(`benefits.assessment.${v}`) }))}
          />
          <TextInput id={`${prefix}comment`} name="comment" label={t("benefits.measurement.comment")} state={state} multiline rows={2} />
          <div>
            <Button type="submit" variant="secondary">
              {t("benefits.measurement.add")}
            </Button>
          </div>
        </PostForm>
      ) : null}
    </section>
  );
}

/** Labels of the indicator fields (also for the error summary). */
export function indicatorFieldLabels(t: ReturnType<typeof useT>): Record<string, string> {
  return {
    name: t("benefits.indicator.name"),
    unit: t("benefits.indicator.unit"),
    customUnit: t("benefits.indicator.customUnit"),
    direction: t("benefits.indicator.direction"),
    method: t("benefits.indicator.method"),
    baselineValue: t("benefits.indicator.baselineValue"),
    baselineDate: t("benefits.indicator.baselineDate"),
    targetValue: t("benefits.indicator.targetValue"),
    targetDate: t("benefits.indicator.targetDate"),
    frequency: t("benefits.indicator.frequency"),
    responsibleUserId: t("benefitRecords.history.field.responsibleUserId"),
    responsibleText: t("benefits.indicator.responsibleText"),
    isValuationIndicator: t("benefits.indicator.isValuationIndicator"),
  };
}

/** The indicator's fields, for adding one on the benefit page and for the edit page. */
export function IndicatorFields({
  state,
  defaults,
  users,
}: {
  state: FailureState | undefined;
  defaults: FormValueMap;
  users: ReadonlyArray<{ id: string; name: string }>;
}) {
  const t = useT();
  const labels = indicatorFieldLabels(t);
  return (
    <>
      <TextInput name="name" label={labels.name} state={state} defaults={defaults} required maxLength={300} />
      <SelectInput
        name="unit"
        label={labels.unit}
        state={state}
        defaults={defaults}
        choices={INDICATOR_UNITS.map((v) => ({ value: v, label: t(`benefits.unit.${v}`) }))}
      />
      <TextInput
        name="customUnit"
        label={labels.customUnit}
        description={t("benefits.indicator.customUnit.description")}
        state={state}
        defaults={defaults}
        maxLength={50}
      />
      <SelectInput
        name="direction"
        label={labels.direction}
        state={state}
        defaults={defaults}
        choices={INDICATOR_DIRECTIONS.map((v) => ({ value: v, label: t(`benefits.direction.${v}`) }))}
      />
      <TextInput name="method" label={labels.method} state={state} defaults={defaults} multiline rows={2} />
      <TextInput name="baselineValue" label={labels.baselineValue} inputMode="decimal" state={state} defaults={defaults} />
      <TextInput name="baselineDate" label={labels.baselineDate} type="date" state={state} defaults={defaults} />
      <TextInput name="targetValue" label={labels.targetValue} inputMode="decimal" state={state} defaults={defaults} />
      <TextInput name="targetDate" label={labels.targetDate} type="date" state={state} defaults={defaults} />
      <SelectInput
        name="frequency"
        label={labels.frequency}
        state={state}
        defaults={defaults}
        choices={INDICATOR_FREQUENCIES.map((v) => ({ value: v, label: t(`benefits.frequency.${v}`) }))}
      />
      <SelectInput
        name="responsibleUserId"
        label={labels.responsibleUserId}
        state={state}
        defaults={defaults}
        emptyLabel={t("benefits.form.noUser")}
        choices={users.map((u) => ({ value: u.id, label: u.name }))}
      />
      <TextInput name="responsibleText" label={labels.responsibleText} state={state} defaults={defaults} maxLength={200} />
      <BooleanCheckbox
        name="isValuationIndicator"
        label={labels.isValuationIndicator}
        description={t("benefits.indicator.isValuationIndicator.description")}
        state={state}
        defaults={defaults}
      />
    </>
  );
}

export function IndicatorForm({ state, users }: { state: FailureState | undefined; users: ReadonlyArray<{ id: string; name: string }> }) {
  const t = useT();
  const defaults = { unit: "hours", direction: "lower_is_better", frequency: "yearly" };
  return (
    <PostForm className="stack" noValidate aria-labelledby="add-indicator-heading">
      <Heading level={3} data-size="sm" id="add-indicator-heading">
        {t("benefits.indicator.add")}
      </Heading>
      <FormErrorSummary state={state} labels={indicatorFieldLabels(t)} />
      <input type="hidden" name="intent" value="indicator" />
      <IndicatorFields state={state} defaults={defaults} users={users} />
      <div>
        <Button type="submit" variant="secondary">
          {t("benefits.indicator.add")}
        </Button>
      </div>
    </PostForm>
  );
}
