/**
 * Collects the data of the council report (rapport til kommunestyret), for a reporting round or a calendar year.
 *
 * Where the portfolio comes from:
 *   - a closed round: its snapshot (code, title, sector, measure status and overall traffic light as frozen when the
 *     round closed); drop reasons, completion dates and planned end years are not in the snapshot and are read from
 *     the measure where it still exists;
 *   - an open round or a year: the live portfolio, with the newest published status update of each measure.
 * The report year is the year asked for, or for a round the year of its deadline. The strategy period is that of the
 * strategy covering the report year (only the report year when there is none).
 *
 * Rules:
 *   - Completed and dropped measures: for a round every completed or dropped measure of the portfolio; for a year
 *     those completed (completion date, else status change) or dropped (status change) in that year.
 *   - Funds: planned against used per funding source, from the measures' cost lines (planned amount, and the amount
 *     used so far on the line; a line without a reported use counts as 0 used). Cost lines of dropped and merged
 *     measures are left out; a line counts in its year. Cost lines are always live data (not in the snapshot).
 *   - Benefits: planned against realised per year of the strategy period, from getBenefitSummary (always live data:
 *     benefits are not part of the snapshot).
 *   - A measure needs a decision when it is open (idea … in progress) and: its overall status is red; or it is an
 *     idea or a proposal awaiting prioritisation; or its planned end year is before the report year (overdue).
 * All counts and sums are computed in the database.
 */
import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "~/kit/db.server";
import type { TrafficLight } from "~/domains/reporting/index.server";
import type { Lang } from "~/kit/i18n";
import { getCurrentStrategy, strategyRange } from "~/domains/benefits/index.server";
import { getBenefitSummary } from "~/domains/benefits/index.server";
import { FUNDING_SOURCES, MEASURE_STATUSES, type MeasureStatus } from "~/domains/measures";
import { getRoundById } from "~/domains/reporting/index.server";
import { AppError } from "~/kit/errors";

export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const DECISION_REASONS = ["red_status", "awaiting_priority", "overdue"] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];

export interface ReportMeasure {
  code: string;
  title: string;
  sectorName: string | null;
}

export interface CouncilReportData {
  lang: Lang;
  municipalityName: string;
  strategy: { title: string; periodFrom: number; periodTo: number } | null;
  scope: { kind: "round"; title: string; state: "open" | "closed"; closedAt: string | null } | { kind: "year" };
  source: "snapshot" | "live";
  year: number;
  period: { fromYear: number; toYear: number };
  summary: {
    measures: number;
    active: number;
    inProgress: number;
    completed: number;
    dropped: number;
    red: number;
    needDecision: number;
    plannedFundsPeriodNok: number;
    usedFundsPeriodNok: number;
    benefitsPlannedNok: number;
    benefitsRealisedNok: number;
  };
  byStatus: Array<{ status: MeasureStatus; count: number }>;
  bySector: Array<{ sectorName: string | null; total: number; active: number; completed: number; dropped: number }>;
  completed: Array<ReportMeasure & { completedOn: string | null }>;
  dropped: Array<ReportMeasure & { reason: string | null }>;
  funding: Array<{ fundingSource: FundingSource; yearNok: number; yearUsedNok: number; periodNok: number; periodUsedNok: number; unknownLines: number }>;
  benefits: Array<{ year: number; plannedNok: number; realisedNok: number; plannedHours: number; realisedHours: number }>;
  decisions: Array<ReportMeasure & { status: MeasureStatus; overall: TrafficLight | null; reasons: DecisionReason[] }>;
}

const OPEN = sql.raw(`('idea','proposed','prioritised','planned','in_progress')`);

/** The portfolio as CTE `p`: from a closed round's snapshot, or live. */
function portfolioCte(municipalityId: string, snapshotRoundId: string | null): SQL {
  if (snapshotRoundId) {
    return sql`with p as (
      select sr.measure_id, sr.data->>'code' as code, sr.data->>'title' as title, sr.data->>'sectorName' as sector_name,
        s.sort_order as sector_sort, sr.data->>'status' as status, sr.data->>'overall' as overall,
        m.end_year, m.completed_on, m.drop_reason, m.status_changed_at
      from snapshot_row sr
      left join measure m on m.id = sr.measure_id and m.municipality_id = sr.municipality_id
      left join sector s on s.id = (sr.data->>'sectorId')::uuid and s.municipality_id = sr.municipality_id
      where sr.round_id = ${snapshotRoundId} and sr.municipality_id = ${municipalityId})`;
  }
  return sql`with p as (
    select m.id as measure_id, m.code, m.title, s.name as sector_name, s.sort_order as sector_sort, m.status, ls.overall,
      m.end_year, m.completed_on, m.drop_reason, m.status_changed_at
    from measure m
    left join sector s on s.id = m.sector_id and s.municipality_id = m.municipality_id
    left join lateral (
      select su.overall from status_update su
      where su.measure_id = m.id and su.municipality_id = m.municipality_id and su.published_at is not null
      order by su.published_at desc limit 1
    ) ls on true
    where m.municipality_id = ${municipalityId})`;
}

