/**
 * Portfolio benefit summary (nyttestyring): planned against realised NOK, hours and FTE per year,
 * sector and benefit type, computed in the database (GET /api/v1/benefits/summary).
 *
 * The rules are those of `buildYearlyProfile` (profile.ts) and of the comment at the top of
 * schema.ts, reproduced in SQL with `numeric` arithmetic:
 *
 *   - Planned, per benefit and year (generate_series over [fromYear, toYear]): a one-off benefit
 *     counts only in the year of `periodFrom`; an annual one in every year from `periodFrom` to
 *     `periodTo` (no `periodTo` = open-ended, i.e. through `toYear`). A benefit without
 *     `periodFrom` has no realisation period and contributes no planned amount.
 *     Planned hours = `plannedHoursPerYear`. Planned NOK = `plannedNokPerYear` when it is set,
 *     otherwise planned hours × the municipality's hourly cost (a benefit with both is not counted
 *     twice: the explicit NOK amount is its value in NOK). All benefit statuses count as planned
 *     (not_realised stays visible as planned-but-lost).
 *   - Realised, per benefit and year: the latest measurement dated in that year of the benefit's
 *     valuation indicator (unit hours or nok, with a baseline) against the baseline, signed by the
 *     direction (lower_is_better: baseline − value; higher_is_better: value − baseline). Years
 *     without a measurement realise nothing (no carrying forward). An hours indicator gives hours
 *     and hours × hourly cost in NOK; a nok indicator gives NOK only. Freed capacity without an
 *     alternative use and benefits with status not_realised realise 0.
 *   - Rounding once, after summing: NOK to whole kroner, hours to two decimals, FTE = (unrounded
 *     hour sum) / hours per FTE to two decimals; `round(numeric)` rounds half away from zero.
 *   - Hourly cost and hours per FTE come from the municipality's valuation settings (defaults from
 *     valuation.ts when none are saved).
 *
 * Disbenefits (`benefit.disbenefit`) are NOT part of `rows` or `totals`: their planned amounts are
 * entered as the size of the negative effect (hours cannot be negative), so adding them to the
 * benefits would inflate the totals. They are reported separately in `disbenefits` (per year, same
 * rules and signs as above: planned = expected size of the effect, realised = measured change by
 * direction, negative when the indicator moved the wrong way).
 *
 * Measures are not filtered by status (a dropped measure's benefits should be set to not_realised).
 */
import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "~/kit/db.server";
import { BENEFIT_TYPES } from "~/domains/benefits/constants";
import { getValuationSettings } from "./queries.server";

export type BenefitType = (typeof BENEFIT_TYPES)[number];

export interface SummaryAmounts {
  plannedNok: number;
  realisedNok: number;
  plannedHours: number;
  realisedHours: number;
  plannedFte: number;
  realisedFte: number;
}

export interface BenefitSummaryRow extends SummaryAmounts {
  year: number;
  /** Null for measures without a sector. */
  sectorId: string | null;
  sectorName: string | null;
  type: BenefitType;
}

export interface BenefitSummaryTotal extends SummaryAmounts {
  year: number;
}

export interface BenefitSummary {
  /** Benefits (not disbenefits) per year, sector and type; only combinations with data. */
  rows: BenefitSummaryRow[];
  /** Benefits (not disbenefits) per year, every year in [fromYear, toYear] (zeros included). */
  totals: BenefitSummaryTotal[];
  /** Disbenefits per year, every year in [fromYear, toYear]; see the module comment. */
  disbenefits: BenefitSummaryTotal[];
  hourlyCostNok: number;
  hoursPerFte: number;
}

/** The longest range the summary computes, in years. */
export const MAX_SUMMARY_YEARS = 30;

/**
 * Per benefit and year in [fromYear, toYear]: unrounded planned and realised hours and NOK
 * (one row per planned year and one per realised year), as CTEs `b` (benefits with sector) and
 * `amounts`.
 */
