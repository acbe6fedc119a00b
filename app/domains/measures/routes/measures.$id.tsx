import { actorOf } from "~/kit/context";
import { Alert, Button, Heading, Link as DsLink, List, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/measures.$id";
import { BenefitProfile, MeasureBenefits } from "~/domains/benefits/ui";
import { MeasureLatestStatus } from "~/domains/reporting/ui";
import {
  CostsTable,
  dateOnly,
  Fact,
  MeasureLink,
  MeasureList,
  periodText,
  responsibleText,
  StatusChangeForm,
  StatusEvents,
} from "~/domains/measures/ui/measure-view";
import { MeasuresErrorBoundary, StatusTag } from "~/domains/measures/ui/page";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDateTime } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { canEditMeasure, canReportStatus } from "~/kit/permissions";
import { getMeasureBenefitsView } from "~/domains/benefits/index.server";
import { getMeasureReporting } from "~/domains/reporting/index.server";
import { parseStatusForm, parseVersion, statusChangeChoices } from "~/domains/measures/form";
import { changeMeasureStatus } from "~/domains/measures/mutations.server";
import { getMeasureForRequest } from "~/domains/measures/layout.server";
import { getMeasureById, listMeasureOptions } from "~/domains/measures/queries.server";
import { AppError, isAppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measure = await getMeasureForRequest({ request, municipalityId, id: params.id });
  const canEdit = canEditMeasure(context.principal, measure);
  const statusChoices = canEdit ? statusChangeChoices(context.principal, measure.status) : [];
  const mergeOptions = statusChoices.includes("merged") ? (await listMeasureOptions({ municipalityId })).filter((m) => m.id !== measure.id) : [];
  const benefits = await getMeasureBenefitsView({ municipalityId, measureId: measure.id, lang: context.lang, currentYear: new Date().getFullYear() });
  const reporting = await getMeasureReporting({ municipalityId, measureId: measure.id, canReport: canReportStatus(context.principal, measure) });
  return { measure, canEdit, statusChoices, mergeOptions, benefits, reporting };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measure = await getMeasureById({ municipalityId, id: params.id });
  if (form.get("intent") !== "status") throw new AppError("bad_request");
  if (!canEditMeasure(context.principal, measure)) throw new AppError("forbidden");
  const version = parseVersion(form);
  try {
    await changeMeasureStatus({
      municipalityId,
      id: measure.id,
      version,
      principal: context.principal,
      actor: actorOf(context),
      input: parseStatusForm(form),
    });
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") {
      const current = await getMeasureById({ municipalityId, id: measure.id });
      throw new AppError("conflict", { messageRef: { key: "measures.conflict" }, details: { currentVersion: current.version } });
    }
    throw error;
  }
  return redirect(`/measures/${measure.id}?status=changed`);
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) => (loaderData ? `${loaderData.measure.code} ${loaderData.measure.title}` : t("measures.title")));

