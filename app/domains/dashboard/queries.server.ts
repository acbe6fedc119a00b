import { asc, eq, gte, isNull, lte, notInArray, type SQL, sql } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { goal, strategy } from "~/domains/plan/index.server";
import { measure, measureCost, measureGoal } from "~/domains/measures/index.server";
import { sector } from "~/domains/tenancy/index.server";
import { FUNDING_SOURCES, MEASURE_STATUSES, type MeasureStatus } from "~/domains/measures";

export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Statuses left out of the cost, share and goal coverage figures: the measure will not be carried out as such. */
export const EXCLUDED_STATUSES = ["dropped", "merged"] as const satisfies readonly MeasureStatus[];

export type StatusCounts = Record<MeasureStatus, number>;

function zeroCounts(): StatusCounts {
  return Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** One `count(...) filter (where status = …)` column per status. */
function countsByStatusColumns(): Record<MeasureStatus, SQL.Aliased<number>> {
  return Object.fromEntries(
    MEASURE_STATUSES.map((s) => [s, sql<number>`(count(${measure.id}) filter (where ${measure.status} = ${s}))::int`.as(`n_${s}`)]),
  ) as Record<MeasureStatus, SQL.Aliased<number>>;
}

function pickCounts(row: Record<string, unknown>): StatusCounts {
  const counts = zeroCounts();
  for (const s of MEASURE_STATUSES) counts[s] = Number(row[s] ?? 0);
  return counts;
}

export interface StatusCount {
  status: MeasureStatus;
  count: number;
}

/** Number of measures per status, every status included (zeros too), in flow order. */
export async function getStatusCounts({ municipalityId }: { municipalityId: string }): Promise<StatusCount[]> {
  const rows = await db()
    .select({ status: measure.status, count: sql<number>`count(*)::int` })
    .from(measure)
    .where(eq(measure.municipalityId, municipalityId))
    .groupBy(measure.status);
  const counts = zeroCounts();
  for (const row of rows) counts[row.status] = Number(row.count);
  return MEASURE_STATUSES.map((status) => ({ status, count: counts[status] }));
}

export interface SectorStatusCounts {
  /** Null for measures without a sector. */
  sectorId: string | null;
  sectorName: string | null;
  counts: StatusCounts;
  total: number;
}

/**
 * Measures per sector and status: every sector of the municipality (also those without measures) in the
 * sectors' sort order, then one row for measures without a sector when there are any.
 */
export async function getSectorStatusCounts({ municipalityId }: { municipalityId: string }): Promise<SectorStatusCounts[]> {
  const [bySector, [withoutSector]] = await Promise.all([
    db()
      .select({
        sectorId: sector.id,
        sectorName: sector.name,
        total: sql<number>`count(${measure.id})::int`,
        ...countsByStatusColumns(),
      })
      .from(sector)
      .leftJoin(measure, scoped(measure, municipalityId, eq(measure.sectorId, sector.id)))
      .where(eq(sector.municipalityId, municipalityId))
      .groupBy(sector.id, sector.name, sector.sortOrder)
      .orderBy(asc(sector.sortOrder), asc(sector.name)),
    db()
      .select({ total: sql<number>`count(${measure.id})::int`, ...countsByStatusColumns() })
      .from(measure)
      .where(scoped(measure, municipalityId, isNull(measure.sectorId))),
  ]);
  const rows: SectorStatusCounts[] = bySector.map((row) => ({
    sectorId: row.sectorId,
    sectorName: row.sectorName,
    counts: pickCounts(row),
    total: Number(row.total),
  }));
  if (withoutSector && Number(withoutSector.total) > 0) {
    rows.push({ sectorId: null, sectorName: null, counts: pickCounts(withoutSector), total: Number(withoutSector.total) });
  }
  return rows;
}

export interface CostByYearAndFunding {
  /** The cost line's year; null when the line has no year. */
  year: number | null;
  fundingSource: FundingSource;
  /** Sum of the known amounts (NOK). */
  amountNok: number;
  /** Number of cost lines whose amount is unknown (not in amountNok). */
  unknownCount: number;
}

const fundingOrder = sql`array_position(array[${sql.join(
  FUNDING_SOURCES.map((f) => sql`${f}`),
  sql`, `,
)}]::text[], ${measureCost.fundingSource})`;

/**
 * Planned costs per cost year and funding source, summed in the database. Each cost line counts in the year it
 * is registered for (also annual costs). Dropped and merged measures are left out. With fromYear/toYear only
 * lines with a year in the range are included; without a range, lines without a year come last (year null).
 */
export async function getPlannedCostByYearAndFunding({
  municipalityId,
  fromYear,
  toYear,
}: {
  municipalityId: string;
  fromYear?: number;
  toYear?: number;
}): Promise<CostByYearAndFunding[]> {
  const conditions: SQL[] = [notInArray(measure.status, [...EXCLUDED_STATUSES])];
  if (fromYear !== undefined) conditions.push(gte(measureCost.year, fromYear));
  if (toYear !== undefined) conditions.push(lte(measureCost.year, toYear));
  const rows = await db()
    .select({
      year: measureCost.year,
      fundingSource: measureCost.fundingSource,
      amountNok: sql<number>`coalesce(sum(${measureCost.amountNok}), 0)`.mapWith(Number),
      unknownCount: sql<number>`(count(*) filter (where ${measureCost.amountNok} is null))::int`,
    })
    .from(measureCost)
    .innerJoin(measure, byId(measure, { municipalityId, id: measureCost.measureId }))
    .where(scoped(measureCost, municipalityId, ...conditions))
    .groupBy(measureCost.year, measureCost.fundingSource)
    .orderBy(sql`${measureCost.year} asc nulls last`, fundingOrder);
  return rows.map((row) => ({ ...row, amountNok: Number(row.amountNok), unknownCount: Number(row.unknownCount) }));
}

export interface UserOrientedShare {
  userOriented: number;
  total: number;
  /** userOriented / total (0–1); null when there are no measures. */
  share: number | null;
}

/** Share of user-oriented measures ("brukerrettede tiltak") among measures that are not dropped or merged. */
export async function getUserOrientedShare({ municipalityId }: { municipalityId: string }): Promise<UserOrientedShare> {
  const [row] = await db()
    .select({
      userOriented: sql<number>`(count(*) filter (where ${measure.userOriented}))::int`,
      total: sql<number>`count(*)::int`,
      share: sql<number | null>`(count(*) filter (where ${measure.userOriented}))::float8 / nullif(count(*), 0)`,
    })
    .from(measure)
    .where(scoped(measure, municipalityId, notInArray(measure.status, [...EXCLUDED_STATUSES])));
  return {
    userOriented: Number(row?.userOriented ?? 0),
    total: Number(row?.total ?? 0),
    share: row?.share === null || row?.share === undefined ? null : Number(row.share),
  };
}

export interface GoalWithoutMeasures {
  id: string;
  number: string;
  title: string;
  strategyId: string;
  strategyTitle: string;
}

/**
 * Goals with no measure working towards them: neither the goal nor any of its sub-goals is linked to a measure
 * that is not dropped or merged (a main goal whose sub-goals have measures is covered). Ordered by strategy
 * (newest period first) and goal number.
 */
export async function getGoalsWithoutMeasures({ municipalityId }: { municipalityId: string }): Promise<GoalWithoutMeasures[]> {
  // Goals that have a live measure, plus all their ancestors.
  const covered = sql`(
    with recursive covered(id) as (
      select mg.goal_id
      from ${measureGoal} mg
      join ${measure} m on m.id = mg.measure_id
      where mg.municipality_id = ${municipalityId}
        and m.municipality_id = ${municipalityId}
        and m.status not in (${sql.join(
          EXCLUDED_STATUSES.map((s) => sql`${s}`),
          sql`, `,
        )})
      union
      select g.parent_id
      from ${goal} g
      join covered c on c.id = g.id
      where g.parent_id is not null and g.municipality_id = ${municipalityId}
    )
    select id from covered
  )`;
  const numericNumber = sql`case when ${goal.number} ~ '^[0-9]{1,9}(\\.[0-9]{1,9})*$' then string_to_array(${goal.number}, '.')::int[] end`;
  return db()
    .select({ id: goal.id, number: goal.number, title: goal.title, strategyId: strategy.id, strategyTitle: strategy.title })
    .from(goal)
    .innerJoin(strategy, byId(strategy, { municipalityId, id: goal.strategyId }))
    .where(scoped(goal, municipalityId, sql`${goal.id} not in ${covered}`))
    .orderBy(sql`${strategy.periodFrom} desc`, asc(strategy.title), asc(strategy.id), sql`${numericNumber} asc nulls last`, asc(goal.number));
}

/** Number of goals (all strategies), to tell "no goals yet" from "every goal has measures". */
export async function countGoals({ municipalityId }: { municipalityId: string }): Promise<number> {
  const [row] = await db()
    .select({ count: sql<number>`count(*)::int` })
    .from(goal)
    .where(eq(goal.municipalityId, municipalityId));
  return Number(row?.count ?? 0);
}
