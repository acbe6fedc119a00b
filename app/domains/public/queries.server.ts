/**
 * What the public plan page and open data show: only published measures, only public fields. Nothing here
 * reads users, e-mail addresses, history or internal notes; costs only when the municipality shows them.
 */
import { asc, desc, eq, sql } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { benefit } from "~/domains/benefits/index.server";
import { changeLog } from "~/domains/history/index.server";
import { goal, strategy } from "~/domains/plan/index.server";
import { measure, measureCost, measureGoal } from "~/domains/measures/index.server";
import { sector } from "~/domains/tenancy/index.server";
import { getBenefitSummary } from "~/domains/benefits/index.server";
import { buildMeasureWhere } from "~/domains/measures/index.server";
import type { TrafficLight } from "~/domains/reporting/index.server";
import type { MeasureStatus } from "~/domains/measures";
import { buildGoalTree, type TreeNode } from "~/domains/plan";
import type { PublicContext } from "./guard.server";
import type { PublicFilter } from "./schema";


export interface PublicStrategy {
  id: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  adoptedOn: string | null;
  caseReference: string | null;
  summary: string | null;
}

export interface PublicGoal {
  id: string;
  parentId: string | null;
  number: string;
  title: string;
}

export interface PublicMeasureRow {
  code: string;
  title: string;
  description: string | null;
  status: MeasureStatus;
  sectorName: string | null;
  startPeriod: string | null;
  endPeriod: string | null;
  userOriented: boolean;
  responsible: string | null;
  goalNumbers: string[];
  /** Sum of the known cost amounts; null when the municipality does not show costs. */
  knownCostNok: number | null;
  /** From the latest PUBLISHED status update (never a draft); null without one. */
  overall: TrafficLight | null;
  progressPercent: number | null;
  statusPeriod: string | null;
}

export interface PublicBenefitYear {
  year: number;
  plannedNok: number;
  realisedNok: number;
  plannedHours: number;
  realisedHours: number;
}

type Municipality = PublicContext["municipality"];

/** The strategy whose period covers this year, or else the one with the latest period. */
async function getCurrentStrategy({ municipalityId }: { municipalityId: string }): Promise<PublicStrategy | null> {
  const year = new Date().getFullYear();
  const [row] = await db()
    .select({
      id: strategy.id,
      title: strategy.title,
      periodFrom: strategy.periodFrom,
      periodTo: strategy.periodTo,
      adoptedOn: strategy.adoptedOn,
      caseReference: strategy.caseReference,
      summary: strategy.summary,
    })
    .from(strategy)
    .where(eq(strategy.municipalityId, municipalityId))
    .orderBy(sql`(${strategy.periodFrom} <= ${year} and ${strategy.periodTo} >= ${year}) desc`, desc(strategy.periodTo), desc(strategy.periodFrom))
    .limit(1);
  return row ?? null;
}

async function listStrategyGoals({ municipalityId, strategyId }: { municipalityId: string; strategyId: string }): Promise<PublicGoal[]> {
  return db()
    .select({ id: goal.id, parentId: goal.parentId, number: goal.number, title: goal.title })
    .from(goal)
    .where(scoped(goal, municipalityId, eq(goal.strategyId, strategyId)));
}

interface PublishedMeasureSqlRow extends Omit<PublicMeasureRow, "knownCostNok" | "progressPercent"> {
  knownCostNok: string | number | null;
  progressPercent: string | number | null;
}

/** A page of the list: `limit` measures from `offset`; null limit means all. */
export interface PublicListPage {
  limit: number | null;
  offset: number;
}

/**
 * Published measures matching the filter (full-text search as in the portfolio), sorted by sector and code. The page
 * (or all of them) is picked first; goals, costs and the latest PUBLISHED status update (one index probe, never a draft)
 * are then read for those rows only.
 */
