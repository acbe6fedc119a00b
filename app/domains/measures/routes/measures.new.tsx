import { actorOf } from "~/kit/context";
import { Button, Field, Heading, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { Form, Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/measures.new";
import { loadMeasureFormOptions } from "~/domains/measures/form-data.server";
import { MeasureForm } from "~/domains/measures/ui/measure-form";
import { MEASURE_FORM_ERROR_FIELDS, MeasuresErrorBoundary } from "~/domains/measures/ui/page";
import { failureOf, normalizeFieldErrors } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { can, editsOwnMeasuresOnly } from "~/kit/permissions";
import { parseMeasureForm } from "~/domains/measures/form";
import { createMeasure } from "~/domains/measures/mutations.server";
import { suggestMeasureCode } from "~/domains/measures/queries.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  if (!can(context.principal, "measures.propose")) throw new AppError("forbidden");
  const options = await loadMeasureFormOptions({ context, measureId: null, currentStatus: null });
  // ?sector= picks the sector whose code prefix the suggested code uses; else the first allowed sector.
  const asked = new URL(request.url).searchParams.get("sector");
  const sector = options.sectors.find((s) => s.id === asked) ?? (asked === "" && options.allowNoSector ? null : (options.sectors[0] ?? null));
  const code = await suggestMeasureCode({ municipalityId: context.municipality.id, sectorId: sector?.id ?? null });
  return {
    options,
    sectorId: sector?.id ?? "",
    defaults: {
      code,
      sectorId: sector?.id ?? "",
      status: options.statuses[0] ?? "idea",
      userOriented: "false",
      responsibleUserId: editsOwnMeasuresOnly(context.principal) ? (context.user?.id ?? "") : "",
    },
  };
});

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request);
  if (!can(context.principal, "measures.propose")) throw new AppError("forbidden");
  const input = parseMeasureForm(form);
  const created = await createMeasure({ municipalityId: context.municipality.id, principal: context.principal, actor: actorOf(context), input });
  return redirect(`/measures/${created.id}?created=1`);
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("measures.new"));

export default function NewMeasure() {
  const t = useT();
  const { options, defaults, sectorId } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const state = failure ? { ...failure, fieldErrors: normalizeFieldErrors({ fieldErrors: failure.fieldErrors, ...MEASURE_FORM_ERROR_FIELDS }) } : undefined;
  return (
    <div className="stack">
      <Paragraph>
        <Link to="/measures">{t("measures.backToList")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("measures.new")}
      </Heading>
      {options.sectors.length > 0 && !state ? (
        <Form method="get" className="inline-form">
          <Field data-size="sm">
            <Label htmlFor="suggest-sector">{t("measures.form.suggest.label")}</Label>
            <Select id="suggest-sector" name="sector" defaultValue={sectorId} width="auto">
              {options.allowNoSector ? <Select.Option value="">{t("measures.form.noSector")}</Select.Option> : null}
              {options.sectors.map((s) => (
                <Select.Option key={s.id} value={s.id}>
                  {`${s.name} (${s.codePrefix})`}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary" data-size="sm">
            {t("measures.form.suggest.submit")}
          </Button>
        </Form>
      ) : null}
      <MeasureForm key={`${sectorId}:${defaults.code}`} mode="create" state={state} defaults={defaults} options={options} cancelHref="/measures" />
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
