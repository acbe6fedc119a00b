import { actorOf } from "~/kit/context";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/benefits.$id.edit";
import { BenefitForm } from "~/domains/benefits/ui/benefit-form";
import { MeasuresErrorBoundary } from "~/domains/measures/ui";
import { failureOf, normalizeFieldErrors } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { benefitHeaderOf, useBenefitHeader } from "~/domains/benefits/ui/layout";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { canEditBenefit } from "~/kit/permissions";
import { benefitToFormValues, parseBenefitForm } from "~/domains/benefits/form";
import { updateBenefit } from "~/domains/benefits/mutations.server";
import { getBenefitForRequest } from "~/domains/benefits/layout.server";
import { getBenefitById } from "~/domains/benefits/queries.server";
import { parseVersion } from "~/domains/measures/index.server";
import { getMeasureById, listGoalOptions, listResponsibleOptions } from "~/domains/measures/index.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const benefit = await getBenefitForRequest({ request, municipalityId, id: params.id });
  const measure = await getMeasureById({ municipalityId, id: benefit.measureId });
  if (!canEditBenefit(context.principal, measure)) throw new AppError("forbidden");
  const [users, goals] = await Promise.all([listResponsibleOptions({ municipalityId }), listGoalOptions({ municipalityId })]);
  return {
    version: benefit.version,
    defaults: benefitToFormValues(benefit),
    users: users.map((u) => ({ id: u.id, name: u.name })),
    goals: goals.map((g) => ({ id: g.id, number: g.number, title: g.title })),
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const benefit = await getBenefitById({ municipalityId, id: params.id });
  const measure = await getMeasureById({ municipalityId, id: benefit.measureId });
  if (!canEditBenefit(context.principal, measure)) throw new AppError("forbidden");
  const version = parseVersion(form);
  await updateBenefit({ municipalityId, principal: context.principal, id: benefit.id, version, actor: actorOf(context), input: parseBenefitForm(form) });
  return redirect(`/benefits/${benefit.id}?saved=1`);
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const benefit = loaderData && benefitHeaderOf(matches);
  return metaTitle(matches, (t) => (benefit ? `${t("benefits.edit")}: ${benefit.title}` : t("benefits.edit")));
};

export default function EditBenefit() {
  const t = useT();
  const benefit = useBenefitHeader();
  const { version, defaults, users, goals } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const state = failure ? { ...failure, fieldErrors: normalizeFieldErrors({ fieldErrors: failure.fieldErrors, lists: ["goalIds"] }) } : undefined;
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/benefits/${benefit.id}`}>{t("benefits.backToBenefit")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("benefits.edit.heading", { title: benefit.title })}
      </Heading>
      <BenefitForm
        state={state}
        defaults={defaults}
        users={users}
        goals={goals}
        version={version}
        cancelHref={`/benefits/${benefit.id}`}
        submitLabel={t("action.save")}
      />
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
