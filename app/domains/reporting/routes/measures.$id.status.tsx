import { actorOf } from "~/kit/context";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/measures.$id.status";
import { MeasuresErrorBoundary } from "~/domains/measures/ui";
import { FormErrorAlert } from "~/kit/ui/alerts";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { measureHeaderOf, useMeasureHeader } from "~/domains/measures/ui";
import { StatusForm } from "~/domains/reporting/ui/status-form";
import { StatusCard } from "~/domains/reporting/ui/status-view";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDateTime } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { canReportStatus } from "~/kit/permissions";
import { parseVersion } from "~/domains/measures/index.server";
import { getMeasureById, getMeasureForRequest } from "~/domains/measures/index.server";
import { publishStatusUpdate, saveStatusDraft } from "~/domains/reporting/mutations.server";
import { listOpenRoundsForMeasure, listStatusUpdates } from "~/domains/reporting/queries.server";
import { statusFormToInput, statusUpdateToInput } from "~/domains/reporting/schema";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measure = await getMeasureForRequest({ request, municipalityId, id: params.id });
  const canReport = canReportStatus(context.principal, measure);
  const { published, draft } = await listStatusUpdates({ municipalityId, measureId: measure.id, viewerId: context.principal.userId, canEdit: canReport });
  const rounds = canReport ? await listOpenRoundsForMeasure({ municipalityId, measureId: measure.id }) : [];
  const chosenRound = rounds.find((r) => r.id === new URL(request.url).searchParams.get("round")) ?? rounds[0];
  const stored = draft ? statusUpdateToInput(draft) : { periodLabel: chosenRound?.title ?? "", roundId: chosenRound?.id ?? "" };
  const defaults = Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v === null ? "" : String(v)]));
  return {
    canReport,
    published,
    draft: draft ? { version: draft.version, authorName: draft.authorName, updatedAt: draft.updatedAt } : null,
    defaults,
    rounds: rounds.map((r) => ({ id: r.id, title: r.title })),
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measure = await getMeasureById({ municipalityId, id: params.id });
  if (!canReportStatus(context.principal, measure)) throw new AppError("forbidden");
  const intent = form.get("intent");
  if (intent !== "draft" && intent !== "publish") throw new AppError("bad_request");
  const version = form.get("version") ? parseVersion(form) : null;
  const args = { municipalityId, measureId: measure.id, version, principal: context.principal, actor: actorOf(context), input: statusFormToInput(form) };
  if (intent === "publish") {
    await publishStatusUpdate(args);
    return redirect(`/measures/${measure.id}/status?published=1`);
  }
  await saveStatusDraft(args);
  return redirect(`/measures/${measure.id}/status?saved=1#status-form`);
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const measure = loaderData && measureHeaderOf(matches);
  return metaTitle(matches, (t) => (measure ? t("reporting.status.heading", { code: measure.code, title: measure.title }) : t("reporting.title")));
};

export default function MeasureStatusPage() {
  const t = useT();
  const lang = useLang();
  const measure = useMeasureHeader();
  const { canReport, published, draft, defaults, rounds } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const notice = params.get("published") ? t("reporting.status.published") : params.get("saved") ? t("reporting.status.saved") : null;
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/measures/${measure.id}`}>{t("reporting.status.backToMeasure", { code: measure.code })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("reporting.status.heading", { code: measure.code, title: measure.title })}
      </Heading>
      {notice && !failure ? (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      ) : null}
      <FormErrorAlert error={failure?.formError} />

      {canReport ? (
        <>
          {draft?.authorName ? (
            <Paragraph data-size="sm">{t("reporting.status.draftBy", { date: formatDateTime(lang, draft.updatedAt), name: draft.authorName })}</Paragraph>
          ) : null}
          <StatusForm
            key={draft?.version ?? "new"}
            state={failure}
            defaults={defaults}
            version={draft?.version ?? null}
            rounds={rounds}
            heading={draft ? t("reporting.status.draftHeading") : t("reporting.status.newHeading")}
          />
        </>
      ) : draft ? (
        <Alert data-color="info">{t("reporting.status.draftReadonly")}</Alert>
      ) : null}

      <section className="stack" aria-labelledby="timeline-heading">
        <Heading level={2} data-size="md" id="timeline-heading">
          {t("reporting.status.timeline")}
        </Heading>
        {published.length === 0 ? (
          <Paragraph>{t("reporting.status.timelineEmpty")}</Paragraph>
        ) : (
          <ol className="status-timeline">
            {published.map((s) => (
              <li key={s.id}>
                <StatusCard status={s} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
