import { Button, Field, Heading, Input, Label, Link as DsLink, Paragraph, Select, Table } from "@digdir/designsystemet-react";
import { data, Form, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/kommune.$kommunenummer";
import { periodRangeLabel, statusLabel } from "~/domains/measures/ui";
import { PortfolioPagination } from "~/domains/measures/ui";
import { StatusTag } from "~/domains/measures/ui";
import { PublicErrorBoundary, PublicLayout } from "~/domains/public/ui/public-layout";
import { TrafficLight } from "~/domains/reporting/ui";
import { useLang, useT } from "~/kit/ui/page-context";
import { createTranslator, formatDate, formatDateTime, formatNumber } from "~/kit/i18n";
import { MEASURE_STATUSES } from "~/domains/measures";
import { flattenGoalTree } from "~/domains/plan";
import { requirePublicContext } from "~/domains/public/guard.server";
import { PUBLIC_PAGE_HANDLE, publicMeasurePath } from "~/domains/public/paths";
import { countPublishedMeasures, getPublicPlan } from "~/domains/public/queries.server";
import { parsePublicFilter, parsePublicPage } from "~/domains/public/schema";
import { AppError } from "~/kit/errors";
import { withLoader } from "~/kit/http.server";

export const handle = PUBLIC_PAGE_HANDLE;

/** Measures per page of the public list; "show all" and the print view show every one. */
const PUBLIC_PAGE_SIZE = 50;

/** The public plan page: no login, the same for every visitor, 404 until the municipality opts in. */
export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const { municipality } = await requirePublicContext({ code: params.kommunenummer });
  const url = new URL(request.url);
  const filter = parsePublicFilter(url.searchParams);
  const print = url.searchParams.get("print") === "1";
  const all = print || url.searchParams.get("all") === "1";
  const page = parsePublicPage(url.searchParams);
  const [plan, counts] = await Promise.all([
    getPublicPlan({ municipality, filter, page: all ? { limit: null, offset: 0 } : { limit: PUBLIC_PAGE_SIZE, offset: (page - 1) * PUBLIC_PAGE_SIZE } }),
    countPublishedMeasures({ municipality, filter }),
  ]);
  const pageCount = Math.max(1, Math.ceil(counts.matching / PUBLIC_PAGE_SIZE));
  if (!all && page > pageCount) throw new AppError("not_found");
  // Only what the table shows goes to the page (and into its hydration data).
  const measures = plan.measures.map((m) => ({
    code: m.code,
    title: m.title,
    status: m.status,
    sectorName: m.sectorName,
    startPeriod: m.startPeriod,
    endPeriod: m.endPeriod,
    goalNumbers: m.goalNumbers,
    overall: m.overall,
    progressPercent: m.progressPercent,
    knownCostNok: m.knownCostNok,
  }));
  return data(
    {
      publicLang: municipality.language,
      municipality: {
        code: municipality.code,
        name: municipality.name,
        showCosts: municipality.showCosts,
        accessibilityStatementUrl: municipality.accessibilityStatementUrl,
      },
      filter,
      print,
      paging: { all, page: all ? 1 : page, pageCount, first: all ? 1 : (page - 1) * PUBLIC_PAGE_SIZE + 1 },
      plan: { ...plan, measures, lastUpdated: plan.lastUpdated?.toISOString() ?? null },
      count: counts.matching,
      total: counts.total,
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
  return [{ title: t("public.title", { municipality: loaderData.municipality.name }) }];
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function PublicPlanPage() {
  const t = useT();
  const lang = useLang();
  const { municipality, plan, filter, print, paging, count, total } = useLoaderData<typeof loader>();
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const printQuery = new URLSearchParams(query);
  printQuery.set("print", "1");
  return (
    <PublicLayout municipality={municipality} print={print}>
      <div className="stack">
        <Heading level={1} data-size="xl">
          {t("public.title", { municipality: municipality.name })}
        </Heading>
        {plan.lastUpdated ? <Paragraph data-size="sm">{t("public.lastUpdated", { date: formatDateTime(lang, plan.lastUpdated) })}</Paragraph> : null}
        <div className="public-actions public-noprint">
          <DsLink asChild>
            <Link to={`?${printQuery.toString()}`}>{t("public.print")}</Link>
          </DsLink>
        </div>
        {print ? (
          <div className="public-actions">
            <DsLink asChild>
              <Link to={query.size > 0 ? `?${query.toString()}` : "."} className="public-print-back">
                {t("public.print.back")}
              </Link>
            </DsLink>
          </div>
        ) : null}
      </div>
      <StrategySection strategy={plan.strategy} goals={plan.goals} />
      <MeasuresSection view={{ municipality, plan, filter, print, paging, count, total }} />
      <BenefitsSection benefits={plan.benefits} />
    </PublicLayout>
  );
}

function StrategySection({ strategy, goals }: { strategy: LoaderData["plan"]["strategy"]; goals: LoaderData["plan"]["goals"] }) {
  const t = useT();
  const lang = useLang();
  if (!strategy) {
    return (
      <section className="stack" aria-labelledby="strategy-heading">
        <Heading level={2} data-size="md" id="strategy-heading">
          {t("public.strategy.heading")}
        </Heading>
        <Paragraph>{t("public.strategy.none")}</Paragraph>
      </section>
    );
  }
  return (
    <section className="stack" aria-labelledby="strategy-heading">
      <Heading level={2} data-size="md" id="strategy-heading">
        {strategy.title}
      </Heading>
      <Paragraph>{t("public.strategy.period", { from: strategy.periodFrom, to: strategy.periodTo })}</Paragraph>
      {strategy.adoptedOn ? <Paragraph>{t("public.strategy.adopted", { date: formatDate(lang, `${strategy.adoptedOn}T12:00:00Z`) })}</Paragraph> : null}
      {strategy.caseReference ? <Paragraph>{t("public.strategy.caseReference", { reference: strategy.caseReference })}</Paragraph> : null}
      {strategy.summary ? <Paragraph className="pre-line">{strategy.summary}</Paragraph> : null}
      <Heading level={3} data-size="sm" id="goals-heading">
        {t("public.goals.heading")}
      </Heading>
      {goals.length === 0 ? <Paragraph>{t("public.goals.empty")}</Paragraph> : <GoalList nodes={goals} labelledBy="goals-heading" />}
    </section>
  );
}

function GoalList({ nodes, labelledBy }: { nodes: LoaderData["plan"]["goals"]; labelledBy?: string }) {
  return (
    <ul className="public-goals" aria-labelledby={labelledBy}>
      {nodes.map((node) => (
        <li key={node.id}>
          {node.number} {node.title}
          {node.children.length > 0 ? <GoalList nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

function MeasuresSection({
  view: { municipality, plan, filter, print, paging, count, total },
}: {
  view: Pick<LoaderData, "municipality" | "plan" | "filter" | "print" | "paging" | "count" | "total">;
}) {
  const t = useT();
  const lang = useLang();
  const goals = flattenGoalTree(plan.goals);
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const allQuery = new URLSearchParams(query);
  allQuery.set("all", "1");
  return (
    <section className="stack" aria-labelledby="measures-heading">
      <Heading level={2} data-size="md" id="measures-heading">
        {t("public.measures.heading")}
      </Heading>
      {print ? null : (
        <Form method="get" className="stack public-noprint" aria-labelledby="filter-heading">
          <Heading level={3} data-size="xs" id="filter-heading">
            {t("public.filter.heading")}
          </Heading>
          <div className="public-filter">
            <Field>
              <Label htmlFor="filter-q">{t("public.filter.q")}</Label>
              <Input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} />
            </Field>
            <Field>
              <Label htmlFor="filter-sector">{t("public.filter.sector")}</Label>
              <Select id="filter-sector" name="sector" defaultValue={filter.sector ?? ""}>
                <Select.Option value="">{t("public.filter.all")}</Select.Option>
                {plan.sectors.map((s) => (
                  <Select.Option key={s.id} value={s.id}>
                    {s.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor="filter-status">{t("public.filter.status")}</Label>
              <Select id="filter-status" name="status" defaultValue={filter.status ?? ""}>
                <Select.Option value="">{t("public.filter.all")}</Select.Option>
                {MEASURE_STATUSES.map((s) => (
                  <Select.Option key={s} value={s}>
                    {statusLabel(t, s)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor="filter-goal">{t("public.filter.goal")}</Label>
              <Select id="filter-goal" name="goal" defaultValue={filter.goal ?? ""}>
                <Select.Option value="">{t("public.filter.all")}</Select.Option>
                {goals.map(({ node }) => (
                  <Select.Option key={node.id} value={node.id}>
                    {`${node.number} ${node.title}`}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <div>
              <Button type="submit">{t("public.filter.submit")}</Button>
            </div>
          </div>
          {total !== count ? (
            <Paragraph>
              <DsLink asChild>
                <Link to=".">{t("public.filter.reset")}</Link>
              </DsLink>
            </Paragraph>
          ) : null}
        </Form>
      )}
      <Paragraph role="status">{t("public.measures.count", { count, total })}</Paragraph>
      {paging.pageCount > 1 && !print ? (
        <Paragraph className="public-noprint">
          {paging.all ? null : `${t("public.measures.page", { page: paging.page, pages: paging.pageCount, from: paging.first, to: paging.first + plan.measures.length - 1 })} `}
          <DsLink asChild>
            <Link to={paging.all ? (query.size > 0 ? `?${query.toString()}` : ".") : `?${allQuery.toString()}`}>
              {paging.all ? t("public.measures.paged") : t("public.measures.showAll", { count })}
            </Link>
          </DsLink>
        </Paragraph>
      ) : null}
      {plan.measures.length === 0 ? (
        <Paragraph>{t("public.measures.empty")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra data-size="sm" className="public-measures">
            <caption className="visually-hidden">{t("public.measures.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("public.col.code")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.col.title")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.col.status")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.col.sector")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.col.period")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.col.goals")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.col.overall")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.col.progress")}</Table.HeaderCell>
                {municipality.showCosts ? <Table.HeaderCell scope="col">{t("public.col.cost")}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {plan.measures.map((m) => (
                <Table.Row key={m.code}>
                  <Table.Cell>{m.code}</Table.Cell>
                  <Table.Cell>
                    <DsLink asChild>
                      <Link to={publicMeasurePath(municipality.code, m.code)}>{m.title}</Link>
                    </DsLink>
                  </Table.Cell>
                  <Table.Cell>
                    <StatusTag status={m.status} />
                  </Table.Cell>
                  <Table.Cell>{m.sectorName ?? "–"}</Table.Cell>
                  <Table.Cell>{periodRangeLabel(lang, m.startPeriod, m.endPeriod) || "–"}</Table.Cell>
                  <Table.Cell>{m.goalNumbers.length > 0 ? m.goalNumbers.join(", ") : "–"}</Table.Cell>
                  <Table.Cell>
                    <TrafficLight light={m.overall} />
                  </Table.Cell>
                  <Table.Cell>{m.progressPercent === null ? t("public.progress.none") : t("public.progress", { percent: formatNumber(lang, m.progressPercent) })}</Table.Cell>
                  {municipality.showCosts ? (
                    <Table.Cell>{m.knownCostNok === null ? "–" : t("common.nok", { amount: formatNumber(lang, m.knownCostNok) })}</Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {paging.all ? null : <PortfolioPagination page={paging.page} pageCount={paging.pageCount} params={query} />}
    </section>
  );
}

function BenefitsSection({ benefits }: { benefits: LoaderData["plan"]["benefits"] }) {
  const t = useT();
  const lang = useLang();
  const hasAny = benefits.some((b) => b.plannedNok !== 0 || b.realisedNok !== 0 || b.plannedHours !== 0 || b.realisedHours !== 0);
  return (
    <section className="stack" aria-labelledby="benefits-heading">
      <Heading level={2} data-size="md" id="benefits-heading">
        {t("public.benefits.heading")}
      </Heading>
      <Paragraph>{t("public.benefits.intro")}</Paragraph>
      {hasAny ? (
        <div className="table-wrap">
          <Table zebra data-size="sm">
            <caption>{t("public.benefits.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("public.benefits.year")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.benefits.plannedNok")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.benefits.realisedNok")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.benefits.plannedHours")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("public.benefits.realisedHours")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {benefits.map((b) => (
                <Table.Row key={b.year}>
                  <Table.HeaderCell scope="row">{b.year}</Table.HeaderCell>
                  <Table.Cell>{formatNumber(lang, b.plannedNok)}</Table.Cell>
                  <Table.Cell>{formatNumber(lang, b.realisedNok)}</Table.Cell>
                  <Table.Cell>{formatNumber(lang, b.plannedHours)}</Table.Cell>
                  <Table.Cell>{formatNumber(lang, b.realisedHours)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : (
        <Paragraph>{t("public.benefits.empty")}</Paragraph>
      )}
    </section>
  );
}

export const ErrorBoundary = PublicErrorBoundary;
