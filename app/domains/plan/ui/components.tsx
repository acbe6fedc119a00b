/**
 * UI shared by the strategy and goal route modules.
 */
import { Alert, Field, Heading, Label, Paragraph, Select, Tag, ValidationMessage } from "@digdir/designsystemet-react";
import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import { ConflictNotice } from "~/kit/ui/alerts";
import { type FormState, TextField, useFieldError, valueOf } from "~/kit/ui/forms";
import { HistoryTable, type HistoryTableGroup, type HistoryTableTexts, isEmptyHistoryValue } from "~/domains/history/ui";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDate, formatDateTime, type Lang, type MessageKey, type Translate } from "~/kit/i18n";
import { CASE_REFERENCE_MAX, GOAL_DESCRIPTION_MAX, GOAL_INDICATOR_MAX, GOAL_NUMBER_MAX, GOAL_TITLE_MAX, STRATEGY_TITLE_MAX, SUMMARY_MAX } from "../limits";
import type { TreeNode } from "../tree";

export function formatPeriod(t: Translate, from: number, to: number): string {
  return t("plan.strategy.periodValue", { from, to });
}

// ── Goal tree ───────────────────────────────────────────────────────────────

export interface GoalTreeItem {
  id: string;
  number: string;
  title: string;
  indicator: string | null;
  measureCount: number;
}

/** Nested list of goals with indicator and measure count; goals without measures get a tag with text. */
export function GoalTree({ nodes, label }: { nodes: ReadonlyArray<TreeNode<GoalTreeItem>>; label?: string }) {
  return (
    <ul className="goal-tree" aria-label={label}>
      {nodes.map((node) => (
        <GoalTreeBranch key={node.id} node={node} />
      ))}
    </ul>
  );
}

export function MeasureCount({ count }: { count: number }) {
  const t = useT();
  if (count > 0) return <span className="muted">{t("plan.goal.measureCount", { count })}</span>;
  return (
    <Tag data-color="warning" data-size="sm">
      {t("plan.goal.noMeasures")}
    </Tag>
  );
}

