import { Heading, Link as DsLink, Paragraph, Table } from "@digdir/designsystemet-react";
import { data, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/kommune.$kommunenummer.tiltak.$code";
import { periodRangeLabel } from "~/domains/measures/ui";
import { dateOnly, Fact } from "~/domains/measures/ui";
import { StatusTag } from "~/domains/measures/ui";
import { PublicErrorBoundary, PublicLayout } from "~/domains/public/ui/public-layout";
import { useLang, useT } from "~/kit/ui/page-context";
import { createTranslator, formatDateTime, formatNumber, type MessageKey } from "~/kit/i18n";
import { requirePublicContext } from "~/domains/public/guard.server";
import { PUBLIC_PAGE_HANDLE, publicPlanPath } from "~/domains/public/paths";
import { getPublishedMeasure } from "~/domains/public/queries.server";
import { AppError } from "~/kit/errors";
import { withLoader } from "~/kit/http.server";

export const handle = PUBLIC_PAGE_HANDLE;

/** A published measure on the public plan; 404 for unknown and unpublished measures alike. */
export const loader = withLoader(async ({ params }: Route.LoaderArgs) => {
  const { municipality } = await requirePublicContext({ code: params.kommunenummer });
  const measure = await getPublishedMeasure({ municipality, code: params.code });
  if (!measure) throw new AppError("not_found");
  return data(
    {
      publicLang: municipality.language,
      municipality: { code: municipality.code, name: municipality.name, accessibilityStatementUrl: municipality.accessibilityStatementUrl },
      measure: { ...measure, updatedAt: measure.updatedAt.toISOString() },
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
});

export function headers({ loaderHeaders }: Route.HeadersArgs) {
  return loaderHeaders;
}

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) return [{ title: createTranslator("nb")("error.notFound.title") }];
  const t = createTranslator(loaderData.publicLang);
  return [{ title: `${loaderData.measure.code} ${loaderData.measure.title} – ${t("public.title", { municipality: loaderData.municipality.name })}` }];
}

export default function PublicMeasurePage() {
  const t = useT();
  const lang = useLang();
  const { municipality, measure: m } = useLoaderData<typeof loader>();
  const period = periodRangeLabel(lang, m.startPeriod, m.endPeriod);
  return (
    <PublicLayout municipality={municipality}>
      <Paragraph className="public-noprint">
        <DsLink asChild>
          <Link to={publicPlanPath(municipality.code)}>{t("public.measure.back")}</Link>
        </DsLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {m.code} {m.title}
      </Heading>
      <dl className="facts">
        <Fact label={t("public.measure.status")}>
          <StatusTag status={m.status} />
        </Fact>
        {m.completedOn ? <Fact label={t("public.measure.completedOn")}>{dateOnly(lang, m.completedOn)}</Fact> : null}
        {m.dropReason ? (
          <Fact label={t("public.measure.dropReason")}>
            <span className="pre-line">{m.dropReason}</span>
          </Fact>
        ) : null}
        <Fact label={t("public.measure.sector")}>{m.sectorName ?? "–"}</Fact>
        <Fact label={t("public.measure.period")}>{period || "–"}</Fact>
        <Fact label={t("public.measure.responsible")}>{m.responsible ?? "–"}</Fact>
        <Fact label={t("public.measure.userOriented")}>{m.userOriented ? t("common.yes") : t("common.no")}</Fact>
        <Fact label={t("public.measure.goals")}>
          {m.goals.length > 0 ? m.goals.map((g) => `${g.number} ${g.title}`).join("; ") : t("public.measure.noGoals")}
        </Fact>
      </dl>
      {m.description ? (
        <section className="stack" aria-labelledby="description-heading">
          <Heading level={2} data-size="md" id="description-heading">
            {t("public.measure.description")}
          </Heading>
          <Paragraph className="pre-line">{m.description}</Paragraph>
        </section>
      ) : null}
      {m.benefitsCitizens || m.benefitsEmployees || m.benefitsQuantitative ? (
        <section className="stack" aria-labelledby="benefits-heading">
          <Heading level={2} data-size="md" id="benefits-heading">
            {t("public.measure.benefits")}
          </Heading>
          <dl className="facts">
            {m.benefitsCitizens ? (
              <Fact label={t("public.measure.benefitsCitizens")}>
                <span className="pre-line">{m.benefitsCitizens}</span>
              </Fact>
            ) : null}
            {m.benefitsEmployees ? (
              <Fact label={t("public.measure.benefitsEmployees")}>
                <span className="pre-line">{m.benefitsEmployees}</span>
              </Fact>
            ) : null}
            {m.benefitsQuantitative ? (
              <Fact label={t("public.measure.benefitsQuantitative")}>
                <span className="pre-line">{m.benefitsQuantitative}</span>
              </Fact>
            ) : null}
          </dl>
        </section>
      ) : null}
      {m.costs && m.costs.length > 0 ? (
        <section className="stack" aria-labelledby="costs-heading">
          <Heading level={2} data-size="md" id="costs-heading">
            {t("public.measure.costs")}
          </Heading>
          <div className="table-wrap">
            <Table zebra data-size="sm">
              <caption className="visually-hidden">{t("public.measure.costs")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("public.measure.cost.amount")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("public.measure.cost.year")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("public.measure.cost.recurrence")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("public.measure.cost.type")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("public.measure.cost.funding")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {m.costs.map((c, index) => (
                  <Table.Row key={index}>
                    <Table.Cell>{c.amountNok === null ? t("measures.cost.unknownAmount") : t("common.nok", { amount: formatNumber(lang, c.amountNok) })}</Table.Cell>
                    <Table.Cell>{c.year ?? "–"}</Table.Cell>
                    <Table.Cell>{t(`measures.recurrence.${c.recurrence}` as MessageKey)}</Table.Cell>
                    <Table.Cell>{t(`measures.costType.${c.costType}` as MessageKey)}</Table.Cell>
                    <Table.Cell>{t(`measures.funding.${c.fundingSource}` as MessageKey)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </section>
      ) : null}
      <Paragraph data-size="sm">{t("public.measure.updated", { date: formatDateTime(lang, m.updatedAt) })}</Paragraph>
    </PublicLayout>
  );
}

export const ErrorBoundary = PublicErrorBoundary;
