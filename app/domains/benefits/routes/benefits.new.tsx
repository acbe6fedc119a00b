import { actorOf } from "~/kit/context";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/benefits.new";
import { BenefitForm } from "~/domains/benefits/ui/benefit-form";
import { MeasuresErrorBoundary } from "~/domains/measures/ui";
import { failureOf, normalizeFieldErrors } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useMeasureHeader } from "~/domains/measures/ui";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { canEditBenefit } from "~/kit/permissions";
import { parseBenefitForm } from "~/domains/benefits/form";
import { createBenefit } from "~/domains/benefits/mutations.server";
import { getMeasureById, getMeasureForRequest, listGoalOptions, listResponsibleOptions } from "~/domains/measures/index.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measure = await getMeasureForRequest({ request, municipalityId, id: params.id });
  if (!canEditBenefit(context.principal, measure)) throw new AppError("forbidden");
  const [users, goals] = await Promise.all([listResponsibleOptions({ municipalityId }), listGoalOptions({ municipalityId })]);
  return {
    users: users.map((u) => ({ id: u.id, name: u.name })),
    goals: goals.map((g) => ({ id: g.id, number: g.number, title: g.title })),
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measure = await getMeasureById({ municipalityId, id: params.id });
  if (!canEditBenefit(context.principal, measure)) throw new AppError("forbidden");
  const created = await createBenefit({
    municipalityId,
    principal: context.principal,
    measureId: measure.id,
    actor: actorOf(context),
    input: parseBenefitForm(form),
  });
  return redirect(`/benefits/${created.id}?created=1`);
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("benefits.new"));

const DEFAULTS = { status: "proposed", recurrence: "annual", quantitative: "false", disbenefit: "false" };

export default function NewBenefit() {
  const t = useT();
  const measure = useMeasureHeader();
  const { users, goals } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const state = failure ? { ...failure, fieldErrors: normalizeFieldErrors({ fieldErrors: failure.fieldErrors, lists: ["goalIds"] }) } : undefined;
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/measures/${measure.id}`}>{t("benefits.backToMeasure", { code: measure.code })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("benefits.new.heading", { code: measure.code, title: measure.title })}
      </Heading>
      <BenefitForm state={state} defaults={DEFAULTS} users={users} goals={goals} cancelHref={`/measures/${measure.id}`} submitLabel={t("benefits.new")} />
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
