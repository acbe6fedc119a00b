/**
 * Portfolio follow-up lists (nyttestyring, issue 3 item 5), computed in the database:
 *
 *   - `missing`: open benefits (status other than realised / not_realised) missing an owner
 *     (neither a user nor a text), an indicator, a baseline (some indicator has no baseline value)
 *     or a target (some indicator has no target value). One row per benefit with a flag per gap.
 *   - `due`: indicators of benefits not marked not_realised whose next measurement is due within
 *     DUE_WITHIN_DAYS of `today` or overdue. The due date follows `nextDueDate`
 *     (measurement-rules.ts): the latest of the last measurement and the baseline date plus the
 *     frequency's months (`date + interval 'n months'` clamps the day to the month's end, as
 *     `addMonths` does); with neither, the indicator is due `today`. Overdue = due < today
 *     (`isOverdue`); a measurement due today is due, not overdue.
 *   - `unfollowedMeasures`: completed measures with at least one open benefit that has neither an
 *     owner nor a manager (user or text): nobody in the line organisation follows it up.
 *   - `mine`: the benefits where `userId` is the owner or the manager, with the earliest next due
 *     date of their indicators (null without indicators, or for a not_realised benefit).
 *
 * Every table is filtered by `municipalityId`.
 */
import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "~/kit/db.server";
import { isIsoDate } from "./measurement-rules";

/** A measurement due within this many days of today is listed as due. */
export const DUE_WITHIN_DAYS = 30;

export interface MissingRow {
  benefitId: string;
  benefitTitle: string;
  measureId: string;
  measureCode: string;
  missingOwner: boolean;
  missingIndicator: boolean;
  missingBaseline: boolean;
  missingTarget: boolean;
}

export interface DueRow {
  indicatorId: string;
  indicatorName: string;
  benefitId: string;
  benefitTitle: string;
  frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
  lastMeasuredOn: string | null;
  dueOn: string;
  overdue: boolean;
}

export interface UnfollowedMeasureRow {
  measureId: string;
  measureCode: string;
  measureTitle: string;
  benefitCount: number;
}

export interface MyBenefitRow {
  benefitId: string;
  benefitTitle: string;
  measureId: string;
  measureCode: string;
  status: "proposed" | "planned" | "realising" | "realised" | "not_realised";
  isOwner: boolean;
  isManager: boolean;
  nextDueOn: string | null;
  overdue: boolean;
}

export interface FollowUp {
  today: string;
  missing: MissingRow[];
  due: DueRow[];
  unfollowedMeasures: UnfollowedMeasureRow[];
  mine: MyBenefitRow[];
}

/** Dates may come back as text (PGlite, node-postgres with date parsing off) or as Date. */
function isoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
function isoDateOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoDate(value);
}

/** Per indicator of municipality `m`: its benefit and next due date (CTE `due_dates`). */
function dueDatesCte(m: SQL, today: SQL): SQL {
  return sql`
    last_measured as (
      select ms.indicator_id, max(ms.measured_on) as last_on
      from measurement ms
      where ms.municipality_id = ${m}
      group by ms.indicator_id
    ),
    due_dates as (
      select i.id as indicator_id, i.name as indicator_name, i.frequency, i.benefit_id, l.last_on,
             case when greatest(l.last_on, i.baseline_date) is null then ${today}
                  else (greatest(l.last_on, i.baseline_date)
                        + make_interval(months => case i.frequency when 'monthly' then 1 when 'quarterly' then 3
                                                                   when 'half_yearly' then 6 else 12 end))::date
             end as due_on
      from indicator i
      join benefit b on b.id = i.benefit_id and b.municipality_id = ${m}
      left join last_measured l on l.indicator_id = i.id
      where i.municipality_id = ${m} and b.status <> 'not_realised'
    )`;
}

const open = sql`b.status not in ('realised', 'not_realised')`;
const noOwner = sql`b.owner_user_id is null and coalesce(btrim(b.owner_text), '') = ''`;
const noManager = sql`b.manager_user_id is null and coalesce(btrim(b.manager_text), '') = ''`;