export default function MeasurePage() {
  const t = useT();
  const lang = useLang();
  const { measure: m, canEdit, statusChoices, mergeOptions, benefits, reporting } = useLoaderData<typeof loader>();
  const state = failureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const notice = params.get("created")
    ? t("common.created")
    : params.get("saved")
      ? t("common.saved")
      : params.get("status")
        ? t("measures.statusChanged")
        : null;
  const responsible = responsibleText(m);
  const period = periodText(lang, m.startPeriod, m.endPeriod);
  return (
    <div className="stack">
      <Paragraph>
        <Link to="/measures">{t("measures.backToList")}</Link>
      </Paragraph>
      <div className="measure-header">
        <div className="measure-header__title">
          <Heading level={1} data-size="lg">
            {m.code} {m.title}
          </Heading>
          <StatusTag status={m.status} />
        </div>
        <div className="measure-actions">
          {canEdit ? (
            <Button asChild>
              <Link to={`/measures/${m.id}/edit`}>{t("action.edit")}</Link>
            </Button>
          ) : null}
          <Button asChild variant="secondary">
            <Link to={`/measures/${m.id}/history`}>{t("measures.history")}</Link>
          </Button>
        </div>
      </div>
      {notice && !state ? (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {m.mergedInto ? (
        <Alert data-color="info">
          {t("measures.mergedNotice", { code: m.mergedInto.code })}{" "}
          <DsLink asChild>
            <Link to={`/measures/${m.mergedInto.id}`}>{t("measures.mergedNotice.link", { code: m.mergedInto.code, title: m.mergedInto.title })}</Link>
          </DsLink>
        </Alert>
      ) : null}

      <section className="stack" aria-labelledby="facts-heading">
        <Heading level={2} data-size="md" id="facts-heading">
          {t("measures.section.facts")}
        </Heading>
        <dl className="facts">
          <Fact label={t("measures.field.code")}>{m.code}</Fact>
          <Fact label={t("measures.field.status")}>
            <StatusTag status={m.status} />
          </Fact>
          {m.completedOn ? <Fact label={t("measures.field.completedOn")}>{dateOnly(lang, m.completedOn)}</Fact> : null}
          {m.dropReason ? (
            <Fact label={t("measures.field.dropReason")}>
              <span className="pre-line">{m.dropReason}</span>
            </Fact>
          ) : null}
          {m.mergedInto ? (
            <Fact label={t("measures.field.mergedInto")}>
              <MeasureLink measure={m.mergedInto} />
            </Fact>
          ) : null}
          <Fact label={t("measures.field.sector")}>{m.sector?.name ?? "–"}</Fact>
          <Fact label={t("measures.field.responsible")}>{responsible ?? "–"}</Fact>
          <Fact label={t("measures.field.userOriented")}>{m.userOriented ? t("common.yes") : t("common.no")}</Fact>
          <Fact label={t("measures.field.period")}>{period || "–"}</Fact>
          <Fact label={t("measures.field.planYear")}>{m.planYear ?? "–"}</Fact>
          <Fact label={t("measures.field.priority")}>{m.priority ?? "–"}</Fact>
          <Fact label={t("public.measure.published")}>{m.published ? t("common.yes") : t("common.no")}</Fact>
          <Fact label={t("measures.field.tags")}>{m.tags.length > 0 ? m.tags.join(", ") : "–"}</Fact>
          <Fact label={t("measures.field.updatedAt")}>
            <time dateTime={new Date(m.updatedAt).toISOString()}>{formatDateTime(lang, m.updatedAt)}</time>
          </Fact>
        </dl>
      </section>

      <MeasureLatestStatus measureId={m.id} {...reporting} />

      <section className="stack" aria-labelledby="description-heading">
        <Heading level={2} data-size="md" id="description-heading">
          {t("measures.field.description")}
        </Heading>
        <Paragraph className="pre-line">{m.description ?? t("measures.noDescription")}</Paragraph>
      </section>

      <section className="stack" aria-labelledby="benefits-heading">
        <Heading level={2} data-size="md" id="benefits-heading">
          {t("measures.section.benefits")}
        </Heading>
        <dl className="facts">
          <Fact label={t("measures.field.benefitsCitizens")}>
            <span className="pre-line">{m.benefitsCitizens ?? "–"}</span>
          </Fact>
          <Fact label={t("measures.field.benefitsEmployees")}>
            <span className="pre-line">{m.benefitsEmployees ?? "–"}</span>
          </Fact>
          <Fact label={t("measures.field.benefitsQuantitative")}>
            <span className="pre-line">{m.benefitsQuantitative ?? "–"}</span>
          </Fact>
        </dl>
      </section>

      <MeasureBenefits measureId={m.id} benefits={benefits.benefits} valuation={benefits.valuation} canEdit={canEdit} />
      <BenefitProfile profile={benefits.profile} />

      <section className="stack" aria-labelledby="goals-heading">
        <Heading level={2} data-size="md" id="goals-heading">
          {t("measures.field.goals")}
        </Heading>
        {m.goals.length === 0 ? (
          <Paragraph>{t("measures.noGoals")}</Paragraph>
        ) : (
          <List.Unordered className="measure-inline-list">
            {m.goals.map((g) => (
              <List.Item key={g.id}>
                <DsLink asChild>
                  <Link to={`/goals/${g.id}`}>{`${g.number} ${g.title}`}</Link>
                </DsLink>
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </section>

      <section className="stack" aria-labelledby="costs-heading">
        <Heading level={2} data-size="md" id="costs-heading">
          {t("measures.field.costs")}
        </Heading>
        <CostsTable costs={m.costs} />
      </section>

      <section className="stack" aria-labelledby="dependencies-heading">
        <Heading level={2} data-size="md" id="dependencies-heading">
          {t("measures.section.dependencies")}
        </Heading>
        <Heading level={3} data-size="xs">
          {t("measures.field.dependsOn")}
        </Heading>
        <MeasureList measures={m.dependsOn} empty={t("measures.noDependencies")} />
        <Heading level={3} data-size="xs">
          {t("measures.field.dependents")}
        </Heading>
        <MeasureList measures={m.dependents} empty={t("measures.noDependents")} />
        {m.mergedFrom.length > 0 ? (
          <>
            <Heading level={3} data-size="xs">
              {t("measures.mergedFrom")}
            </Heading>
            <MeasureList measures={m.mergedFrom} empty="" />
          </>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="events-heading">
        <Heading level={2} data-size="md" id="events-heading">
          {t("measures.statusEvents")}
        </Heading>
        <StatusEvents events={m.statusEvents} />
      </section>

      {statusChoices.length > 0 ? (
        <StatusChangeForm key={m.version} version={m.version} choices={statusChoices} mergeOptions={mergeOptions} state={state} />
      ) : null}
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
