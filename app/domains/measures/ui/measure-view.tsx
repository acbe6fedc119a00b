// Building blocks of the measure page.
import "./measures.css";
import { Alert, Button, Heading, Link as DsLink, List, Paragraph, Table } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { FormErrorSummary, type FormState, PostForm } from "~/kit/ui/forms";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDate, formatDateTime, type MessageKey } from "~/kit/i18n";
import type { MeasureStatus } from "~/domains/measures/constants";
import { type FormValueMap, SelectInput, TextInput } from "./fields";
import { fieldLabelKey, nok, periodRangeLabel, statusLabel } from "./format";
import { useFocusOnMount } from "~/kit/ui/focus";

export interface MeasureRef {
  id: string;
  code: string;
  title: string;
  status?: string;
}

export function MeasureLink({ measure, withTitle = true }: { measure: MeasureRef; withTitle?: boolean }) {
  return (
    <DsLink asChild>
      <Link to={`/measures/${measure.id}`}>{withTitle ? `${measure.code} ${measure.title}` : measure.code}</Link>
    </DsLink>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function dateOnly(lang: "nb" | "nn", isoDate: string): string {
  return formatDate(lang, `${isoDate}T12:00:00Z`);
}

export interface CostRow {
  id: string;
  amountNok: number | null;
  usedNok: number | null;
  recurrence: string;
  year: number | null;
  costType: string;
  fundingSource: string;
  description: string | null;
}

export function CostsTable({ costs }: { costs: CostRow[] }) {
  const t = useT();
  const lang = useLang();
  if (costs.length === 0) return <Paragraph>{t("measures.noCosts")}</Paragraph>;
  const known = costs.reduce((sum, c) => sum + (c.amountNok ?? 0), 0);
  const used = costs.reduce((sum, c) => sum + (c.usedNok ?? 0), 0);
  return (
    <div className="table-wrap">
      <Table zebra className="measure-table" data-size="sm">
        <caption className="visually-hidden">{t("measures.field.costs")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col" className="num">
              {t("measures.cost.amount")}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t("measures.cost.used")}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("measures.cost.recurrence")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("measures.cost.year")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("measures.cost.costType")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("measures.cost.fundingSource")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("measures.cost.description")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {costs.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell className="num">{c.amountNok === null ? t("measures.cost.unknown") : nok(t, lang, c.amountNok)}</Table.Cell>
              <Table.Cell className="num">{c.usedNok === null ? "–" : nok(t, lang, c.usedNok)}</Table.Cell>
              <Table.Cell>{t(`measures.recurrence.${c.recurrence}` as MessageKey)}</Table.Cell>
              <Table.Cell>{c.year ?? "–"}</Table.Cell>
              <Table.Cell>{t(`measures.costType.${c.costType}` as MessageKey)}</Table.Cell>
              <Table.Cell>{t(`measures.funding.${c.fundingSource}` as MessageKey)}</Table.Cell>
              <Table.Cell>{c.description ?? ""}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.Cell className="num">
              <strong>{nok(t, lang, known)}</strong>
            </Table.Cell>
            <Table.Cell className="num">
              <strong>{nok(t, lang, used)}</strong>
            </Table.Cell>
            <Table.Cell colSpan={5}>{t("measures.cost.totals")}</Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </div>
  );
}

export function MeasureList({ measures, empty }: { measures: MeasureRef[]; empty: string }) {
  const t = useT();
  if (measures.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <List.Unordered className="measure-inline-list">
      {measures.map((m) => (
        <List.Item key={m.id}>
          <MeasureLink measure={m} />
          {m.status ? <span className="muted"> ({statusLabel(t, m.status)})</span> : null}
        </List.Item>
      ))}
    </List.Unordered>
  );
}

export interface StatusEventRow {
  id: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  changedAt: Date | string;
  changedByName: string | null;
}

export function StatusEvents({ events }: { events: StatusEventRow[] }) {
  const t = useT();
  const lang = useLang();
  if (events.length === 0) return <Paragraph>{t("measures.history.empty")}</Paragraph>;
  return (
    <List.Unordered className="measure-inline-list">
      {events.map((e) => (
        <List.Item key={e.id}>
          <time dateTime={new Date(e.changedAt).toISOString()}>{formatDateTime(lang, e.changedAt)}</time>
          {": "}
          {e.fromStatus
            ? t("measures.statusEvent.changed", { from: statusLabel(t, e.fromStatus), to: statusLabel(t, e.toStatus) })
            : t("measures.statusEvent.created", { to: statusLabel(t, e.toStatus) })}
          {e.changedByName ? ` ${t("measures.statusEvent.by", { name: e.changedByName })}` : null}
          {e.reason ? <span className="pre-line">{` – ${e.reason}`}</span> : null}
        </List.Item>
      ))}
    </List.Unordered>
  );
}

type StatusFormState = (FormState & { formError?: { key: string } | null; details?: Record<string, unknown> }) | undefined;

/** The small status form: only allowed target statuses, with the data each one needs. */
export function StatusChangeForm({
  version,
  choices,
  mergeOptions,
  state,
}: {
  version: number;
  choices: MeasureStatus[];
  mergeOptions: MeasureRef[];
  state: StatusFormState;
}) {
  const t = useT();
  const conflictVersion = state?.details?.currentVersion;
  const isConflict = state?.formError?.key === "measures.conflict";
  const conflictRef = useFocusOnMount<HTMLDivElement>(isConflict ? state : null);
  const defaults: FormValueMap = {};
  const labels: Record<string, string> = {
    status: t("measures.changeStatus.to"),
    completedOn: t("measures.field.completedOn"),
    dropReason: t("measures.field.dropReason"),
    mergedIntoId: t("measures.field.mergedInto"),
  };
  for (const key of Object.keys(state?.fieldErrors ?? {})) labels[key] ??= t(fieldLabelKey(key));
  return (
    <div className="stack measure-status-form">
      <Heading level={2} data-size="sm" id="status-form-heading">
        {t("measures.changeStatus")}
      </Heading>
      {isConflict ? (
        <Alert data-color="warning" role="alert" ref={conflictRef} tabIndex={-1}>
          <Paragraph>{t("measures.conflict")}</Paragraph>
          <Paragraph>{t("measures.status.conflict.help")}</Paragraph>
        </Alert>
      ) : null}
      <FormErrorSummary state={state} labels={labels} />
      <PostForm className="stack" noValidate aria-labelledby="status-form-heading">
        <input type="hidden" name="intent" value="status" />
        <input type="hidden" name="version" value={typeof conflictVersion === "number" ? conflictVersion : version} />
        <SelectInput
          name="status"
          label={t("measures.changeStatus.to")}
          state={state}
          defaults={defaults}
          emptyLabel={t("measures.form.choose")}
          choices={choices.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        />
        <Paragraph data-size="sm">{t("measures.changeStatus.help")}</Paragraph>
        {choices.includes("completed") ? (
          <TextInput name="completedOn" type="date" label={t("measures.field.completedOn")} state={state} defaults={defaults} />
        ) : null}
        {choices.includes("dropped") ? (
          <TextInput name="dropReason" label={t("measures.field.dropReason")} state={state} defaults={defaults} multiline rows={3} maxLength={2000} />
        ) : null}
        {choices.includes("merged") ? (
          <SelectInput
            name="mergedIntoId"
            label={t("measures.field.mergedInto")}
            state={state}
            defaults={defaults}
            emptyLabel={t("common.none")}
            choices={mergeOptions.map((m) => ({ value: m.id, label: `${m.code} ${m.title}` }))}
          />
        ) : null}
        <div>
          <Button type="submit" variant="secondary">
            {t("measures.changeStatus.submit")}
          </Button>
        </div>
      </PostForm>
    </div>
  );
}

export function responsibleText(m: { responsibleUser: { name: string } | null; responsibleText: string | null }): string | null {
  if (m.responsibleUser && m.responsibleText) return `${m.responsibleText} (${m.responsibleUser.name})`;
  return m.responsibleUser?.name ?? m.responsibleText ?? null;
}

export function periodText(lang: "nb" | "nn", start: string | null, end: string | null): string {
  return periodRangeLabel(lang, start, end);
}