/** The SQL expression listing why a portfolio row needs a decision (empty array when it does not). */
function decisionReasons(year: number): SQL {
  return sql`array_remove(array[
    case when p.status in ${OPEN} and p.overall = 'red' then 'red_status' end,
    case when p.status in ('idea','proposed') then 'awaiting_priority' end,
    case when p.status in ${OPEN} and p.end_year < ${year}::int then 'overdue' end
  ]::text[], null)`;
}

async function getMunicipality(municipalityId: string): Promise<{ name: string; language: Lang }> {
  const [row] = await rowsOf<{ name: string; language: Lang }>(sql`select name, language from municipality where id = ${municipalityId}`);
  if (!row) throw new AppError("not_found");
  return row;
}

/** Assembles the council report of a reporting round (its snapshot when closed, live data when open). */
export async function assembleRoundReport({ municipalityId, roundId }: { municipalityId: string; roundId: string }): Promise<CouncilReportData> {
  const round = await getRoundById({ municipalityId, id: roundId });
  return assemble({
    municipalityId,
    year: Number(round.deadline.slice(0, 4)),
    snapshotRoundId: round.state === "closed" ? round.id : null,
    scope: { kind: "round", title: round.title, state: round.state, closedAt: round.closedAt },
  });
}

/** Assembles the council report of a calendar year, from live data. */
export async function assembleYearReport({ municipalityId, year }: { municipalityId: string; year: number }): Promise<CouncilReportData> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError("not_found");
  return assemble({ municipalityId, year, snapshotRoundId: null, scope: { kind: "year" } });
}

