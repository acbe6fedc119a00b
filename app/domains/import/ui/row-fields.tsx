import type { FormState } from "~/kit/ui/forms";
import { SelectInput, TextInput } from "~/domains/measures/ui";
import type { Translate } from "~/kit/i18n";
import { MEASURE_STATUSES } from "~/domains/measures";
import { useT } from "~/kit/ui/page-context";
import type { MeasureField, SourcedFields } from "~/domains/import/draft";

export function rowLabels(t: Translate) {
  return {
    code: t("importReview.row.code"),
    title: t("importReview.row.title"),
    description: t("importReview.row.description"),
    sectorId: t("importReview.row.sector"),
    status: t("importReview.row.status"),
    statusReason: t("importReview.row.statusReason"),
    completedYear: t("importReview.row.completedYear"),
    movedTo: t("importReview.row.movedTo"),
    responsible: t("importReview.row.responsible"),
    indicator: t("importReview.row.indicator"),
    start: t("importReview.row.start"),
    end: t("importReview.row.end"),
    priority: t("importReview.row.priority"),
    goalNumbers: t("importReview.row.goalNumbers"),
    userOriented: t("importReview.row.userOriented"),
    costs: t("importReview.row.costs"),
    qualitative: t("importReview.row.qualitative"),
    quantitative: t("importReview.row.quantitative"),
  };
}

/** The editable fields of one draft row; values come back from a failed submission. */
export function RowFields({
  row,
  sectors,
  state,
  labels,
}: {
  row: { values: Record<string, string>; fieldSources: SourcedFields<MeasureField> };
  sectors: { id: string; name: string }[];
  state: FormState | undefined;
  labels: ReturnType<typeof rowLabels>;
}) {
  const t = useT();
  const defaults = row.values;
  // Where the document had the value: shown under the field, so the reviewer can compare.
  const found = (field: MeasureField, description?: string) => {
    const source = row.fieldSources[field];
    const where = source
      ? t("importReview.row.foundAt", {
          where: source.page
            ? t("importReview.source.pageLine", { page: source.page, line: source.line })
            : t("importReview.source.line", { line: source.line }),
          excerpt: source.excerpt,
        })
      : null;
    return [description, where].filter(Boolean).join(" ") || undefined;
  };
  return (
    <>
      <TextInput
        name="code"
        label={labels.code}
        description={found("code", t("importReview.row.codeDescription"))}
        state={state}
        defaults={defaults}
        maxLength={20}
      />
      <TextInput name="title" label={labels.title} description={found("title")} state={state} defaults={defaults} maxLength={300} required />
      <TextInput name="description" label={labels.description} description={found("description")} state={state} defaults={defaults} multiline rows={5} />
      <SelectInput
        name="sectorId"
        label={labels.sectorId}
        description={found("sector")}
        state={state}
        defaults={defaults}
        choices={[...sectors.map((s) => ({ value: s.id, label: s.name })), { value: "none", label: t("importReview.rows.noSector") }]}
      />
      <SelectInput
        name="status"
        label={labels.status}
        description={found("status", t("importReview.row.statusDescription"))}
        state={state}
        defaults={defaults}
        emptyLabel={t("importReview.rows.defaultStatus")}
        choices={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`measures.status.${s}`) }))}
      />
      <TextInput name="statusReason" label={labels.statusReason} description={found("status")} state={state} defaults={defaults} multiline rows={2} />
      <TextInput name="completedYear" label={labels.completedYear} state={state} defaults={defaults} inputMode="numeric" size={6} />
      <TextInput name="movedTo" label={labels.movedTo} state={state} defaults={defaults} maxLength={20} />
      <TextInput name="responsible" label={labels.responsible} description={found("responsible")} state={state} defaults={defaults} maxLength={200} />
      <TextInput name="indicator" label={labels.indicator} description={found("indicator")} state={state} defaults={defaults} />
      <TextInput name="start" label={labels.start} description={found("period", t("importReview.row.periodDescription"))} state={state} defaults={defaults} />
      <TextInput name="end" label={labels.end} description={t("importReview.row.periodDescription")} state={state} defaults={defaults} />
      <TextInput name="priority" label={labels.priority} description={found("priority")} state={state} defaults={defaults} inputMode="numeric" size={6} />
      <TextInput
        name="goalNumbers"
        label={labels.goalNumbers}
        description={found("goalNumbers", t("importReview.row.goalNumbersDescription"))}
        state={state}
        defaults={defaults}
      />
      <SelectInput
        name="userOriented"
        label={labels.userOriented}
        description={found("userOriented")}
        state={state}
        defaults={defaults}
        choices={[
          { value: "", label: t("importReview.row.userOrientedUnknown") },
          { value: "yes", label: t("importReview.row.userOrientedYes") },
          { value: "no", label: t("importReview.row.userOrientedNo") },
        ]}
      />
      <TextInput
        name="costs"
        label={labels.costs}
        description={found("costs", t("importReview.row.costsDescription"))}
        state={state}
        defaults={defaults}
        multiline
        rows={3}
      />
      <TextInput name="qualitative" label={labels.qualitative} description={found("qualitative")} state={state} defaults={defaults} multiline rows={3} />
      <TextInput name="quantitative" label={labels.quantitative} description={found("quantitative")} state={state} defaults={defaults} multiline rows={3} />
    </>
  );
}
