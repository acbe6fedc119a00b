// The measure form shared by /measures/new and /measures/:id/edit. Works without JavaScript:
// cost lines are plain numbered fields (existing lines plus empty ones), multi-choices are checkboxes.
import "./measures.css";
import { Button, Fieldset, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import { ConflictNotice } from "~/kit/ui/alerts";
import { FormErrorSummary, type FormState, PostForm, valueOf } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import type { MessageKey, Translate } from "~/kit/i18n";
import { COST_RECURRENCE, COST_TYPES, FUNDING_SOURCES, type MeasureStatus } from "../constants";
import { COST_FIELDS, costLines } from "../cost-lines";
import { BooleanCheckbox, CheckboxGroup, CheckboxInput, type FormValueMap, SelectInput, TextInput } from "./fields";
import { fieldLabelKey, statusLabel } from "./format";

export interface MeasureFormOptions {
  sectors: Array<{ id: string; name: string; codePrefix: string }>;
  /** Whether "no sector" may be chosen (not for coordinators limited to sectors). */
  allowNoSector: boolean;
  users: Array<{ id: string; name: string }>;
  strategies: Array<{ id: string; title: string }>;
  goals: Array<{ id: string; number: string; title: string; strategyId: string }>;
  /** Other measures (never the one being edited). */
  measures: Array<{ id: string; code: string; title: string }>;
  /** Statuses the user may choose, including the current one. */
  statuses: MeasureStatus[];
  /** Contributors may not set priority and plan year. */
  canSetPriority: boolean;
}

export interface ConflictRow {
  field: string;
  yours: string;
  theirs: string;
}

export interface ConflictInfo {
  currentVersion: number;
  rows: ConflictRow[];
}

export interface MeasureFormProps {
  mode: "create" | "edit";
  state: (FormState & { formError?: { key: string; params?: Record<string, string | number> } | null }) | undefined;
  defaults: FormValueMap;
  version?: number;
  conflict?: ConflictInfo | null;
  options: MeasureFormOptions;
  cancelHref: string;
}

const COST_FIELD_LABELS: Record<(typeof COST_FIELDS)[number], MessageKey> = {
  amountNok: "measures.cost.amount",
  usedNok: "measures.cost.used",
  recurrence: "measures.cost.recurrence",
  year: "measures.cost.year",
  costType: "measures.cost.costType",
  fundingSource: "measures.cost.fundingSource",
  description: "measures.cost.description",
};

/** Labels for the error summary, including "Kostnadslinje 2: Beløp (kr)". */
function errorLabels(t: Translate, state: MeasureFormProps["state"]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const key of Object.keys(state?.fieldErrors ?? {})) {
    const cost = /^costs\.(\d+)\.(\w+)$/.exec(key);
    if (cost) {
      const field = cost[2] as (typeof COST_FIELDS)[number];
      labels[key] = `${t("measures.cost.line", { n: Number(cost[1]) + 1 })}: ${COST_FIELD_LABELS[field] ? t(COST_FIELD_LABELS[field]) : field}`;
    } else if (key === "costs") {
      labels[key] = t("measures.field.costs");
    } else if (key !== "_form") {
      labels[key] = t(fieldLabelKey(key));
    }
  }
  return labels;
}

function MeasureConflictNotice({ conflict }: { conflict: ConflictInfo }) {
  const t = useT();
  return (
    <ConflictNotice title={t("measures.conflict")} help={t("measures.conflict.help")} focusKey={conflict}>
      {conflict.rows.length > 0 ? (
        <div className="table-wrap">
          <Table data-size="sm" className="measure-table">
            <caption className="visually-hidden">{t("measures.conflict.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("measures.history.field")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("measures.conflict.yours")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("measures.conflict.theirs")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {conflict.rows.map((row) => (
                <Table.Row key={row.field}>
                  <Table.HeaderCell scope="row">{t(fieldLabelKey(row.field))}</Table.HeaderCell>
                  <Table.Cell className="pre-line">{row.yours}</Table.Cell>
                  <Table.Cell className="pre-line">{row.theirs}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : (
        <Paragraph>{t("measures.conflict.noFieldDiff")}</Paragraph>
      )}
    </ConflictNotice>
  );
}

function CostLine({ index, state, defaults, removable }: { index: number; state: MeasureFormProps["state"]; defaults: FormValueMap; removable: boolean }) {
  const t = useT();
  const name = (field: string) => `costs.${index}.${field}`;
  const removeName = name("remove");
  const removeChecked = valueOf(state, removeName, "") === "true";
  return (
    <Fieldset className="measure-cost-line">
      <Fieldset.Legend>{t("measures.cost.line", { n: index + 1 })}</Fieldset.Legend>
      <div className="measure-cost-line__grid">
        <TextInput
          name={name("amountNok")}
          label={t("measures.cost.amount")}
          description={t("measures.cost.amount.description")}
          state={state}
          defaults={defaults}
          inputMode="text"
          autoComplete="off"
          maxLength={40}
        />
        <TextInput
          name={name("usedNok")}
          label={t("measures.cost.used")}
          description={t("measures.cost.used.description")}
          state={state}
          defaults={defaults}
          inputMode="text"
          autoComplete="off"
          maxLength={40}
        />
        <SelectInput
          name={name("recurrence")}
          label={t("measures.cost.recurrence")}
          state={state}
          defaults={defaults}
          emptyLabel={t("measures.form.choose")}
          choices={COST_RECURRENCE.map((r) => ({ value: r, label: t(`measures.recurrence.${r}`) }))}
        />
        <TextInput name={name("year")} label={t("measures.cost.year")} state={state} defaults={defaults} inputMode="numeric" maxLength={4} autoComplete="off" />
        <SelectInput
          name={name("costType")}
          label={t("measures.cost.costType")}
          state={state}
          defaults={defaults}
          emptyLabel={t("measures.form.choose")}
          choices={COST_TYPES.map((c) => ({ value: c, label: t(`measures.costType.${c}`) }))}
        />
        <SelectInput
          name={name("fundingSource")}
          label={t("measures.cost.fundingSource")}
          state={state}
          defaults={defaults}
          emptyLabel={t("measures.form.choose")}
          choices={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`measures.funding.${f}`) }))}
        />
        <TextInput name={name("description")} label={t("measures.cost.description")} state={state} defaults={defaults} maxLength={300} />
      </div>
      {removable ? <CheckboxInput id={`field-${removeName}`} name={removeName} value="true" label={t("measures.cost.remove")} checked={removeChecked} /> : null}
    </Fieldset>
  );
}