export async function listPublishedMeasures({
  municipality,
  filter = {},
  page = { limit: null, offset: 0 },
}: {
  municipality: Municipality;
  filter?: Partial<PublicFilter>;
  page?: PublicListPage;
}): Promise<PublicMeasureRow[]> {
  const where = buildMeasureWhere({
    municipalityId: municipality.id,
    filter: { q: filter.q, sector: filter.sector ? [filter.sector] : [], status: filter.status ? [filter.status] : [], goal: filter.goal },
  });
  const mid = sql`${municipality.id}::uuid`;
  const costs = municipality.showCosts
    ? sql`(select sum(c.amount_nok) from ${measureCost} c where c.measure_id = m.id and c.municipality_id = ${mid})::bigint`
    : sql`null::bigint`;
  const result = (await db().execute(sql`
    with page as (
      select ${measure.id} as id, ${sector.sortOrder} as sector_sort, ${measure.code} as code
      from ${measure}
      left join ${sector} on ${sector.id} = ${measure.sectorId} and ${sector.municipalityId} = ${mid}
      where ${where} and ${measure.published}
      order by ${sector.sortOrder}, ${measure.code}
      ${page.limit === null ? sql`` : sql`limit ${page.limit} offset ${page.offset}`}
    )
    select m.code, m.title, m.description, m.status, s.name as "sectorName", m.start_period as "startPeriod", m.end_period as "endPeriod",
      m.user_oriented as "userOriented", m.responsible_text as "responsible",
      coalesce((select array_agg(g.number order by g.number) from ${measureGoal} mg join ${goal} g on g.id = mg.goal_id and g.municipality_id = ${mid}
        where mg.measure_id = m.id and mg.municipality_id = ${mid}), '{}') as "goalNumbers",
      ${costs} as "knownCostNok",
      ls.overall, ls.progress_percent as "progressPercent", ls.period_label as "statusPeriod"
    from page p
    join ${measure} m on m.id = p.id and m.municipality_id = ${mid}
    left join ${sector} s on s.id = m.sector_id and s.municipality_id = ${mid}
    left join lateral (
      select su.overall, su.progress_percent, su.period_label from status_update su
      where su.measure_id = m.id and su.municipality_id = ${mid} and su.published_at is not null
      order by su.published_at desc limit 1
    ) ls on true
    order by p.sector_sort, p.code`)) as unknown as { rows: PublishedMeasureSqlRow[] };
  return result.rows.map((row) => ({
    ...row,
    knownCostNok: row.knownCostNok === null ? null : Number(row.knownCostNok),
    progressPercent: row.progressPercent === null ? null : Number(row.progressPercent),
  }));
}

/** How many published measures match the filter, and how many are published in all, in one query. */
export async function countPublishedMeasures({ municipality, filter = {} }: { municipality: Municipality; filter?: Partial<PublicFilter> }): Promise<{ matching: number; total: number }> {
  const where = buildMeasureWhere({
    municipalityId: municipality.id,
    filter: { q: filter.q, sector: filter.sector ? [filter.sector] : [], status: filter.status ? [filter.status] : [], goal: filter.goal },
  });
  const result = (await db().execute(sql`
    select (count(*) filter (where ${where}))::int as matching, count(*)::int as total
    from ${measure} where ${measure.municipalityId} = ${municipality.id} and ${measure.published}`)) as unknown as { rows: Array<{ matching: number; total: number }> };
  const [row] = result.rows;
  return { matching: Number(row.matching), total: Number(row.total) };
}

/**
 * The last change to published data: a published measure, its benefits and published status updates, the
 * strategy and goals, and publishing or unpublishing a measure. Null when nothing is published yet.
 */
async function getLastUpdated({ municipalityId }: { municipalityId: string }): Promise<Date | null> {
  const m = sql`${municipalityId}::uuid`;
  const [row] = await db()
    .select({
      at: sql<string | null>`greatest(
        (select max(${measure.updatedAt}) from ${measure} where ${measure.municipalityId} = ${m} and ${measure.published}),
        (select max(b.updated_at) from ${benefit} b join ${measure} pm on pm.id = b.measure_id and pm.municipality_id = ${m} and pm.published where b.municipality_id = ${m}),
        (select max(${strategy.updatedAt}) from ${strategy} where ${strategy.municipalityId} = ${m}),
        (select max(${goal.updatedAt}) from ${goal} where ${goal.municipalityId} = ${m}),
        (select max(${changeLog.changedAt}) from ${changeLog} where ${changeLog.municipalityId} = ${m} and ${changeLog.entityType} = 'measure' and ${changeLog.field} = 'published'),
        (select max(su.published_at) from status_update su join ${measure} pm on pm.id = su.measure_id and pm.municipality_id = ${m} and pm.published where su.municipality_id = ${m})
      )`,
    })
    .from(sql`(select 1) as one`);
  return row?.at ? new Date(row.at) : null;
}