function GoalTreeBranch({ node }: { node: TreeNode<GoalTreeItem> }) {
  const t = useT();
  return (
    <li style={{ marginBlock: "var(--ds-size-2)" }}>
      <Link to={`/goals/${node.id}`}>
        <strong>{node.number}</strong> {node.title}
      </Link>{" "}
      <MeasureCount count={node.measureCount} />
      {node.indicator ? (
        <Paragraph data-size="sm" className="muted">
          {t("plan.goal.indicatorValue", { indicator: node.indicator })}
        </Paragraph>
      ) : null}
      {node.children.length > 0 ? (
        <ul>
          {node.children.map((child) => (
            <GoalTreeBranch key={child.id} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

// ── Form pieces ─────────────────────────────────────────────────────────────

export interface SelectOption {
  value: string;
  label: string;
}

/** A native select with a real label, description and error message. */
export function SelectField({
  name,
  label,
  description,
  state,
  defaultValue,
  options,
}: {
  name: string;
  label: string;
  description?: string;
  state: FormState | undefined;
  defaultValue?: string | null;
  options: SelectOption[];
}) {
  const error = useFieldError(state)(name);
  const id = `field-${name}`;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={`${id}-description`}>{description}</Field.Description> : null}
      <Select
        id={id}
        name={name}
        defaultValue={valueOf(state, name, defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined}
      >
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Field>
  );
}

/** Version the edit is based on: after a conflict the current one, else what was submitted, else the stored one. */
export function VersionInput({ state, conflictVersion, stored }: { state: FormState | undefined; conflictVersion?: number; stored: number }) {
  return <input type="hidden" name="version" value={conflictVersion ?? valueOf(state, "version", stored)} />;
}

export interface StrategyFormValues {
  title: string;
  periodFrom: number;
  periodTo: number;
  adoptedOn: string | null;
  caseReference: string | null;
  summary: string | null;
  focusAreas: string[];
}

export function strategyFieldLabels(t: Translate): Record<string, string> {
  return {
    title: t("plan.strategy.title"),
    periodFrom: t("plan.strategy.periodFrom"),
    periodTo: t("plan.strategy.periodTo"),
    adoptedOn: t("plan.strategy.adoptedOn"),
    caseReference: t("plan.strategy.caseReference"),
    summary: t("plan.strategy.summary"),
    focusAreas: t("plan.strategy.focusAreas"),
  };
}

export function StrategyFormFields({ state, stored }: { state: FormState | undefined; stored?: StrategyFormValues }) {
  const t = useT();
  return (
    <>
      <TextField name="title" label={t("plan.strategy.title")} state={state} defaultValue={stored?.title} maxLength={STRATEGY_TITLE_MAX} required />
      <div className="row">
        <TextField
          name="periodFrom"
          label={t("plan.strategy.periodFrom")}
          state={state}
          defaultValue={stored?.periodFrom}
          inputMode="numeric"
          maxLength={4}
          required
        />
        <TextField
          name="periodTo"
          label={t("plan.strategy.periodTo")}
          state={state}
          defaultValue={stored?.periodTo}
          inputMode="numeric"
          maxLength={4}
          required
        />
      </div>
      <TextField
        name="adoptedOn"
        type="date"
        label={t("plan.strategy.adoptedOn")}
        description={t("plan.strategy.adoptedOn.description")}
        state={state}
        defaultValue={stored?.adoptedOn}
      />
      <TextField
        name="caseReference"
        label={t("plan.strategy.caseReference")}
        description={t("plan.strategy.caseReference.description")}
        state={state}
        defaultValue={stored?.caseReference}
        maxLength={CASE_REFERENCE_MAX}
      />
      <TextField name="summary" label={t("plan.strategy.summary")} state={state} defaultValue={stored?.summary} maxLength={SUMMARY_MAX} multiline />
      <TextField
        name="focusAreas"
        label={t("plan.strategy.focusAreas")}
        description={t("plan.strategy.focusAreas.description")}
        state={state}
        defaultValue={stored?.focusAreas.join("\n")}
        multiline
      />
    </>
  );
}

export interface GoalFormValues {
  parentId: string | null;
  number: string;
  title: string;
  description: string | null;
  indicator: string | null;
}

export interface GoalOption {
  id: string;
  number: string;
  title: string;
  depth: number;
}

export function goalFieldLabels(t: Translate): Record<string, string> {
  return {
    strategyId: t("plan.goal.strategy"),
    parentId: t("plan.goal.parent"),
    number: t("plan.goal.number"),
    title: t("plan.goal.title"),
    description: t("plan.goal.description"),
    indicator: t("plan.goal.indicator"),
  };
}

export function goalOptionLabel(option: Pick<GoalOption, "number" | "title" | "depth">): string {
  return `${"\u00a0\u00a0\u00a0".repeat(option.depth)}${option.number} ${option.title}`;
}

export function GoalFormFields({
  state,
  stored,
  parentOptions,
}: {
  state: FormState | undefined;
  stored?: Partial<GoalFormValues>;
  parentOptions: GoalOption[];
}) {
  const t = useT();
  return (
    <>
      <SelectField
        name="parentId"
        label={t("plan.goal.parent")}
        state={state}
        defaultValue={stored?.parentId ?? ""}
        options={[{ value: "", label: t("plan.goal.parent.none") }, ...parentOptions.map((o) => ({ value: o.id, label: goalOptionLabel(o) }))]}
      />
      <TextField
        name="number"
        label={t("plan.goal.number")}
        description={t("plan.goal.number.description")}
        state={state}
        defaultValue={stored?.number}
        maxLength={GOAL_NUMBER_MAX}
        required
      />
      <TextField name="title" label={t("plan.goal.title")} state={state} defaultValue={stored?.title} maxLength={GOAL_TITLE_MAX} required />
      <TextField
        name="description"
        label={t("plan.goal.description")}
        state={state}
        defaultValue={stored?.description}
        maxLength={GOAL_DESCRIPTION_MAX}
        multiline
      />
      <TextField
        name="indicator"
        label={t("plan.goal.indicator")}
        description={t("plan.goal.indicator.description")}
        state={state}
        defaultValue={stored?.indicator}
        maxLength={GOAL_INDICATOR_MAX}
        multiline
      />
    </>
  );
}

// ── Notices ─────────────────────────────────────────────────────────────────

/** Shown when a save hit a newer version: explains it and lists what is stored now. */
export function PlanConflictNotice({ rows, updatedAt }: { rows: Array<[string, ReactNode]>; updatedAt: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <ConflictNotice title={t("plan.conflict.title")} help={t("plan.conflict.body")} stacked>
      <Heading level={3} data-size="2xs">
        {t("plan.conflict.current")} ({t("plan.conflict.updatedAt", { time: formatDateTime(lang, updatedAt) })})
      </Heading>
      <dl>
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>
              <strong>{label}</strong>
            </dt>
            <dd style={{ whiteSpace: "pre-line" }}>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </ConflictNotice>
  );
}

export function SavedNotice({ show, messageKey = "plan.saved" }: { show: boolean; messageKey?: MessageKey }) {
  const t = useT();
  if (!show) return null;
  return (
    <Alert data-color="success" role="status">
      {t(messageKey)}
    </Alert>
  );
}

// ── History ─────────────────────────────────────────────────────────────────

/** Texts of the shared history table, from the plan catalogue. */
export function planHistoryTexts(t: Translate): HistoryTableTexts {
  return {
    caption: t("plan.history.caption"),
    when: t("plan.history.when"),
    who: t("plan.history.who"),
    field: t("plan.history.field"),
    from: t("plan.history.from"),
    to: t("plan.history.to"),
    created: t("plan.history.created"),
    updated: t("plan.history.updated"),
    deleted: t("plan.history.deleted"),
    empty: t("plan.history.emptyValue"),
    unknownUser: t("plan.history.unknownUser"),
    noChanges: t("plan.history.empty"),
  };
}

/**
 * A strategy or goal field value from the history as readable text: dates formatted, focus areas one per line,
 * strategy and goal ids as their names (`names`, from the loader).
 */
export function formatPlanHistoryValue(t: Translate, lang: Lang, field: string, value: unknown, names: Record<string, string>): string {
  if (isEmptyHistoryValue(value)) return t("plan.history.emptyValue");
  switch (field) {
    case "adoptedOn":
      return /^\d{4}-\d{2}-\d{2}/.test(String(value)) ? formatDate(lang, `${String(value).slice(0, 10)}T12:00:00Z`) : String(value);
    case "strategyId":
      return names[String(value)] ?? t("plan.history.removedStrategy");
    case "parentId":
      return names[String(value)] ?? t("plan.history.removedGoal");
    default:
      break;
  }
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" || typeof v === "number" ? String(v) : JSON.stringify(v))).join("\n");
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** The history table of a strategy or a goal. */
export function PlanHistoryTable({
  groups,
  labels,
  names,
}: {
  groups: readonly HistoryTableGroup[];
  labels: Record<string, string>;
  names: Record<string, string>;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <HistoryTable
      groups={groups}
      texts={planHistoryTexts(t)}
      fieldLabel={(field) => labels[field] ?? field}
      formatValue={(field, value) => formatPlanHistoryValue(t, lang, field, value, names)}
    />
  );
}
