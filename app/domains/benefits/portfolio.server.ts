/**
 * Portfolio follow-up of benefits (nyttestyring for porteføljen): planned against realised NOK, hours and FTE
 * for a period, in total and by sector, goal and benefit type, computed in the database with the rules of
 * summary.server.ts (its `amounts` CTE). Disbenefits are reported separately, as in the summary.
 *
 * By goal, a benefit linked to several goals counts fully for each of them, so the goal rows can add up to more
 * than the total; benefits without a goal form one row (`goalId` null). Only goals of the municipality count.
 */
import { desc, gte, lte, sql } from "drizzle-orm";
import { db, rowsOf } from "~/kit/db.server";
import { scoped } from "~/kit/tenant-scope.server";
import { strategy } from "~/domains/plan/index.server";
import { createTranslator, type Lang } from "~/kit/i18n";
import type { RenderedChart } from "~/domains/dashboard/index.server";
import { buildBenefitYearChart } from "./charts.server";
import { getValuationSettings } from "./queries.server";
import {
  amountColumns,
  amountsCte,
  assertSummaryRange,
  type BenefitSummaryTotal,
  type BenefitType,
  getBenefitSummary,
  MAX_SUMMARY_YEARS,
  type RawAmounts,
  type SummaryAmounts,
  toAmounts,
  typeOrder,
} from "./summary.server";

export interface PortfolioGroup extends SummaryAmounts {
  /** Benefits with an amount in the period in this group. */
  benefitCount: number;
}

export interface PortfolioSectorRow extends PortfolioGroup {
  /** Null for measures without a sector. */
  sectorId: string | null;
  sectorName: string | null;
}

export interface PortfolioTypeRow extends PortfolioGroup {
  type: BenefitType;
}

export interface PortfolioGoalRow extends PortfolioGroup {
  /** Null: the benefits that are linked to no goal. */
  goalId: string | null;
  number: string | null;
  title: string | null;
  strategyTitle: string | null;
}

export interface BenefitPortfolio {
  fromYear: number;
  toYear: number;
  /** Benefits (not disbenefits) summed over the period. */
  total: PortfolioGroup;
  /** Disbenefits summed over the period. */
  disbenefitTotal: PortfolioGroup;
  /** Benefits per year, every year of the period (the benefit profile). */
  years: BenefitSummaryTotal[];
  /** Disbenefits per year, every year of the period. */
  disbenefitYears: BenefitSummaryTotal[];
  bySector: PortfolioSectorRow[];
  byGoal: PortfolioGoalRow[];
  byType: PortfolioTypeRow[];
  hourlyCostNok: number;
  hoursPerFte: number;
}

export interface CurrentStrategy {
  id: string;
  title: string;
  periodFrom: number;
  periodTo: number;
}

/** The calendar year in Norway now. */
export function currentYearInNorway(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Oslo", year: "numeric" }).format(now));
}

/**
 * The municipality's current strategy: the one whose period includes `year` (the latest starting one when
 * several do), or null.
 */
export async function getCurrentStrategy({ municipalityId, year }: { municipalityId: string; year: number }): Promise<CurrentStrategy | null> {
  const [row] = await db()
    .select({ id: strategy.id, title: strategy.title, periodFrom: strategy.periodFrom, periodTo: strategy.periodTo })
    .from(strategy)
    .where(scoped(strategy, municipalityId, lte(strategy.periodFrom, year), gte(strategy.periodTo, year)))
    .orderBy(desc(strategy.periodFrom), desc(strategy.periodTo), desc(strategy.createdAt))
    .limit(1);
  return row ?? null;
}

/** A strategy's period as a summary range: its years, shortened to the first MAX_SUMMARY_YEARS. */
export function strategyRange(s: Pick<CurrentStrategy, "periodFrom" | "periodTo">): { fromYear: number; toYear: number } {
  return { fromYear: s.periodFrom, toYear: Math.min(s.periodTo, s.periodFrom + MAX_SUMMARY_YEARS - 1) };
}

type GroupRaw = RawAmounts & { benefit_count: number | string };

function toGroup(row: GroupRaw): PortfolioGroup {
  return { benefitCount: Number(row.benefit_count), ...toAmounts(row) };
}

const goalCollator = new Intl.Collator("nb", { numeric: true, sensitivity: "base" });

/**
 * The benefit portfolio of a municipality for [fromYear, toYear]. Throws RangeError on an invalid range
 * (see assertSummaryRange; routes validate first).
 */
