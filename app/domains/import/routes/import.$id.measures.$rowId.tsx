import "~/domains/import/ui/import.css";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/import.$id.measures.$rowId";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { RowFields, rowLabels } from "~/domains/import/ui/row-fields";
import { SourceList } from "~/domains/import/ui/review-parts";
import { FormErrorAlert } from "~/kit/ui/alerts";
import { TextInput } from "~/domains/measures/ui";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { deleteImportRow, editImportRow, splitImportRow } from "~/domains/import/mutations.server";
import { getImportRow } from "~/domains/import/view.server";
import { readFormValues } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "import.use" });
  return getImportRow({ municipalityId: context.municipality.id, id: params.id, rowId: params.rowId, lang: context.lang });
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "import.use" });
  const options = {
    municipalityId: context.municipality.id,
    id: params.id,
    rowId: params.rowId,
    principal: context.principal,
    input: readFormValues({ form }),
  };
  const intent = form.get("intent");
  if (intent === "split") await splitImportRow(options);
  else if (intent === "delete") await deleteImportRow(options);
  else await editImportRow(options);
  return redirect(`/import/${params.id}?saved=${intent === "split" ? "split" : intent === "delete" ? "delete" : "row"}`);
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("importReview.row.heading"));

export default function ImportRowPage() {
  const t = useT();
  const { importId, fileName, version, row, sectors } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const intent = failure?.values?.intent;
  const editState = intent === "split" || intent === "delete" ? undefined : failure;
  const splitState = intent === "split" ? failure : undefined;
  const labels = rowLabels(t);
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/import/${importId}#row-${row.id}`}>{t("importReview.row.back", { file: fileName })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("importReview.row.heading")}
      </Heading>
      <FormErrorAlert error={failure?.formError} paragraph />
      <section className="stack" aria-labelledby="sources-heading">
        <Heading level={2} data-size="sm" id="sources-heading">
          {t("importReview.row.sources")}
        </Heading>
        <SourceList sources={row.sources} />
      </section>
      <FormErrorSummary state={editState} labels={labels} />
      <PostForm className="stack" noValidate>
        <input type="hidden" name="version" value={version} />
        <RowFields row={row} sectors={sectors} state={editState} labels={labels} />
        <div className="import-actions">
          <Button type="submit" name="intent" value="save">
            {t("importReview.row.save")}
          </Button>
          <Button asChild variant="tertiary">
            <Link to={`/import/${importId}#row-${row.id}`}>{t("action.cancel")}</Link>
          </Button>
        </div>
      </PostForm>
      <section className="stack" aria-labelledby="split-heading">
        <Heading level={2} data-size="md" id="split-heading">
          {t("importReview.row.splitHeading")}
        </Heading>
        <Paragraph>{t("importReview.row.splitIntro")}</Paragraph>
        <FormErrorSummary
          state={splitState}
          labels={{ splitTitle: t("importReview.row.splitTitle"), splitDescription: t("importReview.row.splitDescription") }}
        />
        <PostForm className="stack" noValidate>
          <input type="hidden" name="version" value={version} />
          <TextInput name="splitTitle" label={t("importReview.row.splitTitle")} state={splitState} maxLength={300} />
          <TextInput name="splitDescription" label={t("importReview.row.splitDescription")} state={splitState} multiline />
          <div className="import-actions">
            <Button type="submit" name="intent" value="split" variant="secondary">
              {t("importReview.row.split")}
            </Button>
          </div>
        </PostForm>
      </section>
      <section className="stack" aria-labelledby="delete-heading">
        <Heading level={2} data-size="md" id="delete-heading">
          {t("importReview.row.deleteHeading")}
        </Heading>
        <PostForm>
          <input type="hidden" name="version" value={version} />
          <Button type="submit" name="intent" value="delete" variant="secondary" data-color="danger">
            {t("importReview.row.delete")}
          </Button>
        </PostForm>
      </section>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
