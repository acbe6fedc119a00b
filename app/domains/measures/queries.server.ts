import { and, asc, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "~/kit/db.server";
import { goal } from "~/domains/plan/index.server";
import { measure, measureCost, measureDependency, measureGoal, measureStatusEvent } from "~/domains/measures/db";
import { membership, sector, user } from "~/domains/tenancy/index.server";
import { listHistory } from "~/domains/history/index.server";
import { AppError } from "~/kit/errors";
import { isUuid } from "~/kit/ids";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { suggestNextCode } from "./codes";
import { type MeasureFilter, toPrefixTsQuery } from "./schema";
import { MEASURE_STATUSES } from "./constants";

// Outer-query columns written out in full, for correlated subqueries (drizzle leaves columns unqualified in single-table queries).
const outerId = sql.raw('"measure"."id"');
const outerSectorId = sql.raw('"measure"."sector_id"');

export { isUuid };

const statusOrder = sql`array_position(array[${sql.join(
  MEASURE_STATUSES.map((s) => sql`${s}`),
  sql`, `,
)}]::text[], ${measure.status})`;

/** Builds the WHERE clause shared by the portfolio list, exports and the API. */
export function buildMeasureWhere({ municipalityId, filter }: { municipalityId: string; filter: Partial<MeasureFilter> }): SQL {
  const conditions: SQL[] = [eq(measure.municipalityId, municipalityId)];
  const tsquery = filter.q ? toPrefixTsQuery(filter.q) : null;
  if (filter.q) {
    const codeMatch = sql`${measure.code} ilike ${`${filter.q.replace(/[%_\\]/g, "\\$&")}%`}`;
    conditions.push(
      tsquery
        ? (or(
            sql`${measure.searchVector} @@ to_tsquery('norwegian', ${tsquery})`,
            sql`${measure.searchVector} @@ to_tsquery('simple', ${tsquery})`,
            codeMatch,
          ) as SQL)
        : codeMatch,
    );
  }
  if (filter.sector && filter.sector.length > 0) conditions.push(inArray(measure.sectorId, filter.sector));
  if (filter.status && filter.status.length > 0) conditions.push(inArray(measure.status, filter.status));
  if (filter.goal) {
    // A goal filter includes the goal's sub-goals.
    conditions.push(sql`exists (
      with recursive subtree(id) as (
        select ${filter.goal}::uuid
        union all
        select g.id from ${goal} g join subtree s on g.parent_id = s.id where g.municipality_id = ${municipalityId}
      )
      select 1 from ${measureGoal} mg join subtree s on mg.goal_id = s.id where mg.measure_id = ${outerId}
    )`);
  }
  if (filter.year) {
    conditions.push(
      or(
        eq(measure.planYear, filter.year),
        sql`(${measure.startYear} <= ${filter.year} and (${measure.endPeriod} = 'continuous' or coalesce(${measure.endYear}, ${measure.startYear}) >= ${filter.year}))`,
      ) as SQL,
    );
  }
  if (filter.userOriented) conditions.push(eq(measure.userOriented, filter.userOriented === "yes"));
  if (filter.responsible) {
    const pattern = `%${filter.responsible.replace(/[%_\\]/g, "\\$&")}%`;
    conditions.push(
      or(
        eq(measure.responsibleUserId, filter.responsible),
        sql`${measure.responsibleText} ilike ${pattern}`,
        sql`exists (select 1 from ${user} u where u.id = ${sql.raw('"measure"."responsible_user_id"')} and u.name ilike ${pattern})`,
      ) as SQL,
    );
  }
  return and(...conditions) as SQL;
}

function orderBy(filter: Partial<MeasureFilter>, hasQuery: boolean): SQL[] {
  const dir = filter.dir === "desc" ? desc : asc;
  const sort = filter.sort ?? (hasQuery ? "relevance" : "code");
  const tsquery = filter.q ? toPrefixTsQuery(filter.q) : null;
  switch (sort) {
    case "relevance":
      return tsquery ? [sql`ts_rank(${measure.searchVector}, to_tsquery('norwegian', ${tsquery})) desc`, asc(measure.code)] : [asc(measure.code)];
    case "title":
      return [dir(measure.title), asc(measure.code)];
    case "status":
      return [filter.dir === "desc" ? sql`${statusOrder} desc` : sql`${statusOrder} asc`, asc(measure.code)];
    case "priority":
      return [filter.dir === "desc" ? sql`${measure.priority} desc nulls last` : sql`${measure.priority} asc nulls last`, asc(measure.code)];
    case "sector":
      return [dir(sql`(select s.sort_order from ${sector} s where s.id = ${outerSectorId})`), asc(measure.code)];
    case "updated":
      return [filter.dir === "asc" ? asc(measure.updatedAt) : desc(measure.updatedAt), asc(measure.code)];
    case "start":
      return [filter.dir === "desc" ? sql`${measure.startPeriod} desc nulls last` : sql`${measure.startPeriod} asc nulls last`, asc(measure.code)];
    default:
      return [dir(measure.code)];
  }
}

export interface MeasureListRow {
  id: string;
  code: string;
  title: string;
  status: (typeof MEASURE_STATUSES)[number];
  sectorId: string | null;
  sectorName: string | null;
  responsible: string | null;
  userOriented: boolean;
  priority: number | null;
  planYear: number | null;
  startPeriod: string | null;
  endPeriod: string | null;
  knownCostNok: number;
  goalNumbers: string[];
  updatedAt: Date;
  version: number;
}

/** One page of the portfolio, with the total count, in a single query. */
export async function listMeasures({ municipalityId, filter }: { municipalityId: string; filter: Partial<MeasureFilter> }) {
  const page = filter.page ?? 1;
  const pageSize = filter.pageSize ?? 25;
  const rows = await db()
    .select({
      id: measure.id,
      code: measure.code,
      title: measure.title,
      status: measure.status,
      sectorId: measure.sectorId,
      sectorName: sector.name,
      responsible: sql<string | null>`coalesce(${user.name}, ${measure.responsibleText})`,
      responsibleText: measure.responsibleText,
      userOriented: measure.userOriented,
      priority: measure.priority,
      planYear: measure.planYear,
      startPeriod: measure.startPeriod,
      endPeriod: measure.endPeriod,
      knownCostNok: sql<number>`coalesce((select sum(c.amount_nok) from ${measureCost} c where c.measure_id = ${outerId}), 0)::bigint`,
      goalNumbers: sql<
        string[]
      >`coalesce((select array_agg(g.number order by g.number) from ${measureGoal} mg join ${goal} g on g.id = mg.goal_id where mg.measure_id = ${outerId}), '{}')`,
      updatedAt: measure.updatedAt,
      version: measure.version,
      total: sql<number>`count(*) over ()`,
    })
    .from(measure)
    .leftJoin(sector, byId(sector, { municipalityId, id: measure.sectorId }))
    .leftJoin(user, eq(user.id, measure.responsibleUserId))
    .where(buildMeasureWhere({ municipalityId, filter }))
    .orderBy(...orderBy(filter, Boolean(filter.q)))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = rows.length > 0 ? Number(rows[0].total) : page > 1 ? await countMeasures({ municipalityId, filter }) : 0;
  return {
    rows: rows.map(({ total: _total, responsibleText: _r, ...row }) => ({ ...row, knownCostNok: Number(row.knownCostNok) })) as MeasureListRow[],
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export interface MeasureExportRow {
  code: string;
  title: string;
  status: (typeof MEASURE_STATUSES)[number];
  sectorName: string | null;
  priority: number | null;
  responsible: string | null;
  userOriented: boolean;
  planYear: number | null;
  startPeriod: string | null;
  endPeriod: string | null;
  goalNumbers: string[];
  knownCostNok: number;
  usedCostNok: number;
  overall: "green" | "yellow" | "red" | null;
  progressPercent: number | null;
  statusPeriod: string | null;
  updatedAt: Date;
}

/**
 * Every measure that matches the portfolio filter (no paging), in the portfolio's order, with its latest
 * PUBLISHED status update (never a draft), in a single query. For the portfolio export.
 */
export async function listMeasuresForExport({
  municipalityId,
  filter,
}: {
  municipalityId: string;
  filter: Partial<MeasureFilter>;
}): Promise<MeasureExportRow[]> {
  const latest = (column: string) =>
    sql.raw(
      `(select su.${column} from status_update su where su.measure_id = "measure"."id" and su.municipality_id = "measure"."municipality_id" and su.published_at is not null order by su.published_at desc limit 1)`,
    );
  const rows = await db()
    .select({
      code: measure.code,
      title: measure.title,
      status: measure.status,
      sectorName: sector.name,
      priority: measure.priority,
      responsible: sql<string | null>`coalesce(${user.name}, ${measure.responsibleText})`,
      userOriented: measure.userOriented,
      planYear: measure.planYear,
      startPeriod: measure.startPeriod,
      endPeriod: measure.endPeriod,
      goalNumbers: sql<
        string[]
      >`coalesce((select array_agg(g.number order by g.number) from ${measureGoal} mg join ${goal} g on g.id = mg.goal_id where mg.measure_id = ${outerId}), '{}')`,
      knownCostNok: sql<number>`coalesce((select sum(c.amount_nok) from ${measureCost} c where c.measure_id = ${outerId}), 0)::float8`,
      usedCostNok: sql<number>`coalesce((select sum(c.used_nok) from ${measureCost} c where c.measure_id = ${outerId}), 0)::float8`,
      overall: sql<MeasureExportRow["overall"]>`${latest("overall")}`,
      progressPercent: sql<number | null>`${latest("progress_percent")}`,
      statusPeriod: sql<string | null>`${latest("period_label")}`,
      updatedAt: measure.updatedAt,
    })
    .from(measure)
    .leftJoin(sector, byId(sector, { municipalityId, id: measure.sectorId }))
    .leftJoin(user, eq(user.id, measure.responsibleUserId))
    .where(buildMeasureWhere({ municipalityId, filter }))
    .orderBy(...orderBy(filter, Boolean(filter.q)));
  return rows.map((row) => ({
    ...row,
    knownCostNok: Number(row.knownCostNok),
    usedCostNok: Number(row.usedCostNok),
    progressPercent: row.progressPercent === null ? null : Number(row.progressPercent),
  }));
}

export async function countMeasures({ municipalityId, filter }: { municipalityId: string; filter: Partial<MeasureFilter> }) {
  const [row] = await db()
    .select({ count: sql<number>`count(*)::int` })
    .from(measure)
    .where(buildMeasureWhere({ municipalityId, filter }));
  return Number(row.count);
}

async function getMeasureRow({ municipalityId, id }: { municipalityId: string; id: string }) {
  if (!isUuid(id)) return null;
  const [row] = await db().select().from(measure).where(byId(measure, { municipalityId, id })).limit(1);
  return row ?? null;
}

/** A measure with everything the measure page shows; not_found for unknown ids and other municipalities' ids. */
export async function getMeasureById({ municipalityId, id }: { municipalityId: string; id: string }) {
  const row = await getMeasureRow({ municipalityId, id });
  if (!row) throw new AppError("not_found");
  const { searchVector: _sv, ...base } = row;
  const [goals, costs, dependsOn, dependents, sectorRow, responsibleUser, mergedInto, mergedFrom, statusEvents] = await Promise.all([
    db()
      .select({ id: goal.id, number: goal.number, title: goal.title })
      .from(measureGoal)
      .innerJoin(goal, byId(goal, { municipalityId, id: measureGoal.goalId }))
      .where(scoped(measureGoal, municipalityId, eq(measureGoal.measureId, id)))
      .orderBy(asc(goal.number)),
    db()
      .select()
      .from(measureCost)
      .where(scoped(measureCost, municipalityId, eq(measureCost.measureId, id)))
      .orderBy(asc(measureCost.sortOrder)),
    db()
      .select({ id: measure.id, code: measure.code, title: measure.title, status: measure.status })
      .from(measureDependency)
      .innerJoin(measure, byId(measure, { municipalityId, id: measureDependency.dependsOnId }))
      .where(scoped(measureDependency, municipalityId, eq(measureDependency.measureId, id)))
      .orderBy(asc(measure.code)),
    db()
      .select({ id: measure.id, code: measure.code, title: measure.title, status: measure.status })
      .from(measureDependency)
      .innerJoin(measure, byId(measure, { municipalityId, id: measureDependency.measureId }))
      .where(scoped(measureDependency, municipalityId, eq(measureDependency.dependsOnId, id)))
      .orderBy(asc(measure.code)),
    base.sectorId
      ? db()
          .select()
          .from(sector)
          .where(byId(sector, { municipalityId, id: base.sectorId }))
          .limit(1)
      : Promise.resolve([]),
    base.responsibleUserId
      ? db().select({ id: user.id, name: user.name, email: user.email }).from(user).where(eq(user.id, base.responsibleUserId)).limit(1)
      : Promise.resolve([]),
    base.mergedIntoId
      ? db()
          .select({ id: measure.id, code: measure.code, title: measure.title })
          .from(measure)
          .where(byId(measure, { municipalityId, id: base.mergedIntoId }))
          .limit(1)
      : Promise.resolve([]),
    db()
      .select({ id: measure.id, code: measure.code, title: measure.title })
      .from(measure)
      .where(scoped(measure, municipalityId, eq(measure.mergedIntoId, id)))
      .orderBy(asc(measure.code)),
    db()
      .select({
        id: measureStatusEvent.id,
        fromStatus: measureStatusEvent.fromStatus,
        toStatus: measureStatusEvent.toStatus,
        reason: measureStatusEvent.reason,
        changedAt: measureStatusEvent.changedAt,
        changedByName: user.name,
      })
      .from(measureStatusEvent)
      .leftJoin(user, eq(user.id, measureStatusEvent.changedBy))
      .where(scoped(measureStatusEvent, municipalityId, eq(measureStatusEvent.measureId, id)))
      .orderBy(desc(measureStatusEvent.changedAt)),
  ]);
  return {
    ...base,
    goals,
    costs,
    dependsOn,
    dependents,
    sector: sectorRow[0] ?? null,
    responsibleUser: responsibleUser[0] ?? null,
    mergedInto: mergedInto[0] ?? null,
    mergedFrom,
    statusEvents,
  };
}

export type MeasureDetail = Awaited<ReturnType<typeof getMeasureById>>;

/** Finds a measure by its code; a merged measure's code still resolves (to the old measure, which points on). */
export async function getMeasureByCode({ municipalityId, code }: { municipalityId: string; code: string }) {
  const [row] = await db()
    .select({ id: measure.id, code: measure.code, mergedIntoId: measure.mergedIntoId })
    .from(measure)
    .where(scoped(measure, municipalityId, sql`upper(${measure.code}) = upper(${code})`))
    .limit(1);
  return row ?? null;
}

export async function suggestMeasureCode({ municipalityId, sectorId }: { municipalityId: string; sectorId: string | null }) {
  let prefix: string | null = null;
  if (sectorId && isUuid(sectorId)) {
    const [s] = await db()
      .select({ codePrefix: sector.codePrefix })
      .from(sector)
      .where(byId(sector, { municipalityId, id: sectorId }));
    prefix = s?.codePrefix ?? null;
  }
  const condition = prefix ? sql`upper(${measure.code}) like ${`${prefix.toUpperCase()}%`}` : sql`${measure.code} ~ '^[0-9]+$'`;
  const codes = await db()
    .select({ code: measure.code })
    .from(measure)
    .where(scoped(measure, municipalityId, condition));
  return suggestNextCode({ prefix, existingCodes: codes.map((c) => c.code) });
}

/** Id, code and title of every measure, for dependency and merge pickers. */
export async function listMeasureOptions({ municipalityId }: { municipalityId: string }) {
  return db()
    .select({ id: measure.id, code: measure.code, title: measure.title })
    .from(measure)
    .where(eq(measure.municipalityId, municipalityId))
    .orderBy(asc(measure.code));
}

/** Goals of all strategies, flat, for pickers and filters. */
export async function listGoalOptions({ municipalityId }: { municipalityId: string }) {
  return db()
    .select({ id: goal.id, number: goal.number, title: goal.title, strategyId: goal.strategyId })
    .from(goal)
    .where(eq(goal.municipalityId, municipalityId))
    .orderBy(asc(goal.strategyId), asc(goal.number));
}

/** People who can be named responsible: the municipality's members. */
export async function listResponsibleOptions({ municipalityId }: { municipalityId: string }) {
  return db()
    .select({ id: user.id, name: user.name })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(eq(membership.municipalityId, municipalityId))
    .orderBy(asc(user.name));
}

export async function listMeasureHistory({ municipalityId, id }: { municipalityId: string; id: string }) {
  if (!(await getMeasureRow({ municipalityId, id }))) throw new AppError("not_found");
  return listHistory({ municipalityId, entityType: "measure", entityId: id });
}

/** Where merged measures went: id of the merged measure → id and code of the measure it was merged into. */
export async function listMergedTargets({ municipalityId, ids }: { municipalityId: string; ids: string[] }) {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map<string, { id: string; code: string }>();
  const target = alias(measure, "target");
  const rows = await db()
    .select({ id: measure.id, targetId: target.id, targetCode: target.code })
    .from(measure)
    .innerJoin(target, byId(target, { municipalityId, id: measure.mergedIntoId }))
    .where(scoped(measure, municipalityId, inArray(measure.id, valid)));
  return new Map(rows.map((r) => [r.id, { id: r.targetId, code: r.targetCode }]));
}
