import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { SelectInput, TextInput } from "~/domains/measures/ui";
import type { FailureState } from "~/kit/ui/failure";
import { useT } from "~/kit/ui/page-context";
import type { ImportReview } from "~/domains/import/view.server";

/** Where the goals go: a new strategy from the document's metadata, or an existing strategy. */
export function TargetForm({ review, failure }: { review: ImportReview; failure: FailureState | undefined }) {
  const t = useT();
  const state = failure?.values?.intent === "target" ? failure : undefined;
  const labels = {
    strategyId: t("importReview.target.strategy"),
    title: t("importReview.target.title"),
    periodFrom: t("importReview.target.periodFrom"),
    periodTo: t("importReview.target.periodTo"),
  };
  const s = review.strategy;
  const defaults = {
    strategyId: review.target.strategyId ?? "new",
    title: review.target.title ?? "",
    periodFrom: review.target.periodFrom === null ? "" : String(review.target.periodFrom),
    periodTo: review.target.periodTo === null ? "" : String(review.target.periodTo),
  };
  return (
    <section className="stack" aria-labelledby="target-heading">
      <Heading level={2} data-size="md" id="target-heading">
        {t("importReview.target.heading")}
      </Heading>
      <dl className="import-facts">
        <dt>{t("importReview.strategy.title")}</dt>
        <dd>{s.title ?? "–"}</dd>
        <dt>{t("importReview.strategy.municipality")}</dt>
        <dd>{s.municipality ?? "–"}</dd>
        <dt>{t("importReview.strategy.period")}</dt>
        <dd>{s.period ?? "–"}</dd>
        <dt>{t("importReview.strategy.adoptedOn")}</dt>
        <dd>{s.adoptedOn ?? "–"}</dd>
        <dt>{t("importReview.strategy.caseNumber")}</dt>
        <dd>{s.caseNumber ?? "–"}</dd>
      </dl>
      <Paragraph>{t("importReview.target.intro")}</Paragraph>
      <FormErrorSummary state={state} labels={labels} />
      <PostForm className="stack" noValidate>
        <input type="hidden" name="version" value={review.import.version} />
        <SelectInput
          name="strategyId"
          label={labels.strategyId}
          state={state}
          defaults={defaults}
          choices={[
            { value: "new", label: t("importReview.target.new") },
            ...review.strategies.map((st) => ({ value: st.id, label: `${st.title} (${st.periodFrom}–${st.periodTo})` })),
          ]}
        />
        <TextInput name="title" label={labels.title} description={t("importReview.target.newOnly")} state={state} defaults={defaults} maxLength={300} />
        <div className="import-actions">
          <TextInput name="periodFrom" label={labels.periodFrom} state={state} defaults={defaults} inputMode="numeric" size={6} />
          <TextInput name="periodTo" label={labels.periodTo} state={state} defaults={defaults} inputMode="numeric" size={6} />
        </div>
        <div className="import-actions">
          <Button type="submit" name="intent" value="target" variant="secondary">
            {t("importReview.target.save")}
          </Button>
        </div>
      </PostForm>
    </section>
  );
}
