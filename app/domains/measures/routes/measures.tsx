import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/measures";
import { MeasuresErrorBoundary } from "~/domains/measures/ui/page";
import { metaTitle } from "~/kit/ui/meta";
import { DownloadLinks, filterQuery } from "~/kit/ui/download-links";
import { FilterForm, PortfolioPagination, PortfolioTable } from "~/domains/measures/ui/portfolio";
import { useT } from "~/kit/ui/page-context";
import type { MessageKey } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { can } from "~/kit/permissions";
import { parseMeasureFilter } from "~/domains/measures/form";
import { listGoalOptions, listMeasures, listMergedTargets } from "~/domains/measures/queries.server";
import { listSectors } from "~/domains/tenancy/index.server";
import { withLoader } from "~/kit/http.server";

const FILTER_LABELS: Record<string, MessageKey> = {
  q: "measures.filter.q",
  sector: "measures.filter.sector",
  status: "measures.filter.status",
  goal: "measures.filter.goal",
  year: "measures.filter.year",
  userOriented: "measures.filter.userOriented",
  responsible: "measures.filter.responsible",
  sort: "measures.sort.label",
  dir: "measures.sort.dir",
  page: "measures.pagination",
  pageSize: "measures.pagination",
};

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const { filter, invalid } = parseMeasureFilter(new URL(request.url).searchParams);
  const [list, sectors, goals] = await Promise.all([
    listMeasures({ municipalityId, filter }),
    listSectors({ municipalityId }),
    listGoalOptions({ municipalityId }),
  ]);
  const merged = await listMergedTargets({ municipalityId, ids: list.rows.filter((r) => r.status === "merged").map((r) => r.id) });
  return {
    rows: list.rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      status: r.status,
      sectorName: r.sectorName,
      responsible: r.responsible,
      userOriented: r.userOriented,
      priority: r.priority,
      startPeriod: r.startPeriod,
      endPeriod: r.endPeriod,
      knownCostNok: r.knownCostNok,
      mergedInto: merged.get(r.id) ?? null,
    })),
    total: list.total,
    page: list.page,
    pageCount: list.pageCount,
    sort: filter.sort ?? (filter.q ? "relevance" : "code"),
    dir: filter.dir ?? (filter.sort === "updated" ? "desc" : "asc"),
    invalid,
    sectors: sectors.map((s) => ({ id: s.id, name: s.name })),
    goals: goals.map((g) => ({ id: g.id, number: g.number, title: g.title })),
    canCreate: can(context.principal, "measures.propose"),
  };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("measures.portfolio"));

export default function Measures() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const invalidLabels = [...new Set(data.invalid.map((key) => t(FILTER_LABELS[key] ?? "measures.filter.title")))];
  return (
    <div className="stack">
      <div className="measure-header">
        <Heading level={1} data-size="lg">
          {t("measures.portfolio")}
        </Heading>
        {data.canCreate ? (
          <Button asChild>
            <Link to="/measures/new">{t("measures.new")}</Link>
          </Button>
        ) : null}
      </div>
      <FilterForm key={params.toString()} params={params} sectors={data.sectors} goals={data.goals} />
      {invalidLabels.length > 0 ? <Alert data-color="warning">{t("measures.filter.ignored", { fields: invalidLabels.join(", ") })}</Alert> : null}
      <Paragraph role="status">
        {t("measures.count", { count: data.total })}
        {data.pageCount > 1 ? ` – ${t("measures.page", { page: data.page, pageCount: data.pageCount })}` : null}
      </Paragraph>
      {data.rows.length === 0 ? (
        <Paragraph>{data.total > 0 ? t("measures.pageOutOfRange") : t("measures.empty")}</Paragraph>
      ) : (
        <PortfolioTable
          rows={data.rows}
          active={{ sort: data.sort, dir: data.dir }}
          params={params}
          caption={t("measures.table.caption", { count: data.total, page: data.page, pageCount: data.pageCount })}
        />
      )}
      <PortfolioPagination page={data.page} pageCount={data.pageCount} params={params} />
      <DownloadLinks
        id="measures-export"
        title="exports.measures.title"
        description="exports.measures.description"
        base="/api/v1/measures/export"
        query={filterQuery(params)}
      />
      <DownloadLinks id="status-history-export" title="exports.statusHistory.title" base="/api/v1/status-updates/export" />
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
