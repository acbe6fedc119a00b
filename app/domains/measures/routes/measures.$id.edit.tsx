import { actorOf } from "~/kit/context";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/measures.$id.edit";
import { loadMeasureFormOptions, withConflictDetails } from "~/domains/measures/form-data.server";
import { measureHeaderOf, useMeasureHeader } from "~/domains/measures/ui/layout";
import { type ConflictInfo, MeasureForm } from "~/domains/measures/ui/measure-form";
import { MEASURE_FORM_ERROR_FIELDS, MeasuresErrorBoundary } from "~/domains/measures/ui/page";
import { failureOf, normalizeFieldErrors } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { canEditMeasure } from "~/kit/permissions";
import { inputToFormValues, parseMeasureForm, parseVersion } from "~/domains/measures/form";
import { measureToInput, updateMeasure } from "~/domains/measures/mutations.server";
import { getMeasureForRequest } from "~/domains/measures/layout.server";
import { getMeasureById } from "~/domains/measures/queries.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const measure = await getMeasureForRequest({ request, municipalityId: context.municipality.id, id: params.id });
  if (!canEditMeasure(context.principal, measure)) throw new AppError("forbidden");
  const options = await loadMeasureFormOptions({ context, measureId: measure.id, currentStatus: measure.status, currentSectorId: measure.sectorId });
  return {
    version: measure.version,
    defaults: inputToFormValues(measureToInput(measure), context.lang),
    options,
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const current = await getMeasureById({ municipalityId, id: params.id });
  if (!canEditMeasure(context.principal, current)) throw new AppError("forbidden");
  const version = parseVersion(form);
  const input = parseMeasureForm(form);
  await withConflictDetails({
    context,
    id: current.id,
    input,
    run: () => updateMeasure({ municipalityId, id: current.id, version, principal: context.principal, actor: actorOf(context), input }),
  });
  return redirect(`/measures/${current.id}?saved=1`);
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const measure = loaderData && measureHeaderOf(matches);
  return metaTitle(matches, (t) => (measure ? `${t("measures.edit")} ${measure.code}` : t("measures.edit")));
};

export default function EditMeasure() {
  const t = useT();
  const measure = useMeasureHeader();
  const { version, defaults, options } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const state = failure ? { ...failure, fieldErrors: normalizeFieldErrors({ fieldErrors: failure.fieldErrors, ...MEASURE_FORM_ERROR_FIELDS }) } : undefined;
  const conflict = (failure?.details?.conflict as ConflictInfo | undefined) ?? null;
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/measures/${measure.id}`}>{t("measures.backToMeasure", { code: measure.code })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("measures.edit.heading", { code: measure.code, title: measure.title })}
      </Heading>
      <MeasureForm
        mode="edit"
        state={state}
        defaults={defaults}
        version={version}
        conflict={conflict}
        options={options}
        cancelHref={`/measures/${measure.id}`}
      />
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
