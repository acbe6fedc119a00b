import { actorOf } from "~/kit/context";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/measurements.$id.edit";
import { formatAmount } from "~/domains/benefits/ui/indicators";
import { RecordConflictAlert, SaveOrCancel } from "~/domains/benefits/ui/record-edit";
import { DeleteConfirmation, DeleteLink } from "~/kit/ui/delete-confirmation";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { SelectInput, TextInput } from "~/domains/measures/ui";
import { dateOnly } from "~/domains/measures/ui";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { MEASUREMENT_ASSESSMENTS } from "~/domains/benefits/constants";
import { useLang, useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { canEditBenefit } from "~/kit/permissions";
import { measurementToFormValues, parseMeasurementForm } from "~/domains/benefits/form";
import { deleteMeasurement, updateMeasurement } from "~/domains/benefits/mutations.server";
import { getBenefitById, getIndicatorById, getMeasurementById } from "~/domains/benefits/queries.server";
import { parseVersion } from "~/domains/measures/index.server";
import { getMeasureById } from "~/domains/measures/index.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

/** The measurement with its indicator and benefit, for users who may edit the benefit (others get 403). */
async function loadEditable(request: Request, id: string) {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measurement = await getMeasurementById({ municipalityId, id });
  const indicator = await getIndicatorById({ municipalityId, id: measurement.indicatorId });
  const benefit = await getBenefitById({ municipalityId, id: indicator.benefitId });
  const measure = await getMeasureById({ municipalityId, id: benefit.measureId });
  if (!canEditBenefit(context.principal, measure)) throw new AppError("forbidden");
  return { context, municipalityId, measurement, indicator, benefit };
}

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const { measurement, indicator, benefit } = await loadEditable(request, params.id);
  return {
    measurement: { id: measurement.id, measuredOn: measurement.measuredOn, value: measurement.value, version: measurement.version },
    indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit, customUnit: indicator.customUnit },
    benefit: { id: benefit.id, title: benefit.title },
    defaults: measurementToFormValues(measurement),
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const { context, municipalityId, measurement, indicator, benefit } = await loadEditable(request, params.id);
  const version = parseVersion(form);
  const back = `/benefits/${benefit.id}`;
  if (form.get("intent") === "delete") {
    await deleteMeasurement({ municipalityId, principal: context.principal, id: measurement.id, version, actor: actorOf(context) });
    return redirect(`${back}?measurement=deleted#indicator-${indicator.id}`);
  }
  const { input } = parseMeasurementForm(form);
  const result = await updateMeasurement({ municipalityId, principal: context.principal, id: measurement.id, version, actor: actorOf(context), input });
  return redirect(`${back}?measurement=saved${result.outsidePeriod ? "&warning=outside" : ""}#indicator-${indicator.id}`);
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) =>
    loaderData ? t("benefitRecords.measurement.edit.heading", { name: loaderData.indicator.name }) : t("benefitRecords.measurement.edit"),
  );

export default function EditMeasurement() {
  const t = useT();
  const lang = useLang();
  const { measurement, indicator, benefit, defaults } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const deleting = failure ? failure.values.intent === "delete" : params.has("delete");
  const state = failure && !deleting ? failure : undefined;
  const version = String(failure?.details?.currentVersion ?? measurement.version);
  const unit = indicator.unit === "custom" ? (indicator.customUnit ?? "") : t(`benefits.unit.${indicator.unit}`);
  const labels: Record<string, string> = {
    measuredOn: t("benefits.measurement.measuredOn"),
    value: `${t("benefits.measurement.value")} (${unit})`,
    assessment: t("benefits.measurement.assessment"),
    comment: t("benefits.measurement.comment"),
  };
  const date = dateOnly(lang, measurement.measuredOn);
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/benefits/${benefit.id}`}>{t("benefits.backToBenefit")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {deleting ? t("benefitRecords.measurement.delete.heading", { date }) : t("benefitRecords.measurement.edit.heading", { name: indicator.name })}
      </Heading>
      <RecordConflictAlert failure={failure} deleting={deleting} />
      {deleting ? (
        <DeleteConfirmation
          body={t("benefitRecords.measurement.delete.body", { value: `${formatAmount(lang, measurement.value)} ${unit}`.trim() })}
          version={version}
          confirmLabel={t("benefitRecords.measurement.delete.confirm")}
          cancelTo={`/measurements/${measurement.id}/edit`}
        />
      ) : (
        <>
          <FormErrorSummary state={state} labels={labels} />
          <PostForm className="stack form-narrow" noValidate>
            <input type="hidden" name="version" value={version} />
            <TextInput name="measuredOn" type="date" label={labels.measuredOn} state={state} defaults={defaults} />
            <TextInput name="value" inputMode="decimal" label={labels.value} state={state} defaults={defaults} />
            <SelectInput
              name="assessment"
              label={labels.assessment}
              state={state}
              defaults={defaults}
              emptyLabel={t("benefits.measurement.notAssessed")}
              choices={MEASUREMENT_ASSESSMENTS.map((v) => ({ value: v, label: t(`benefits.assessment.${v}`) }))}
            />
            <TextInput name="comment" label={labels.comment} state={state} defaults={defaults} multiline rows={3} />
            <SaveOrCancel cancelTo={`/benefits/${benefit.id}`} />
          </PostForm>
          <DeleteLink label={t("benefitRecords.measurement.delete")} />
        </>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