export function amountsCte(p: {
  municipalityId: string;
  fromYear: number;
  toYear: number;
  hourlyCostNok: number;
  measureId?: string;
  publishedOnly?: boolean;
}): SQL {
  const m = sql`${p.municipalityId}::uuid`;
  const onlyMeasure = p.measureId ? sql`and m.id = ${p.measureId}::uuid` : sql``;
  const onlyPublished = p.publishedOnly ? sql`and m.published` : sql``;
  const cost = sql`${String(p.hourlyCostNok)}::numeric`;
  const from = sql`${p.fromYear}::int`;
  const to = sql`${p.toYear}::int`;
  return sql`
    with years as (select generate_series(${from}, ${to}) as year),
    b as (
      select b.id, b.type, b.disbenefit, b.status, b.alternative_use, b.recurrence,
             b.planned_hours_per_year, b.planned_nok_per_year,
             extract(year from b.period_from)::int as start_year,
             extract(year from b.period_to)::int as end_year,
             m.sector_id, s.name as sector_name, s.sort_order as sector_sort
      from benefit b
      join measure m on m.id = b.measure_id and m.municipality_id = ${m}
      left join sector s on s.id = m.sector_id and s.municipality_id = ${m}
      where b.municipality_id = ${m} ${onlyMeasure} ${onlyPublished}
    ),
    planned as (
      select y.year, b.id as benefit_id,
             coalesce(b.planned_hours_per_year, 0::numeric) as hours,
             coalesce(b.planned_nok_per_year, coalesce(b.planned_hours_per_year, 0::numeric) * ${cost}) as nok
      from b
      join years y on case when b.recurrence = 'one_off' then y.year = b.start_year
                           else y.year >= b.start_year and (b.end_year is null or y.year <= b.end_year) end
      where b.start_year is not null
    ),
    latest as (
      select distinct on (i.id, extract(year from ms.measured_on))
             i.benefit_id, extract(year from ms.measured_on)::int as year, i.unit,
             case when i.direction = 'lower_is_better' then i.baseline_value - ms.value
                  else ms.value - i.baseline_value end as improvement
      from measurement ms
      join indicator i on i.id = ms.indicator_id and i.municipality_id = ${m}
      where ms.municipality_id = ${m}
        and i.is_valuation_indicator
        and i.unit in ('hours', 'nok')
        and i.baseline_value is not null
        and ms.measured_on >= make_date(${from}, 1, 1)
        and ms.measured_on < make_date(${to} + 1, 1, 1)
      order by i.id, extract(year from ms.measured_on), ms.measured_on desc, ms.created_at desc, ms.id desc
    ),
    realised as (
      select l.year, l.benefit_id,
             case when l.unit = 'hours' then l.improvement else 0::numeric end as hours,
             case when l.unit = 'hours' then l.improvement * ${cost} else l.improvement end as nok
      from latest l
      join b on b.id = l.benefit_id
      where b.status <> 'not_realised' and (b.type <> 'freed_capacity' or b.alternative_use is not null)
    ),
    amounts as (
      select year, benefit_id, hours as planned_hours, nok as planned_nok, 0::numeric as realised_hours, 0::numeric as realised_nok from planned
      union all
      select year, benefit_id, 0::numeric, 0::numeric, hours, nok from realised
    )`;
}

/** round(sum(...)) columns; `filter` restricts the rows summed (for the totals). */
export function amountColumns(hoursPerFte: number, filter: SQL = sql`true`): SQL {
  const fte = sql`${String(hoursPerFte)}::numeric`;
  const sum = (column: string) => sql`coalesce(sum(a.${sql.raw(column)}) filter (where ${filter}), 0::numeric)`;
  return sql`
    round(${sum("planned_nok")})::text as planned_nok,
    round(${sum("realised_nok")})::text as realised_nok,
    round(${sum("planned_hours")}, 2)::text as planned_hours,
    round(${sum("realised_hours")}, 2)::text as realised_hours,
    round(${sum("planned_hours")} / ${fte}, 2)::text as planned_fte,
    round(${sum("realised_hours")} / ${fte}, 2)::text as realised_fte`;
}

export type RawAmounts = Record<"planned_nok" | "realised_nok" | "planned_hours" | "realised_hours" | "planned_fte" | "realised_fte", string>;

