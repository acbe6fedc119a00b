/**
 * The benefit figures shown on a measure's page: per benefit its planned amount per year valued with the
 * municipality's settings, the latest achievement of its indicator and the realised amount, and the year range of
 * the measure's yearly benefit profile.
 *
 * Valuation follows `summary.server.ts`: planned NOK = the benefit's planned NOK when set, otherwise planned hours ×
 * hourly cost; FTE = hours / hours per FTE; NOK rounded to whole kroner and FTE/hours to two decimals, half away from
 * zero (`round(numeric)`). Realised = the latest measurement of the valuation indicator (unit hours or nok) against
 * its baseline, signed by the direction; an hours indicator gives hours, NOK and FTE, a nok indicator NOK only. As in
 * the summary it only counts as realised for a benefit that is not `not_realised`, and for freed capacity only once
 * the alternative use is named (`realisedCounts`).
 *
 * The achievement is that of the valuation indicator; a benefit without one shows its first indicator's.
 */
import { sql } from "drizzle-orm";
import { rowsOf } from "~/kit/db.server";
import type {
  BENEFICIARIES,
  BENEFIT_RECURRENCE,
  BENEFIT_STATUSES,
  BENEFIT_TYPES,
  INDICATOR_DIRECTIONS,
  INDICATOR_UNITS,
  MEASUREMENT_ASSESSMENTS,
} from "~/domains/benefits/constants";
import { AppError } from "~/kit/errors";
import { isUuid } from "~/kit/ids";
import { type Achievement, computeAchievement } from "./achievement";
import { getValuationSettings } from "./queries.server";
import { MAX_SUMMARY_YEARS } from "./summary.server";

export interface MeasureBenefitFigures {
  id: string;
  title: string;
  type: (typeof BENEFIT_TYPES)[number];
  status: (typeof BENEFIT_STATUSES)[number];
  beneficiaries: Array<(typeof BENEFICIARIES)[number]>;
  disbenefit: boolean;
  recurrence: (typeof BENEFIT_RECURRENCE)[number];
  /** Per year (annual) or in total (one-off); null when the benefit has no planned amount. */
  planned: { hours: number | null; nok: number | null; fte: number | null };
  /** The indicator the achievement is taken from; null when the benefit has no indicator. */
  indicator: {
    name: string;
    unit: (typeof INDICATOR_UNITS)[number];
    direction: (typeof INDICATOR_DIRECTIONS)[number];
    isValuation: boolean;
    /** The newest measurement; null when there is none. */
    latest: {
      measuredOn: string;
      value: number;
      assessment: (typeof MEASUREMENT_ASSESSMENTS)[number] | null;
      achievement: Achievement;
    } | null;
  } | null;
  /** Realised by the valuation indicator's latest measurement; null without one (or without a baseline). */
  realised: { measuredOn: string; hours: number | null; nok: number; fte: number | null } | null;
  /** False when the realised amount does not count yet (not_realised, or freed capacity without alternative use). */
  realisedCounts: boolean;
}

interface RawFigures {
  id: string;
  title: string;
  type: MeasureBenefitFigures["type"];
  status: MeasureBenefitFigures["status"];
  beneficiaries: MeasureBenefitFigures["beneficiaries"];
  disbenefit: boolean;
  recurrence: MeasureBenefitFigures["recurrence"];
  alternative_use: string | null;
  planned_hours: string | null;
  planned_nok: string | null;
  planned_fte: string | null;
  indicator_name: string | null;
  unit: (typeof INDICATOR_UNITS)[number] | null;
  direction: (typeof INDICATOR_DIRECTIONS)[number] | null;
  is_valuation: boolean | null;
  baseline: string | null;
  target: string | null;
  measured_on: string | Date | null;
  value: string | null;
  assessment: (typeof MEASUREMENT_ASSESSMENTS)[number] | null;
  realised_hours: string | null;
  realised_nok: string | null;
  realised_fte: string | null;
}

function num(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value);
  return n === 0 ? 0 : n; // no −0
}

function isoDate(value: string | Date): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

async function requireMeasure({ municipalityId, measureId }: { municipalityId: string; measureId: string }): Promise<void> {
  if (!isUuid(measureId)) throw new AppError("not_found");
  const [found] = await rowsOf<{ id: string }>(sql`select id from measure where id = ${measureId}::uuid and municipality_id = ${municipalityId}::uuid`);
  if (!found) throw new AppError("not_found");
}

/**
 * The benefits of a measure with their figures (one query: benefits, their achievement indicator and its latest
 * measurement), oldest first. An unknown measure (or another municipality's) is not_found.
 */