export async function getBenefitPortfolio({
  municipalityId,
  fromYear,
  toYear,
}: {
  municipalityId: string;
  fromYear: number;
  toYear: number;
}): Promise<BenefitPortfolio> {
  assertSummaryRange({ fromYear, toYear });
  const { hourlyCostNok, hoursPerFte } = await getValuationSettings({ municipalityId });
  const m = sql`${municipalityId}::uuid`;
  const cte = amountsCte({ municipalityId, fromYear, toYear, hourlyCostNok });
  const columns = amountColumns(hoursPerFte);
  const counted = sql`count(distinct b.id)::int as benefit_count`;

  const [summary, totals, sectors, types, goals] = await Promise.all([
    getBenefitSummary({ municipalityId, fromYear, toYear }),
    rowsOf<GroupRaw & { disbenefit: boolean }>(sql`
      ${cte}
      select b.disbenefit, ${counted}, ${columns}
      from amounts a
      join b on b.id = a.benefit_id
      group by b.disbenefit`),
    rowsOf<GroupRaw & { sector_id: string | null; sector_name: string | null }>(sql`
      ${cte}
      select b.sector_id, b.sector_name, ${counted}, ${columns}
      from amounts a
      join b on b.id = a.benefit_id
      where not b.disbenefit
      group by b.sector_id, b.sector_name, b.sector_sort
      order by b.sector_sort asc nulls last, b.sector_name asc nulls last`),
    rowsOf<GroupRaw & { type: BenefitType }>(sql`
      ${cte}
      select b.type, ${counted}, ${columns}
      from amounts a
      join b on b.id = a.benefit_id
      where not b.disbenefit
      group by b.type
      order by ${typeOrder}`),
    rowsOf<GroupRaw & { goal_id: string | null; number: string | null; title: string | null; strategy_title: string | null; strategy_from: number | null }>(sql`
      ${cte},
      linked as (
        select bg.benefit_id, g.id as goal_id, g.number, g.title, st.title as strategy_title, st.period_from as strategy_from
        from benefit_goal bg
        join goal g on g.id = bg.goal_id and g.municipality_id = ${m}
        join strategy st on st.id = g.strategy_id and st.municipality_id = ${m}
        where bg.municipality_id = ${m}
      )
      select l.goal_id, l.number, l.title, l.strategy_title, l.strategy_from, ${counted}, ${columns}
      from amounts a
      join b on b.id = a.benefit_id
      left join linked l on l.benefit_id = b.id
      where not b.disbenefit
      group by l.goal_id, l.number, l.title, l.strategy_title, l.strategy_from`),
  ]);

  const zero: GroupRaw = {
    benefit_count: 0,
    planned_nok: "0",
    realised_nok: "0",
    planned_hours: "0",
    realised_hours: "0",
    planned_fte: "0",
    realised_fte: "0",
  };
  const totalOf = (disbenefit: boolean) => toGroup(totals.find((r) => r.disbenefit === disbenefit) ?? zero);

  // Goals: newest strategy first, then by number naturally ("1.2" before "1.10"); benefits without a goal last.
  const byGoal = goals
    .sort(
      (x, y) =>
        Number(x.goal_id === null) - Number(y.goal_id === null) ||
        Number(y.strategy_from ?? 0) - Number(x.strategy_from ?? 0) ||
        goalCollator.compare(x.strategy_title ?? "", y.strategy_title ?? "") ||
        goalCollator.compare(x.number ?? "", y.number ?? ""),
    )
    .map((r) => ({ goalId: r.goal_id, number: r.number, title: r.title, strategyTitle: r.strategy_title, ...toGroup(r) }));

  return {
    fromYear,
    toYear,
    total: totalOf(false),
    disbenefitTotal: totalOf(true),
    years: summary.totals,
    disbenefitYears: summary.disbenefits,
    bySector: sectors.map((r) => ({ sectorId: r.sector_id, sectorName: r.sector_name, ...toGroup(r) })),
    byGoal,
    byType: types.map((r) => ({ type: r.type, ...toGroup(r) })),
    hourlyCostNok,
    hoursPerFte,
  };
}

export interface DashboardBenefits {
  currentYear: number;
  /** The chart's years: the current strategy's period, or the current year ± 2 without one. */
  fromYear: number;
  toYear: number;
  /** Benefits (not disbenefits) in the current year. */
  current: BenefitSummaryTotal;
  years: BenefitSummaryTotal[];
  chart: RenderedChart;
}

/** The dashboard's benefit figures: the current year's totals and planned against realised NOK per year. */
export async function getDashboardBenefits({
  municipalityId,
  lang,
  currentYear = currentYearInNorway(),
}: {
  municipalityId: string;
  lang: Lang;
  currentYear?: number;
}): Promise<DashboardBenefits> {
  const current = await getCurrentStrategy({ municipalityId, year: currentYear });
  const range = current ? strategyRange(current) : { fromYear: currentYear - 2, toYear: currentYear + 2 };
  const summary = await getBenefitSummary({ municipalityId, ...range });
  const inRange = summary.totals.find((y) => y.year === currentYear);
  const thisYear = inRange ?? (await getBenefitSummary({ municipalityId, fromYear: currentYear, toYear: currentYear })).totals[0];
  return {
    currentYear,
    ...range,
    current: thisYear,
    years: summary.totals,
    chart: buildBenefitYearChart({ years: summary.totals, t: createTranslator(lang), lang }),
  };
}
