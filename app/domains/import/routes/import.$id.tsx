import "~/domains/import/ui/import.css";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/import.$id";
import { CommitErrors, ImportFacts, ImportResultSummary, ImportWarnings } from "~/domains/import/ui/review-parts";
import { FormErrorAlert } from "~/kit/ui/alerts";
import { DeleteConfirmation, DeleteLink } from "~/kit/ui/delete-confirmation";
import { GoalsTable } from "~/domains/import/ui/goals-table";
import { MeasuresReview } from "~/domains/import/ui/measures-review";
import { TargetForm } from "~/domains/import/ui/target-form";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { deleteImport, reviewImport, setImportTarget } from "~/domains/import/mutations.server";
import { getImportReview } from "~/domains/import/view.server";
import { readText, readTexts } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "import.use" });
  const review = await getImportReview({ municipalityId: context.municipality.id, id: params.id });
  const url = new URL(request.url);
  return { ...review, notice: url.searchParams.get("saved"), deleting: url.searchParams.get("delete") === "1" };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "import.use" });
  const municipalityId = context.municipality.id;
  const field = (name: string) => readText({ form, name }) ?? null;
  if (field("intent") === "delete") {
    await deleteImport({ municipalityId, principal: context.principal, id: params.id, input: { version: field("version") } });
    return redirect("/import?deleted=1");
  }
  if (field("intent") === "target") {
    await setImportTarget({
      municipalityId,
      id: params.id,
      principal: context.principal,
      input: {
        version: field("version"),
        strategyId: field("strategyId") ?? "",
        title: field("title"),
        periodFrom: field("periodFrom"),
        periodTo: field("periodTo"),
      },
    });
    return redirect(`/import/${params.id}?saved=target#target-heading`);
  }
  const decisions = Object.fromEntries(
    [...form.entries()]
      .filter(([key, value]) => key.startsWith("decision.") && typeof value === "string")
      .map(([key, value]) => [key.slice("decision.".length), value]),
  );
  const outcome = await reviewImport({
    municipalityId,
    id: params.id,
    principal: context.principal,
    lang: context.lang,
    input: {
      version: field("version"),
      intent: field("intent"),
      rows: readTexts({ form, name: "rows" }),
      decisions,
      sectorId: field("sectorId"),
      goalId: field("goalId"),
    },
  });
  if (outcome.intent === "discard") return redirect("/import");
  return redirect(`/import/${params.id}?saved=${outcome.intent}`);
});

export const meta: Route.MetaFunction = ({ matches, data }) => metaTitle(matches, (t) => t("importReview.heading", { file: data?.import.fileName ?? "" }));

export default function ImportReviewPage() {
  const t = useT();
  const review = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const open = review.import.state === "review";
  const tabular = review.import.format === "xlsx" || review.import.format === "csv";
  return (
    <div className="stack">
      <Paragraph>
        <Link to="/import">{t("importReview.backToList")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("importReview.heading", { file: review.import.fileName })}
      </Heading>
      {review.notice ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`importReview.saved.${review.notice === "commit" ? "commit" : "other"}`)}</Paragraph>
        </Alert>
      ) : null}
      {failure?.details?.rows ? null : <FormErrorAlert error={failure?.formError} paragraph />}
      {review.deleting ? (
        <DeleteConfirmation
          body={t("importReview.delete.body", { file: review.import.fileName })}
          version={review.import.version}
          confirmLabel={t("importReview.delete.confirm")}
          cancelTo={`/import/${review.import.id}`}
        />
      ) : null}
      <CommitErrors failure={failure} importId={review.import.id} />
      <ImportFacts review={review} />
      {open && tabular ? (
        <Paragraph>
          <Link to={`/import/${review.import.id}/columns`}>{t("importReview.columnsLink")}</Link>
        </Paragraph>
      ) : null}
      <ImportWarnings review={review} />
      {review.import.state === "committed" && review.import.result ? <ImportResultSummary result={review.import.result} /> : null}
      {open ? <TargetForm review={review} failure={failure} /> : null}
      <GoalsTable review={review} open={open} />
      <MeasuresReview review={review} open={open} failure={failure} />
      {review.deleting ? null : <DeleteLink label={t("importReview.delete.link")} />}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
