import { actorOf } from "~/kit/context";
import { Button, Heading } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/strategies.$id.edit";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDate } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { formatPeriod, PlanConflictNotice, StrategyFormFields, strategyFieldLabels, VersionInput } from "~/domains/plan/ui/components";
import { metaTitle } from "~/kit/ui/meta";
import { type StrategySnapshot, updateStrategy } from "~/domains/plan/mutations.server";
import { getStrategyById } from "~/domains/plan/queries.server";
import { strategyInputSchema, versionSchema } from "~/domains/plan/schema";
import { readFormInput } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";
import { parseInput } from "~/kit/validation";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "plan.edit" });
  const strategy = await getStrategyById({ municipalityId: context.municipality.id, id: params.id });
  return {
    strategy: {
      id: strategy.id,
      title: strategy.title,
      periodFrom: strategy.periodFrom,
      periodTo: strategy.periodTo,
      adoptedOn: strategy.adoptedOn,
      caseReference: strategy.caseReference,
      summary: strategy.summary,
      focusAreas: strategy.focusAreas,
      version: strategy.version,
    },
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "plan.edit" });
  const updated = await updateStrategy({
    municipalityId: context.municipality.id,
    principal: context.principal,
    id: params.id,
    input: readFormInput({ form, texts: Object.keys(strategyInputSchema.shape) }),
    version: parseInput(versionSchema, form.get("version")),
    actor: actorOf(context),
  });
  return redirect(`/strategies/${updated.id}?saved=1`);
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) => (loaderData ? `${t("plan.strategy.edit.title")}: ${loaderData.strategy.title}` : t("plan.strategy.edit.title")));

export default function EditStrategy() {
  const t = useT();
  const lang = useLang();
  const { strategy } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const state = result && result.ok === false ? result : undefined;
  const current = state?.details?.current as StrategySnapshot | undefined;
  const notSet = t("plan.notSet");
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("plan.strategy.edit.title")}
      </Heading>
      {current ? (
        <PlanConflictNotice
          updatedAt={current.updatedAt}
          rows={[
            [t("plan.strategy.title"), current.title],
            [t("plan.strategy.period"), formatPeriod(t, current.periodFrom, current.periodTo)],
            [t("plan.strategy.adoptedOn"), current.adoptedOn ? formatDate(lang, current.adoptedOn) : notSet],
            [t("plan.strategy.caseReference"), current.caseReference ?? notSet],
            [t("plan.strategy.summary"), current.summary ?? notSet],
            [t("plan.strategy.focusAreas"), current.focusAreas.length > 0 ? current.focusAreas.join("\n") : notSet],
          ]}
        />
      ) : null}
      <FormErrorSummary state={state} labels={strategyFieldLabels(t)} />
      <PostForm className="stack form-narrow" noValidate>
        <VersionInput state={state} conflictVersion={current?.version} stored={strategy.version} />
        <StrategyFormFields state={state} stored={strategy} />
        <div className="row">
          <Button type="submit">{t("action.save")}</Button>
          <Button asChild variant="tertiary">
            <Link to={`/strategies/${strategy.id}`}>{t("action.cancel")}</Link>
          </Button>
        </div>
      </PostForm>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
