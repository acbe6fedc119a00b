import { actorOf } from "~/kit/context";
import "~/domains/reporting/ui/reporting.css";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/reporting.new";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { CheckboxGroup, TextInput } from "~/domains/measures/ui";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { MEASURE_STATUSES } from "~/domains/measures";
import { openRound } from "~/domains/reporting/mutations.server";
import { STATUS_LIMITS } from "~/domains/reporting/constants";
import { listSectors } from "~/domains/tenancy/index.server";
import { readTexts } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "reporting.manage" });
  const sectors = await listSectors({ municipalityId: context.municipality.id });
  return { sectors: sectors.map((s) => ({ id: s.id, name: s.name })) };
});

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "reporting.manage" });
  const list = (name: string) => readTexts({ form, name }).filter((v) => v !== "");
  const { id } = await openRound({
    municipalityId: context.municipality.id,
    principal: context.principal,
    actor: actorOf(context),
    input: { title: form.get("title") ?? "", deadline: form.get("deadline") ?? "", sectorIds: list("sectorIds"), statuses: list("statuses") },
  });
  return redirect(`/reporting/${id}?opened=1`);
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("reporting.new.heading"));

export default function NewRoundPage() {
  const t = useT();
  const { sectors } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const state = failure
    ? { ...failure, fieldErrors: Object.fromEntries(Object.entries(failure.fieldErrors).map(([k, v]) => [k.replace(/\.\d+$/, ""), v])) }
    : undefined;
  const labels = {
    title: t("reporting.new.field.title"),
    deadline: t("reporting.new.field.deadline"),
    sectorIds: t("reporting.new.field.sectorIds"),
    statuses: t("reporting.new.field.statuses"),
  };
  return (
    <div className="stack">
      <Paragraph>
        <Link to="/reporting">{t("reporting.round.backToList")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("reporting.new.heading")}
      </Heading>
      <Paragraph>{t("reporting.new.intro")}</Paragraph>
      <FormErrorSummary state={state} labels={labels} />
      <PostForm className="stack" noValidate>
        <TextInput
          name="title"
          label={labels.title}
          description={t("reporting.new.field.title.description")}
          state={state}
          maxLength={STATUS_LIMITS.roundTitle}
        />
        <TextInput name="deadline" label={labels.deadline} state={state} type="date" />
        <CheckboxGroup
          name="sectorIds"
          legend={labels.sectorIds}
          description={t("reporting.new.field.sectorIds.description")}
          state={state}
          groups={[{ choices: sectors.map((s) => ({ value: s.id, label: s.name })) }]}
        />
        <CheckboxGroup
          name="statuses"
          legend={labels.statuses}
          description={t("reporting.new.field.statuses.description")}
          state={state}
          groups={[{ choices: MEASURE_STATUSES.map((s) => ({ value: s, label: t(`measures.status.${s}`) })) }]}
        />
        <div className="action-row">
          <Button type="submit">{t("reporting.new.submit")}</Button>
          <Button asChild variant="tertiary">
            <Link to="/reporting">{t("action.cancel")}</Link>
          </Button>
        </div>
      </PostForm>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
