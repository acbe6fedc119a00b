import { actorOf } from "~/kit/context";
import { Alert, Button, Heading, Link as DsLink, List, Paragraph, Tag } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/benefits.$id";
import { formatAmount, IndicatorForm, IndicatorSection, type IndicatorView } from "~/domains/benefits/ui/indicators";
import { dateOnly, Fact } from "~/domains/measures/ui";
import { MeasuresErrorBoundary } from "~/domains/measures/ui";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useLang, useT } from "~/kit/ui/page-context";
import type { MessageKey } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { canEditBenefit } from "~/kit/permissions";
import { formatAchievementPercent, latestAchievement } from "~/domains/benefits/achievement";
import { parseIndicatorForm, parseMeasurementForm } from "~/domains/benefits/form";
import { createIndicator, createMeasurement } from "~/domains/benefits/mutations.server";
import { getBenefitForRequest } from "~/domains/benefits/layout.server";
import {
  getBenefitById,
  getIndicatorById,
  getValuationSettings,
  listIndicatorsByBenefit,
  listMeasurementsByIndicator,
} from "~/domains/benefits/queries.server";
import { hoursToFte, hoursToNok } from "~/domains/benefits/valuation";
import { getMeasureById, listResponsibleOptions } from "~/domains/measures/index.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const benefit = await getBenefitForRequest({ request, municipalityId, id: params.id });
  const [measure, valuation, indicatorRows, users] = await Promise.all([
    getMeasureById({ municipalityId, id: benefit.measureId }),
    getValuationSettings({ municipalityId }),
    listIndicatorsByBenefit({ municipalityId, benefitId: benefit.id }),
    listResponsibleOptions({ municipalityId }),
  ]);
  const indicators: IndicatorView[] = await Promise.all(
    indicatorRows.map(async (ind) => {
      const rows = await listMeasurementsByIndicator({ municipalityId, indicatorId: ind.id });
      const measurements = rows.map((m) => ({ id: m.id, measuredOn: m.measuredOn, value: m.value, comment: m.comment, assessment: m.assessment }));
      const latest = latestAchievement(
        rows.map((m) => ({ measuredOn: m.measuredOn, value: m.value, createdAt: m.createdAt.toISOString() })),
        { baseline: ind.baselineValue, target: ind.targetValue, direction: ind.direction },
      );
      return {
        id: ind.id,
        name: ind.name,
        unit: ind.unit,
        customUnit: ind.customUnit,
        direction: ind.direction,
        method: ind.method,
        baselineValue: ind.baselineValue,
        baselineDate: ind.baselineDate,
        targetValue: ind.targetValue,
        targetDate: ind.targetDate,
        frequency: ind.frequency,
        responsibleText: ind.responsibleText,
        latest: latest
          ? {
              measuredOn: latest.measurement.measuredOn,
              value: latest.measurement.value,
              status: latest.achievement.status,
              percent: formatAchievementPercent(latest.achievement.display, context.lang),
            }
          : null,
        measurements,
      };
    }),
  );
  const userName = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? null) : null);
  const hours = benefit.plannedHoursPerYear;
  return {
    benefit,
    owner: [userName(benefit.ownerUserId), benefit.ownerText].filter(Boolean).join(", "),
    manager: [userName(benefit.managerUserId), benefit.managerText].filter(Boolean).join(", "),
    measure: { id: measure.id, code: measure.code, title: measure.title },
    canEdit: canEditBenefit(context.principal, measure),
    valuation: {
      hourlyCostNok: valuation.hourlyCostNok,
      hoursPerFte: valuation.hoursPerFte,
      isDefault: valuation.isDefault,
      nok: hours === null ? null : hoursToNok({ hours, hourlyCostNok: valuation.hourlyCostNok }),
      fte: hours === null ? null : hoursToFte({ hours, hoursPerFte: valuation.hoursPerFte }),
    },
    indicators,
    users: users.map((u) => ({ id: u.id, name: u.name })),
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const benefit = await getBenefitById({ municipalityId, id: params.id });
  const measure = await getMeasureById({ municipalityId, id: benefit.measureId });
  if (!canEditBenefit(context.principal, measure)) throw new AppError("forbidden");
  const intent = form.get("intent");
  if (intent === "indicator") {
    await createIndicator({ municipalityId, principal: context.principal, benefitId: benefit.id, actor: actorOf(context), input: parseIndicatorForm(form) });
    return redirect(`/benefits/${benefit.id}?indicator=added`);
  }
  if (intent === "measurement") {
    const { indicatorId, input } = parseMeasurementForm(form);
    const ind = await getIndicatorById({ municipalityId, id: indicatorId });
    if (ind.benefitId !== benefit.id) throw new AppError("not_found");
    const result = await createMeasurement({ municipalityId, principal: context.principal, indicatorId: ind.id, actor: actorOf(context), input });
    return redirect(`/benefits/${benefit.id}?measurement=added${result.outsidePeriod ? "&warning=outside" : ""}`);
  }
  throw new AppError("bad_request");
});