export function toAmounts(row: RawAmounts): SummaryAmounts {
  const n = (v: string) => {
    const value = Number(v);
    return value === 0 ? 0 : value; // no −0
  };
  return {
    plannedNok: n(row.planned_nok),
    realisedNok: n(row.realised_nok),
    plannedHours: n(row.planned_hours),
    realisedHours: n(row.realised_hours),
    plannedFte: n(row.planned_fte),
    realisedFte: n(row.realised_fte),
  };
}

export const typeOrder = sql`array_position(array[${sql.join(
  BENEFIT_TYPES.map((t) => sql`${t}`),
  sql`, `,
)}]::text[], b.type)`;

/** Throws RangeError unless [fromYear, toYear] is a valid summary range (integers, in order, at most MAX_SUMMARY_YEARS). */
export function assertSummaryRange({ fromYear, toYear }: { fromYear: number; toYear: number }): void {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear)) throw new RangeError("fromYear and toYear must be integers");
  if (fromYear > toYear) throw new RangeError("fromYear must not be after toYear");
  if (toYear - fromYear + 1 > MAX_SUMMARY_YEARS) throw new RangeError(`the summary may span at most ${MAX_SUMMARY_YEARS} years`);
}

/**
 * The benefit summary of a municipality for [fromYear, toYear]. Throws RangeError when the years
 * are not integers, fromYear > toYear or the range is longer than MAX_SUMMARY_YEARS (routes
 * validate first). With `measureId`, only that measure's benefits count (its yearly benefit profile); with
 * `publishedOnly`, only the benefits of published measures (the public plan page and open data).
 */
export async function getBenefitSummary({
  municipalityId,
  fromYear,
  toYear,
  measureId,
  publishedOnly,
}: {
  municipalityId: string;
  fromYear: number;
  toYear: number;
  measureId?: string;
  publishedOnly?: boolean;
}): Promise<BenefitSummary> {
  assertSummaryRange({ fromYear, toYear });
  const { hourlyCostNok, hoursPerFte } = await getValuationSettings({ municipalityId });
  const cte = amountsCte({ municipalityId, fromYear, toYear, hourlyCostNok, measureId, publishedOnly });

  const [rawRows, rawTotals] = await Promise.all([
    rowsOf<RawAmounts & { year: number; sector_id: string | null; sector_name: string | null; type: BenefitType }>(sql`
      ${cte}
      select a.year, b.sector_id, b.sector_name, b.type, ${amountColumns(hoursPerFte)}
      from amounts a
      join b on b.id = a.benefit_id
      where not b.disbenefit
      group by a.year, b.sector_id, b.sector_name, b.sector_sort, b.type
      order by a.year, b.sector_sort asc nulls last, b.sector_name asc nulls last, ${typeOrder}`),
    rowsOf<{ year: number; benefits: RawAmounts; disbenefits: RawAmounts }>(sql`
      ${cte},
      per_year as (
        select y.year, ${amountColumns(hoursPerFte, sql`not b.disbenefit`)}
        from years y
        left join amounts a on a.year = y.year
        left join b on b.id = a.benefit_id
        group by y.year
      ),
      per_year_dis as (
        select y.year, ${amountColumns(hoursPerFte, sql`b.disbenefit`)}
        from years y
        left join amounts a on a.year = y.year
        left join b on b.id = a.benefit_id
        group by y.year
      )
      select p.year, row_to_json(p) as benefits, row_to_json(d) as disbenefits
      from per_year p join per_year_dis d on d.year = p.year
      order by p.year`),
  ]);

  return {
    rows: rawRows.map((r) => ({
      year: Number(r.year),
      sectorId: r.sector_id,
      sectorName: r.sector_name,
      type: r.type,
      ...toAmounts(r),
    })),
    totals: rawTotals.map((r) => ({ year: Number(r.year), ...toAmounts(parseJson(r.benefits)) })),
    disbenefits: rawTotals.map((r) => ({ year: Number(r.year), ...toAmounts(parseJson(r.disbenefits)) })),
    hourlyCostNok,
    hoursPerFte,
  };
}

/** json columns arrive parsed from node-postgres and PGlite; tolerate text just in case. */
function parseJson(value: RawAmounts | string): RawAmounts {
  return typeof value === "string" ? (JSON.parse(value) as RawAmounts) : value;
}