async function assemble({
  municipalityId,
  year,
  snapshotRoundId,
  scope,
}: {
  municipalityId: string;
  year: number;
  snapshotRoundId: string | null;
  scope: CouncilReportData["scope"];
}): Promise<CouncilReportData> {
  const [municipality, strategy] = await Promise.all([getMunicipality(municipalityId), getCurrentStrategy({ municipalityId, year })]);
  const period = strategy ? strategyRange(strategy) : { fromYear: year, toYear: year };
  const p = portfolioCte(municipalityId, snapshotRoundId);
  const closedYear = sql`coalesce(extract(year from p.completed_on), extract(year from p.status_changed_at at time zone 'Europe/Oslo'))::int`;
  const inYear = scope.kind === "round" ? sql`true` : sql`${closedYear} = ${year}::int`;
  const fundingOrder = sql`array_position(array[${sql.join(
    FUNDING_SOURCES.map((f) => sql`${f}`),
    sql`, `,
  )}]::text[], c.funding_source)`;

  const [statusRows, sectorRows, listRows, fundingRows, benefitSummary] = await Promise.all([
    rowsOf<{ status: MeasureStatus; count: number; red: number; need_decision: number }>(sql`${p}
      select p.status, count(*)::int as count,
        (count(*) filter (where p.status in ${OPEN} and p.overall = 'red'))::int as red,
        (count(*) filter (where cardinality(${decisionReasons(year)}) > 0))::int as need_decision
      from p group by p.status`),
    rowsOf<{ sector_name: string | null; total: number; active: number; completed: number; dropped: number }>(sql`${p}
      select p.sector_name, count(*)::int as total,
        (count(*) filter (where p.status in ${OPEN}))::int as active,
        (count(*) filter (where p.status = 'completed'))::int as completed,
        (count(*) filter (where p.status = 'dropped'))::int as dropped
      from p group by p.sector_name, p.sector_sort order by p.sector_sort nulls last, p.sector_name nulls last`),
    rowsOf<{
      kind: "completed" | "dropped" | "decision";
      code: string;
      title: string;
      sector_name: string | null;
      status: MeasureStatus;
      overall: TrafficLight | null;
      completed_on: string | Date | null;
      drop_reason: string | null;
      reasons: DecisionReason[];
    }>(sql`${p}
      select l.* from (
        select 'completed' as kind, p.*, '{}'::text[] as reasons from p where p.status = 'completed' and ${inYear}
        union all
        select 'dropped', p.*, '{}'::text[] from p where p.status = 'dropped' and ${inYear}
        union all
        select 'decision', p.*, ${decisionReasons(year)} from p where cardinality(${decisionReasons(year)}) > 0
      ) l order by l.kind, l.code`),
    rowsOf<{
      funding_source: FundingSource;
      year_nok: string;
      year_used_nok: string;
      period_nok: string;
      period_used_nok: string;
      unknown_lines: number;
    }>(sql`${p}
      select c.funding_source,
        coalesce(sum(c.amount_nok) filter (where c.year = ${year}::int), 0) as year_nok,
        coalesce(sum(c.used_nok) filter (where c.year = ${year}::int), 0) as year_used_nok,
        coalesce(sum(c.amount_nok) filter (where c.year between ${period.fromYear}::int and ${period.toYear}::int), 0) as period_nok,
        coalesce(sum(c.used_nok) filter (where c.year between ${period.fromYear}::int and ${period.toYear}::int), 0) as period_used_nok,
        (count(*) filter (where c.amount_nok is null and c.year between ${period.fromYear}::int and ${period.toYear}::int))::int as unknown_lines
      from p join measure_cost c on c.measure_id = p.measure_id and c.municipality_id = ${municipalityId}
      where p.status not in ('dropped', 'merged')
      group by c.funding_source order by ${fundingOrder}`),
    getBenefitSummary({ municipalityId, fromYear: period.fromYear, toYear: period.toYear }),
  ]);

  const countOf = (status: MeasureStatus) => Number(statusRows.find((r) => r.status === status)?.count ?? 0);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const benefits = benefitSummary.totals.map((t) => ({
    year: t.year,
    plannedNok: t.plannedNok,
    realisedNok: t.realisedNok,
    plannedHours: t.plannedHours,
    realisedHours: t.realisedHours,
  }));
  const funding = fundingRows.map((r) => ({
    fundingSource: r.funding_source,
    yearNok: Number(r.year_nok),
    yearUsedNok: Number(r.year_used_nok),
    periodNok: Number(r.period_nok),
    periodUsedNok: Number(r.period_used_nok),
    unknownLines: Number(r.unknown_lines),
  }));
  const measureOf = (r: (typeof listRows)[number]): ReportMeasure => ({ code: r.code, title: r.title, sectorName: r.sector_name });

  return {
    lang: municipality.language,
    municipalityName: municipality.name,
    strategy: strategy ? { title: strategy.title, periodFrom: strategy.periodFrom, periodTo: strategy.periodTo } : null,
    scope,
    source: snapshotRoundId ? "snapshot" : "live",
    year,
    period,
    summary: {
      measures: sum(statusRows.map((r) => Number(r.count))),
      active: sum(["idea", "proposed", "prioritised", "planned", "in_progress"].map((s) => countOf(s as MeasureStatus))),
      inProgress: countOf("in_progress"),
      completed: countOf("completed"),
      dropped: countOf("dropped"),
      red: sum(statusRows.map((r) => Number(r.red))),
      needDecision: sum(statusRows.map((r) => Number(r.need_decision))),
      plannedFundsPeriodNok: sum(funding.map((f) => f.periodNok)),
      usedFundsPeriodNok: sum(funding.map((f) => f.periodUsedNok)),
      benefitsPlannedNok: sum(benefits.map((b) => b.plannedNok)),
      benefitsRealisedNok: sum(benefits.map((b) => b.realisedNok)),
    },
    byStatus: MEASURE_STATUSES.map((status) => ({ status, count: countOf(status) })),
    bySector: sectorRows.map((r) => ({
      sectorName: r.sector_name,
      total: Number(r.total),
      active: Number(r.active),
      completed: Number(r.completed),
      dropped: Number(r.dropped),
    })),
    completed: listRows
      .filter((r) => r.kind === "completed")
      .map((r) => ({ ...measureOf(r), completedOn: r.completed_on === null ? null : isoDate(r.completed_on) })),
    dropped: listRows.filter((r) => r.kind === "dropped").map((r) => ({ ...measureOf(r), reason: r.drop_reason })),
    funding,
    benefits,
    decisions: listRows.filter((r) => r.kind === "decision").map((r) => ({ ...measureOf(r), status: r.status, overall: r.overall, reasons: r.reasons })),
  };
}

function isoDate(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
