import { actorOf } from "~/kit/context";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/indicators.$id.edit";
import { IndicatorFields, indicatorFieldLabels } from "~/domains/benefits/ui/indicators";
import { RecordConflictAlert, SaveOrCancel } from "~/domains/benefits/ui/record-edit";
import { DeleteConfirmation, DeleteLink } from "~/kit/ui/delete-confirmation";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { canEditBenefit } from "~/kit/permissions";
import { indicatorToFormValues, parseIndicatorForm } from "~/domains/benefits/form";
import { deleteIndicator, updateIndicator } from "~/domains/benefits/mutations.server";
import { getBenefitById, getIndicatorById, listMeasurementsByIndicator } from "~/domains/benefits/queries.server";
import { parseVersion } from "~/domains/measures/index.server";
import { getMeasureById, listResponsibleOptions } from "~/domains/measures/index.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

/** The indicator with its benefit, for users who may edit the benefit (others get 403). */
async function loadEditable(request: Request, id: string) {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const indicator = await getIndicatorById({ municipalityId, id });
  const benefit = await getBenefitById({ municipalityId, id: indicator.benefitId });
  const measure = await getMeasureById({ municipalityId, id: benefit.measureId });
  if (!canEditBenefit(context.principal, measure)) throw new AppError("forbidden");
  return { context, municipalityId, indicator, benefit };
}

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const { municipalityId, indicator, benefit } = await loadEditable(request, params.id);
  const [users, measurements] = await Promise.all([
    listResponsibleOptions({ municipalityId }),
    listMeasurementsByIndicator({ municipalityId, indicatorId: indicator.id }),
  ]);
  return {
    indicator: { id: indicator.id, name: indicator.name, version: indicator.version },
    benefit: { id: benefit.id, title: benefit.title },
    defaults: indicatorToFormValues(indicator),
    users: users.map((u) => ({ id: u.id, name: u.name })),
    measurementCount: measurements.length,
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const { context, municipalityId, indicator, benefit } = await loadEditable(request, params.id);
  const version = parseVersion(form);
  if (form.get("intent") === "delete") {
    await deleteIndicator({ municipalityId, principal: context.principal, id: indicator.id, version, actor: actorOf(context) });
    return redirect(`/benefits/${benefit.id}?indicator=deleted`);
  }
  await updateIndicator({ municipalityId, principal: context.principal, id: indicator.id, version, actor: actorOf(context), input: parseIndicatorForm(form) });
  return redirect(`/benefits/${benefit.id}?indicator=saved#indicator-${indicator.id}`);
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) =>
    loaderData ? t("benefitRecords.indicator.edit.heading", { name: loaderData.indicator.name }) : t("benefitRecords.indicator.edit"),
  );

export default function EditIndicator() {
  const t = useT();
  const { indicator, benefit, defaults, users, measurementCount } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const deleting = failure ? failure.values.intent === "delete" : params.has("delete");
  const state = failure && !deleting ? failure : undefined;
  const version = String(failure?.details?.currentVersion ?? indicator.version);
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/benefits/${benefit.id}`}>{t("benefits.backToBenefit")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {deleting
          ? t("benefitRecords.indicator.delete.heading", { name: indicator.name })
          : t("benefitRecords.indicator.edit.heading", { name: indicator.name })}
      </Heading>
      <RecordConflictAlert failure={failure} deleting={deleting} />
      {deleting ? (
        <DeleteConfirmation
          body={t("benefitRecords.indicator.delete.body", { count: measurementCount })}
          version={version}
          confirmLabel={t("benefitRecords.indicator.delete.confirm")}
          cancelTo={`/indicators/${indicator.id}/edit`}
        />
      ) : (
        <>
          <FormErrorSummary state={state} labels={indicatorFieldLabels(t)} />
          <PostForm className="stack form-narrow" noValidate>
            <input type="hidden" name="version" value={version} />
            <IndicatorFields state={state} defaults={defaults} users={users} />
            <SaveOrCancel cancelTo={`/benefits/${benefit.id}`} />
          </PostForm>
          <DeleteLink label={t("benefitRecords.indicator.delete")} />
        </>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