export function MeasureForm({ mode, state, defaults, version, conflict, options, cancelHref }: MeasureFormProps) {
  const t = useT();
  const values: FormValueMap = state?.values ?? defaults;
  const lines = costLines(values);
  const goalGroups = [
    ...options.strategies.map((s) => ({
      title: s.title,
      choices: options.goals.filter((g) => g.strategyId === s.id).map((g) => ({ value: g.id, label: `${g.number} ${g.title}` })),
    })),
    {
      title: undefined,
      choices: options.goals
        .filter((g) => !options.strategies.some((s) => s.id === g.strategyId))
        .map((g) => ({ value: g.id, label: `${g.number} ${g.title}` })),
    },
  ];
  const measureChoices = options.measures.map((m) => ({ value: m.id, label: `${m.code} ${m.title}` }));
  const shown = {
    field: (name: string) => t(fieldLabelKey(name)),
  };
  return (
    <div className="stack measure-form">
      {conflict ? <MeasureConflictNotice conflict={conflict} /> : null}
      <FormErrorSummary state={state} labels={errorLabels(t, state)} />
      <PostForm className="stack" noValidate>
        {mode === "edit" ? <input type="hidden" name="version" value={conflict?.currentVersion ?? version} /> : null}
        <input type="hidden" name="costs" value="" />

        <section className="measure-section" aria-labelledby="section-basics">
          <Heading level={2} data-size="sm" id="section-basics">
            {t("measures.form.section.basics")}
          </Heading>
          <div className="grid-2">
            <TextInput
              name="code"
              label={shown.field("code")}
              description={t("measures.field.code.description")}
              state={state}
              defaults={defaults}
              maxLength={20}
              required
              autoComplete="off"
            />
            <SelectInput
              name="sectorId"
              label={shown.field("sectorId")}
              state={state}
              defaults={defaults}
              emptyLabel={options.allowNoSector ? t("measures.form.noSector") : undefined}
              choices={options.sectors.map((s) => ({ value: s.id, label: `${s.name} (${s.codePrefix})` }))}
            />
          </div>
          <TextInput name="title" label={shown.field("title")} state={state} defaults={defaults} maxLength={300} required />
          <TextInput name="description" label={shown.field("description")} state={state} defaults={defaults} multiline rows={5} maxLength={10000} />
          <TextInput
            name="tags"
            label={shown.field("tags")}
            description={t("measures.field.tags.description")}
            state={state}
            defaults={defaults}
            maxLength={1100}
          />
        </section>

        <section className="measure-section" aria-labelledby="section-responsibility">
          <Heading level={2} data-size="sm" id="section-responsibility">
            {t("measures.form.section.responsibility")}
          </Heading>
          <div className="grid-2">
            <TextInput name="responsibleText" label={shown.field("responsibleText")} state={state} defaults={defaults} maxLength={200} />
            <SelectInput
              name="responsibleUserId"
              label={shown.field("responsibleUserId")}
              description={t("measures.field.responsibleUser.description")}
              state={state}
              defaults={defaults}
              emptyLabel={t("measures.form.noUser")}
              choices={options.users.map((u) => ({ value: u.id, label: u.name }))}
            />
          </div>
          <BooleanCheckbox
            name="userOriented"
            label={shown.field("userOriented")}
            description={t("measures.field.userOriented.description")}
            state={state}
            defaults={defaults}
          />
        </section>

        <section className="measure-section" aria-labelledby="section-planning">
          <Heading level={2} data-size="sm" id="section-planning">
            {t("measures.form.section.planning")}
          </Heading>
          <div className="grid-2">
            <SelectInput
              name="status"
              label={shown.field("status")}
              description={options.canSetPriority ? undefined : t("measures.field.status.contributor")}
              state={state}
              defaults={defaults}
              choices={options.statuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
            />
          </div>
          {options.canSetPriority ? (
            <div className="grid-2">
              <TextInput
                name="planYear"
                label={shown.field("planYear")}
                state={state}
                defaults={defaults}
                inputMode="numeric"
                maxLength={4}
                autoComplete="off"
              />
              <TextInput
                name="priority"
                label={shown.field("priority")}
                description={t("measures.field.priority.description")}
                state={state}
                defaults={defaults}
                inputMode="numeric"
                maxLength={4}
                autoComplete="off"
              />
            </div>
          ) : (
            <Paragraph data-size="sm" className="muted">
              {t("measures.form.priorityLocked", {
                priority: (defaults.priority as string | undefined) || "–",
                planYear: (defaults.planYear as string | undefined) || "–",
              })}
            </Paragraph>
          )}
          <div className="grid-2">
            <TextInput
              name="startPeriod"
              label={shown.field("startPeriod")}
              description={t("measures.field.period.description")}
              state={state}
              defaults={defaults}
              maxLength={20}
              autoComplete="off"
            />
            <TextInput
              name="endPeriod"
              label={shown.field("endPeriod")}
              description={t("measures.field.period.description")}
              state={state}
              defaults={defaults}
              maxLength={20}
              autoComplete="off"
            />
          </div>
        </section>

        <section className="measure-section" aria-labelledby="section-closing">
          <Heading level={2} data-size="sm" id="section-closing">
            {t("measures.form.section.closing")}
          </Heading>
          <Paragraph data-size="sm">{t("measures.form.closing.help")}</Paragraph>
          <div className="grid-2">
            <TextInput
              name="completedOn"
              type="date"
              label={shown.field("completedOn")}
              description={t("measures.field.completedOn.description")}
              state={state}
              defaults={defaults}
            />
            <SelectInput
              name="mergedIntoId"
              label={shown.field("mergedIntoId")}
              description={t("measures.field.mergedInto.description")}
              state={state}
              defaults={defaults}
              emptyLabel={t("common.none")}
              choices={measureChoices}
            />
          </div>
          <TextInput
            name="dropReason"
            label={shown.field("dropReason")}
            description={t("measures.field.dropReason.description")}
            state={state}
            defaults={defaults}
            multiline
            rows={3}
            maxLength={2000}
          />
        </section>

        <section className="measure-section" aria-labelledby="section-benefits">
          <Heading level={2} data-size="sm" id="section-benefits">
            {t("measures.form.section.benefits")}
          </Heading>
          <TextInput name="benefitsCitizens" label={shown.field("benefitsCitizens")} state={state} defaults={defaults} multiline rows={3} maxLength={5000} />
          <TextInput name="benefitsEmployees" label={shown.field("benefitsEmployees")} state={state} defaults={defaults} multiline rows={3} maxLength={5000} />
          <TextInput
            name="benefitsQuantitative"
            label={shown.field("benefitsQuantitative")}
            state={state}
            defaults={defaults}
            multiline
            rows={3}
            maxLength={5000}
          />
        </section>

        <section className="measure-section" aria-labelledby="section-relations">
          <Heading level={2} data-size="sm" id="section-relations">
            {t("measures.form.section.relations")}
          </Heading>
          <CheckboxGroup
            name="goalIds"
            legend={shown.field("goalIds")}
            description={t("measures.form.goals.description")}
            state={state}
            defaults={defaults}
            groups={goalGroups}
            emptyText={t("measures.form.noGoalsAvailable")}
          />
          <CheckboxGroup
            name="dependsOnIds"
            legend={shown.field("dependsOnIds")}
            description={t("measures.form.dependsOn.description")}
            state={state}
            defaults={defaults}
            groups={[{ choices: measureChoices }]}
            emptyText={t("measures.form.noMeasuresAvailable")}
            className="measure-choice-scroll"
          />
        </section>

        <section className="measure-section" aria-labelledby="section-publishing">
          <Heading level={2} data-size="sm" id="section-publishing">
            {t("public.form.section")}
          </Heading>
          <BooleanCheckbox
            name="published"
            label={shown.field("published")}
            description={t("public.measure.published.description")}
            state={state}
            defaults={defaults}
          />
        </section>

        <section className="measure-section" aria-labelledby="section-costs" id="field-costs" tabIndex={-1}>
          <Heading level={2} data-size="sm" id="section-costs">
            {t("measures.field.costs")}
          </Heading>
          <Paragraph data-size="sm">{t("measures.form.costs.help")}</Paragraph>
          {Array.from({ length: lines.count }, (_, index) => (
            <CostLine key={index} index={index} state={state} defaults={defaults} removable={lines.filled[index]} />
          ))}
        </section>

        <div className="measure-actions">
          <Button type="submit">{mode === "create" ? t("measures.create.submit") : t("action.save")}</Button>
          <Button asChild variant="secondary">
            <Link to={cancelHref}>{t("action.cancel")}</Link>
          </Button>
        </div>
      </PostForm>
    </div>
  );
}