/** The follow-up lists of a municipality as of `today` (YYYY-MM-DD); `mine` is empty without a user. */
export async function getFollowUp({ municipalityId, userId, today }: { municipalityId: string; userId: string | null; today: string }): Promise<FollowUp> {
  if (!isIsoDate(today)) throw new RangeError("today must be an ISO date (YYYY-MM-DD)");
  const m = sql`${municipalityId}::uuid`;
  const t = sql`${today}::date`;

  const [missing, due, unfollowed, mine] = await Promise.all([
    rowsOf<{
      benefit_id: string;
      benefit_title: string;
      measure_id: string;
      measure_code: string;
      missing_owner: boolean;
      missing_indicator: boolean;
      missing_baseline: boolean;
      missing_target: boolean;
    }>(sql`
      with per_benefit as (
        select b.id as benefit_id, b.title as benefit_title, me.id as measure_id, me.code as measure_code, b.created_at,
               (${noOwner}) as missing_owner,
               count(i.id) = 0 as missing_indicator,
               coalesce(bool_or(i.id is not null and i.baseline_value is null), false) as missing_baseline,
               coalesce(bool_or(i.id is not null and i.target_value is null), false) as missing_target
        from benefit b
        join measure me on me.id = b.measure_id and me.municipality_id = ${m}
        left join indicator i on i.benefit_id = b.id and i.municipality_id = ${m}
        where b.municipality_id = ${m} and ${open}
        group by b.id, me.id
      )
      select * from per_benefit
      where missing_owner or missing_indicator or missing_baseline or missing_target
      order by measure_code, created_at, benefit_id`),
    rowsOf<{
      indicator_id: string;
      indicator_name: string;
      benefit_id: string;
      benefit_title: string;
      frequency: DueRow["frequency"];
      last_on: unknown;
      due_on: unknown;
      overdue: boolean;
    }>(sql`
      with ${dueDatesCte(m, t)}
      select d.indicator_id, d.indicator_name, d.benefit_id, b.title as benefit_title, d.frequency, d.last_on, d.due_on,
             d.due_on < ${t} as overdue
      from due_dates d
      join benefit b on b.id = d.benefit_id and b.municipality_id = ${m}
      where d.due_on <= ${t} + ${DUE_WITHIN_DAYS}::int
      order by d.due_on, b.title, d.indicator_name, d.indicator_id`),
    rowsOf<{ measure_id: string; measure_code: string; measure_title: string; benefit_count: number | string }>(sql`
      select me.id as measure_id, me.code as measure_code, me.title as measure_title, count(b.id) as benefit_count
      from measure me
      join benefit b on b.measure_id = me.id and b.municipality_id = ${m}
      where me.municipality_id = ${m} and me.status = 'completed' and ${open} and ${noOwner} and ${noManager}
      group by me.id
      order by me.code, me.id`),
    userId === null
      ? Promise.resolve([])
      : rowsOf<{
          benefit_id: string;
          benefit_title: string;
          measure_id: string;
          measure_code: string;
          status: MyBenefitRow["status"];
          is_owner: boolean;
          is_manager: boolean;
          next_due_on: unknown;
        }>(sql`
          with ${dueDatesCte(m, t)}
          select b.id as benefit_id, b.title as benefit_title, me.id as measure_id, me.code as measure_code, b.status,
                 coalesce(b.owner_user_id = ${userId}, false) as is_owner,
                 coalesce(b.manager_user_id = ${userId}, false) as is_manager,
                 min(d.due_on) as next_due_on
          from benefit b
          join measure me on me.id = b.measure_id and me.municipality_id = ${m}
          left join due_dates d on d.benefit_id = b.id
          where b.municipality_id = ${m} and (b.owner_user_id = ${userId} or b.manager_user_id = ${userId})
          group by b.id, me.id
          order by min(d.due_on) asc nulls last, me.code, b.created_at, b.id`),
  ]);

  return {
    today,
    missing: missing.map((r) => ({
      benefitId: r.benefit_id,
      benefitTitle: r.benefit_title,
      measureId: r.measure_id,
      measureCode: r.measure_code,
      missingOwner: r.missing_owner,
      missingIndicator: r.missing_indicator,
      missingBaseline: r.missing_baseline,
      missingTarget: r.missing_target,
    })),
    due: due.map((r) => ({
      indicatorId: r.indicator_id,
      indicatorName: r.indicator_name,
      benefitId: r.benefit_id,
      benefitTitle: r.benefit_title,
      frequency: r.frequency,
      lastMeasuredOn: isoDateOrNull(r.last_on),
      dueOn: isoDate(r.due_on),
      overdue: r.overdue,
    })),
    unfollowedMeasures: unfollowed.map((r) => ({
      measureId: r.measure_id,
      measureCode: r.measure_code,
      measureTitle: r.measure_title,
      benefitCount: Number(r.benefit_count),
    })),
    mine: mine.map((r) => {
      const nextDueOn = isoDateOrNull(r.next_due_on);
      return {
        benefitId: r.benefit_id,
        benefitTitle: r.benefit_title,
        measureId: r.measure_id,
        measureCode: r.measure_code,
        status: r.status,
        isOwner: r.is_owner,
        isManager: r.is_manager,
        nextDueOn,
        overdue: nextDueOn !== null && nextDueOn < today,
      };
    }),
  };
}