export async function listMeasureBenefitFigures({
  municipalityId,
  measureId,
}: {
  municipalityId: string;
  measureId: string;
}): Promise<MeasureBenefitFigures[]> {
  await requireMeasure({ municipalityId, measureId });
  const { hourlyCostNok, hoursPerFte } = await getValuationSettings({ municipalityId });
  const m = sql`${municipalityId}::uuid`;
  const cost = sql`${String(hourlyCostNok)}::numeric`;
  const perFte = sql`${String(hoursPerFte)}::numeric`;
  const improvement = sql`(case when i.direction = 'lower_is_better' then i.baseline_value - l.value else l.value - i.baseline_value end)`;
  const valued = sql`(i.is_valuation_indicator and i.unit in ('hours', 'nok') and i.baseline_value is not null and l.value is not null)`;
  const rows = await rowsOf<RawFigures>(sql`
    select b.id, b.title, b.type, b.status, b.beneficiaries, b.disbenefit, b.recurrence, b.alternative_use,
           round(b.planned_hours_per_year, 2)::text as planned_hours,
           round(coalesce(b.planned_nok_per_year, b.planned_hours_per_year * ${cost}))::text as planned_nok,
           round(b.planned_hours_per_year / ${perFte}, 2)::text as planned_fte,
           i.name as indicator_name, i.unit, i.direction, i.is_valuation_indicator as is_valuation,
           i.baseline_value::text as baseline, i.target_value::text as target,
           l.measured_on, l.value::text as value, l.assessment,
           case when ${valued} and i.unit = 'hours' then round(${improvement}, 2)::text end as realised_hours,
           case when ${valued} then round(case when i.unit = 'hours' then ${improvement} * ${cost} else ${improvement} end)::text end as realised_nok,
           case when ${valued} and i.unit = 'hours' then round(${improvement} / ${perFte}, 2)::text end as realised_fte
    from benefit b
    left join lateral (
      select * from indicator ind
      where ind.benefit_id = b.id and ind.municipality_id = ${m}
      order by ind.is_valuation_indicator desc, ind.created_at asc, ind.id asc
      limit 1
    ) i on true
    left join lateral (
      select ms.measured_on, ms.value, ms.assessment from measurement ms
      where ms.indicator_id = i.id and ms.municipality_id = ${m}
      order by ms.measured_on desc, ms.created_at desc, ms.id desc
      limit 1
    ) l on true
    where b.measure_id = ${measureId}::uuid and b.municipality_id = ${m}
    order by b.created_at asc, b.id asc`);

  return rows.map((r) => {
    const baseline = num(r.baseline);
    const target = num(r.target);
    const value = num(r.value);
    const realisedNok = num(r.realised_nok);
    return {
      id: r.id,
      title: r.title,
      type: r.type,
      status: r.status,
      beneficiaries: r.beneficiaries,
      disbenefit: r.disbenefit,
      recurrence: r.recurrence,
      planned: { hours: num(r.planned_hours), nok: num(r.planned_nok), fte: num(r.planned_fte) },
      indicator:
        r.indicator_name === null || r.unit === null || r.direction === null
          ? null
          : {
              name: r.indicator_name,
              unit: r.unit,
              direction: r.direction,
              isValuation: r.is_valuation === true,
              latest:
                r.measured_on === null || value === null
                  ? null
                  : {
                      measuredOn: isoDate(r.measured_on),
                      value,
                      assessment: r.assessment,
                      achievement: computeAchievement({ baseline, target, value, direction: r.direction }),
                    },
            },
      realised:
        realisedNok === null || r.measured_on === null
          ? null
          : { measuredOn: isoDate(r.measured_on), hours: num(r.realised_hours), nok: realisedNok, fte: num(r.realised_fte) },
      realisedCounts: r.status !== "not_realised" && (r.type !== "freed_capacity" || r.alternative_use !== null),
    };
  });
}

/**
 * The years of a measure's yearly benefit profile: the period of the active strategy (the one whose period
 * contains `currentYear`; the latest-starting one if several), otherwise the span of the measure's benefit periods,
 * otherwise `currentYear` ± 2. At most MAX_SUMMARY_YEARS years (a longer span keeps its last years).
 */
export async function getMeasureProfileYears({
  municipalityId,
  measureId,
  currentYear,
}: {
  municipalityId: string;
  measureId: string;
  currentYear: number;
}): Promise<{ fromYear: number; toYear: number; source: "strategy" | "benefits" | "default" }> {
  await requireMeasure({ municipalityId, measureId });
  const m = sql`${municipalityId}::uuid`;
  const year = sql`${currentYear}::int`;
  const [row] = await rowsOf<{ strategy_from: number | null; strategy_to: number | null; benefit_from: number | null; benefit_to: number | null }>(sql`
    select s.period_from as strategy_from, s.period_to as strategy_to, b.benefit_from, b.benefit_to
    from (select 1) one
    left join lateral (
      select period_from, period_to from strategy
      where municipality_id = ${m} and period_from <= ${year} and period_to >= ${year}
      order by period_from desc, period_to desc, id asc
      limit 1
    ) s on true
    left join lateral (
      select min(extract(year from period_from))::int as benefit_from,
             max(extract(year from coalesce(period_to, period_from)))::int as benefit_to
      from benefit
      where measure_id = ${measureId}::uuid and municipality_id = ${m} and period_from is not null
    ) b on true`);
  const clamp = (fromYear: number, toYear: number) => ({ fromYear: Math.max(fromYear, toYear - MAX_SUMMARY_YEARS + 1), toYear });
  if (row?.strategy_from != null && row.strategy_to != null) return { ...clamp(Number(row.strategy_from), Number(row.strategy_to)), source: "strategy" };
  if (row?.benefit_from != null && row.benefit_to != null) return { ...clamp(Number(row.benefit_from), Number(row.benefit_to)), source: "benefits" };
  return { fromYear: currentYear - 2, toYear: currentYear + 2, source: "default" };
}