/** Notices after a redirect back from the indicator and measurement pages (`?indicator=saved` …). */
const INDICATOR_NOTICES: Record<string, MessageKey> = { saved: "benefitRecords.indicator.saved", deleted: "benefitRecords.indicator.deleted" };
const MEASUREMENT_NOTICES: Record<string, MessageKey> = { saved: "benefitRecords.measurement.saved", deleted: "benefitRecords.measurement.deleted" };

export const meta: Route.MetaFunction = ({ matches, loaderData }) => metaTitle(matches, (t) => loaderData?.benefit.title ?? t("benefits.title"));

export default function BenefitPage() {
  const t = useT();
  const lang = useLang();
  const { benefit: b, owner, manager, measure, canEdit, valuation, indicators, users } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const [params] = useSearchParams();
  const intent = failure?.values?.intent;
  const indicatorState = intent === "indicator" ? failure : undefined;
  const measurementFor = intent === "measurement" ? failure?.values?.indicatorId : undefined;
  const notice = failure
    ? null
    : params.get("created")
      ? t("benefits.created")
      : params.get("saved")
        ? t("common.saved")
        : params.get("indicator")
          ? t(INDICATOR_NOTICES[params.get("indicator") ?? ""] ?? "benefits.indicator.added")
          : params.get("measurement")
            ? t(MEASUREMENT_NOTICES[params.get("measurement") ?? ""] ?? "benefits.measurement.added")
            : null;
  const warning = !failure && params.get("warning") === "outside" ? t("benefits.outsidePeriod") : null;
  const text = (value: string | null) => (value ? <span className="pre-line">{value}</span> : "–");
  const period = b.periodFrom || b.periodTo ? `${b.periodFrom ? dateOnly(lang, b.periodFrom) : "…"} – ${b.periodTo ? dateOnly(lang, b.periodTo) : "…"}` : "–";
  const per = b.recurrence === "annual" ? t("benefits.valuation.perYear") : t("benefits.valuation.total");
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/measures/${measure.id}`}>{t("benefits.backToMeasure", { code: measure.code })}</Link>
      </Paragraph>
      <div className="measure-header">
        <div className="measure-header__title">
          <Heading level={1} data-size="lg">
            {b.title}
          </Heading>
          <Tag data-size="sm">{t(`benefits.status.${b.status}`)}</Tag>
        </div>
        <div className="measure-actions">
          {canEdit ? (
            <Button asChild>
              <Link to={`/benefits/${b.id}/edit`}>{t("action.edit")}</Link>
            </Button>
          ) : null}
          <Button asChild variant="secondary">
            <Link to={`/benefits/${b.id}/history`}>{t("benefitRecords.history.link")}</Link>
          </Button>
        </div>
      </div>
      {notice ? (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {warning ? (
        <Alert data-color="warning" role="status">
          {warning}
        </Alert>
      ) : null}

      <section className="stack" aria-labelledby="benefit-facts-heading">
        <Heading level={2} data-size="md" id="benefit-facts-heading">
          {t("benefits.section.facts")}
        </Heading>
        <dl className="facts">
          <Fact label={t("benefits.measure")}>
            <DsLink asChild>
              <Link to={`/measures/${measure.id}`}>{`${measure.code} ${measure.title}`}</Link>
            </DsLink>
          </Fact>
          <Fact label={t("benefits.field.description")}>{text(b.description)}</Fact>
          <Fact label={t("benefits.field.type")}>{t(`benefits.type.${b.type}`)}</Fact>
          <Fact label={t("benefits.field.beneficiaries")}>
            {b.beneficiaries.length > 0 ? b.beneficiaries.map((x) => t(`benefits.beneficiary.${x}`)).join(", ") : "–"}
          </Fact>
          <Fact label={t("benefits.field.quantitative")}>{b.quantitative ? t("benefits.field.quantitative.yes") : t("benefits.field.quantitative.no")}</Fact>
          <Fact label={t("benefits.field.disbenefit")}>{b.disbenefit ? t("common.yes") : t("common.no")}</Fact>
          <Fact label={t("benefits.field.owner")}>{owner || "–"}</Fact>
          <Fact label={t("benefits.field.manager")}>{manager || "–"}</Fact>
          <Fact label={t("benefits.field.period")}>{period}</Fact>
          <Fact label={t("benefits.field.status")}>{t(`benefits.status.${b.status}`)}</Fact>
          {b.statusReason ? <Fact label={t("benefits.field.statusReason")}>{text(b.statusReason)}</Fact> : null}
          <Fact label={t("benefits.field.alternativeUse")}>{text(b.alternativeUse)}</Fact>
          <Fact label={t("benefits.field.recurrence")}>{t(`benefits.recurrence.${b.recurrence}`)}</Fact>
          <Fact label={t("benefits.field.assumptions")}>{text(b.assumptions)}</Fact>
          <Fact label={t("benefits.field.risks")}>{text(b.risks)}</Fact>
          <Fact label={t("benefits.goals")}>{b.goals.length > 0 ? b.goals.map((g) => `${g.number} ${g.title}`).join("; ") : "–"}</Fact>
        </dl>
      </section>

      <section className="stack" aria-labelledby="benefit-valuation-heading">
        <Heading level={2} data-size="md" id="benefit-valuation-heading">
          {t("benefits.section.valuation")}
        </Heading>
        <Paragraph>
          {t("benefits.valuation.explanation", {
            cost: formatAmount(lang, valuation.hourlyCostNok, 2),
            hours: formatAmount(lang, valuation.hoursPerFte, 2),
          })}{" "}
          {valuation.isDefault ? t("benefits.valuation.default") : null}
        </Paragraph>
        <dl className="facts" data-testid="valuation">
          <Fact label={t("benefits.valuation.hourlyCost")}>{t("common.nok", { amount: formatAmount(lang, valuation.hourlyCostNok, 2) })}</Fact>
          <Fact label={t("benefits.valuation.hoursPerFte")}>{formatAmount(lang, valuation.hoursPerFte, 2)}</Fact>
          <Fact label={t("benefits.valuation.plannedHours")}>
            {b.plannedHoursPerYear === null ? "–" : `${formatAmount(lang, b.plannedHoursPerYear)} ${per}`}
          </Fact>
          <Fact label={t("benefits.valuation.nok")}>
            {valuation.nok === null ? "–" : `${t("common.nok", { amount: formatAmount(lang, valuation.nok, 0) })} ${per}`}
          </Fact>
          <Fact label={t("benefits.valuation.fte")}>{valuation.fte === null ? "–" : `${formatAmount(lang, valuation.fte, 2)} ${per}`}</Fact>
          <Fact label={t("benefits.valuation.plannedNok")}>
            {b.plannedNokPerYear === null ? "–" : `${t("common.nok", { amount: formatAmount(lang, b.plannedNokPerYear, 0) })} ${per}`}
          </Fact>
        </dl>
        {b.plannedHoursPerYear === null ? <Paragraph>{t("benefits.valuation.noHours")}</Paragraph> : null}
      </section>

      <section className="stack" aria-labelledby="benefit-indicators-heading">
        <Heading level={2} data-size="md" id="benefit-indicators-heading">
          {t("benefits.section.indicators")}
        </Heading>
        {indicators.length === 0 ? <Paragraph>{t("benefits.indicators.none")}</Paragraph> : null}
        {indicators.length > 0 ? (
          <List.Unordered>
            {indicators.map((ind) => (
              <List.Item key={ind.id}>
                <a href={`#indicator-${ind.id}`}>{ind.name}</a>
              </List.Item>
            ))}
          </List.Unordered>
        ) : null}
        {indicators.map((ind) => (
          <IndicatorSection key={ind.id} indicator={ind} canEdit={canEdit} state={measurementFor === ind.id ? failure : undefined} />
        ))}
        {canEdit ? <IndicatorForm state={indicatorState} users={users} /> : null}
      </section>
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
