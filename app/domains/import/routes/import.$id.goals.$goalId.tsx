import "~/domains/import/ui/import.css";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/import.$id.goals.$goalId";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { SourceList } from "~/domains/import/ui/review-parts";
import { FormErrorAlert } from "~/kit/ui/alerts";
import { TextInput } from "~/domains/measures/ui";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { editImportGoal } from "~/domains/import/mutations.server";
import { getImportGoal } from "~/domains/import/view.server";
import { readFormValues } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "import.use" });
  return getImportGoal({ municipalityId: context.municipality.id, id: params.id, goalId: params.goalId });
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "import.use" });
  await editImportGoal({
    municipalityId: context.municipality.id,
    id: params.id,
    goalId: params.goalId,
    principal: context.principal,
    input: readFormValues({ form }),
  });
  return redirect(`/import/${params.id}?saved=goal#goals-heading`);
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("importReview.goal.heading"));

export default function ImportGoalPage() {
  const t = useT();
  const { importId, fileName, version, goal } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const labels = { number: t("importReview.goals.number"), title: t("importReview.goals.title") };
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/import/${importId}#goals-heading`}>{t("importReview.row.back", { file: fileName })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("importReview.goal.heading")}
      </Heading>
      <FormErrorAlert error={failure?.formError} paragraph />
      <SourceList sources={goal.sources} />
      <FormErrorSummary state={failure} labels={labels} />
      <PostForm className="stack" noValidate>
        <input type="hidden" name="version" value={version} />
        <TextInput name="number" label={labels.number} state={failure} defaults={{ number: goal.number }} size={8} />
        <TextInput name="title" label={labels.title} state={failure} defaults={{ title: goal.title }} multiline rows={3} />
        <div className="import-actions">
          <Button type="submit">{t("importReview.goals.save")}</Button>
        </div>
      </PostForm>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