/** Planned against realised benefits of the published measures, per year of the strategy period. */
async function getPublicBenefits({ municipalityId, strategy: current }: { municipalityId: string; strategy: PublicStrategy | null }): Promise<PublicBenefitYear[]> {
  if (!current) return [];
  const summary = await getBenefitSummary({ municipalityId, fromYear: current.periodFrom, toYear: current.periodTo, publishedOnly: true });
  return summary.totals.map((t) => ({
    year: t.year,
    plannedNok: t.plannedNok,
    realisedNok: t.realisedNok,
    plannedHours: t.plannedHours,
    realisedHours: t.realisedHours,
  }));
}

export interface PublicPlan {
  strategy: PublicStrategy | null;
  goals: Array<TreeNode<PublicGoal>>;
  measures: PublicMeasureRow[];
  sectors: Array<{ id: string; name: string }>;
  benefits: PublicBenefitYear[];
  lastUpdated: Date | null;
}

/** Everything the public plan page (one page of measures) and open data (all of them) show, in a handful of queries. */
export async function getPublicPlan({ municipality, filter = {}, page }: { municipality: Municipality; filter?: Partial<PublicFilter>; page?: PublicListPage }): Promise<PublicPlan> {
  const municipalityId = municipality.id;
  const current = await getCurrentStrategy({ municipalityId });
  const [goals, measures, sectors, benefits, lastUpdated] = await Promise.all([
    current ? listStrategyGoals({ municipalityId, strategyId: current.id }) : Promise.resolve([]),
    listPublishedMeasures({ municipality, filter, page }),
    db()
      .select({ id: sector.id, name: sector.name })
      .from(sector)
      .where(eq(sector.municipalityId, municipalityId))
      .orderBy(asc(sector.sortOrder), asc(sector.name)),
    getPublicBenefits({ municipalityId, strategy: current }),
    getLastUpdated({ municipalityId }),
  ]);
  return { strategy: current, goals: buildGoalTree(goals), measures, sectors, benefits, lastUpdated };
}

export interface PublicMeasureDetail extends Omit<PublicMeasureRow, "goalNumbers" | "knownCostNok" | "overall" | "progressPercent" | "statusPeriod"> {
  completedOn: string | null;
  dropReason: string | null;
  benefitsCitizens: string | null;
  benefitsEmployees: string | null;
  benefitsQuantitative: string | null;
  updatedAt: Date;
  goals: Array<{ number: string; title: string }>;
  /** Null when the municipality does not show costs. */
  costs: Array<{ amountNok: number | null; year: number | null; recurrence: string; costType: string; fundingSource: string }> | null;
}

/** A published measure by its code (case-insensitive); null for unknown and unpublished measures. */
export async function getPublishedMeasure({ municipality, code }: { municipality: Municipality; code: string }): Promise<PublicMeasureDetail | null> {
  const [row] = await db()
    .select({
      id: measure.id,
      code: measure.code,
      title: measure.title,
      description: measure.description,
      status: measure.status,
      sectorName: sector.name,
      startPeriod: measure.startPeriod,
      endPeriod: measure.endPeriod,
      userOriented: measure.userOriented,
      responsible: measure.responsibleText,
      completedOn: measure.completedOn,
      dropReason: measure.dropReason,
      benefitsCitizens: measure.benefitsCitizens,
      benefitsEmployees: measure.benefitsEmployees,
      benefitsQuantitative: measure.benefitsQuantitative,
      updatedAt: measure.updatedAt,
    })
    .from(measure)
    .leftJoin(sector, byId(sector, { municipalityId: municipality.id, id: measure.sectorId }))
    .where(scoped(measure, municipality.id, eq(measure.published, true), sql`upper(${measure.code}) = upper(${code})`))
    .limit(1);
  if (!row) return null;
  const { id, ...fields } = row;
  const [goals, costs] = await Promise.all([
    db()
      .select({ number: goal.number, title: goal.title })
      .from(measureGoal)
      .innerJoin(goal, byId(goal, { municipalityId: municipality.id, id: measureGoal.goalId }))
      .where(scoped(measureGoal, municipality.id, eq(measureGoal.measureId, id)))
      .orderBy(asc(goal.number)),
    municipality.showCosts
      ? db()
          .select({
            amountNok: measureCost.amountNok,
            year: measureCost.year,
            recurrence: measureCost.recurrence,
            costType: measureCost.costType,
            fundingSource: measureCost.fundingSource,
          })
          .from(measureCost)
          .where(scoped(measureCost, municipality.id, eq(measureCost.measureId, id)))
          .orderBy(asc(measureCost.sortOrder))
      : Promise.resolve(null),
  ]);
  return { ...fields, goals, costs };
}
