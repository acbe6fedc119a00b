/**
 * Benefit map (nyttekart): measure → benefits → goals, for one measure or for one goal.
 *
 *   - For a measure: the measure, all its benefits and the goals each benefit serves (benefit_goal).
 *   - For a goal: the goal's measures – measures linked to the goal (measure_goal) and measures that have a
 *     benefit linked to the goal – with all their benefits and the goals those benefits serve (so the map also
 *     shows what else the measures contribute to).
 *
 * Three queries (measures, benefits with their goal ids, goals), each filtered by municipality.
 */
import { asc, inArray, sql } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { benefit, benefitGoal } from "~/domains/benefits/db";
import { goal } from "~/domains/plan/index.server";
import { measure, measureGoal } from "~/domains/measures/index.server";
import type { BENEFIT_STATUSES, BENEFIT_TYPES } from "~/domains/benefits/constants";
import type { MeasureStatus } from "~/domains/measures";
import { AppError } from "~/kit/errors";
import { isUuid } from "~/kit/ids";
import { byId, scoped } from "~/kit/tenant-scope.server";

export interface BenefitMapMeasure {
  id: string;
  code: string;
  title: string;
  status: MeasureStatus;
  /** For permission checks (who may register a benefit on the measure). */
  sectorId: string | null;
  responsibleUserId: string | null;
}

export interface BenefitMapBenefit {
  id: string;
  measureId: string;
  title: string;
  type: (typeof BENEFIT_TYPES)[number];
  status: (typeof BENEFIT_STATUSES)[number];
  disbenefit: boolean;
  /** Ids of the goals the benefit serves, in the order of `goals`. */
  goalIds: string[];
}

export interface BenefitMapGoal {
  id: string;
  number: string;
  title: string;
}

export interface BenefitMap {
  /** Ordered by code. */
  measures: BenefitMapMeasure[];
  /** Grouped by measure (in the order of `measures`), oldest first within a measure. */
  benefits: BenefitMapBenefit[];
  /** The goals served by at least one benefit, by goal number. */
  goals: BenefitMapGoal[];
}

/** Goal numbers "1.10" after "1.2"; numbers that are not dotted integers last, by text. */
const goalOrder = [
  sql`case when ${goal.number} ~ '^[0-9]{1,9}(\\.[0-9]{1,9})*$' then string_to_array(${goal.number}, '.')::int[] end asc nulls last`,
  asc(goal.number),
  asc(goal.id),
];

async function loadMap({ municipalityId, measureIds }: { municipalityId: string; measureIds: string[] }): Promise<BenefitMap> {
  if (measureIds.length === 0) return { measures: [], benefits: [], goals: [] };
  const [measures, benefits, links, goals] = await Promise.all([
    db()
      .select({
        id: measure.id,
        code: measure.code,
        title: measure.title,
        status: measure.status,
        sectorId: measure.sectorId,
        responsibleUserId: measure.responsibleUserId,
      })
      .from(measure)
      .where(scoped(measure, municipalityId, inArray(measure.id, measureIds)))
      .orderBy(asc(measure.code), asc(measure.id)),
    db()
      .select({
        id: benefit.id,
        measureId: benefit.measureId,
        title: benefit.title,
        type: benefit.type,
        status: benefit.status,
        disbenefit: benefit.disbenefit,
      })
      .from(benefit)
      .where(scoped(benefit, municipalityId, inArray(benefit.measureId, measureIds)))
      .orderBy(asc(benefit.createdAt), asc(benefit.id)),
    db()
      .select({ benefitId: benefitGoal.benefitId, goalId: benefitGoal.goalId })
      .from(benefitGoal)
      .innerJoin(benefit, byId(benefit, { municipalityId, id: benefitGoal.benefitId }))
      .where(scoped(benefitGoal, municipalityId, inArray(benefit.measureId, measureIds))),
    db()
      .select({ id: goal.id, number: goal.number, title: goal.title })
      .from(goal)
      .where(
        scoped(
          goal,
          municipalityId,
          inArray(
            goal.id,
            db()
              .select({ id: benefitGoal.goalId })
              .from(benefitGoal)
              .innerJoin(benefit, byId(benefit, { municipalityId, id: benefitGoal.benefitId }))
              .where(scoped(benefitGoal, municipalityId, inArray(benefit.measureId, measureIds))),
          ),
        ),
      )
      .orderBy(...goalOrder),
  ]);
  const goalIndex = new Map(goals.map((g, i) => [g.id, i]));
  const measureIndex = new Map(measures.map((m, i) => [m.id, i]));
  const goalsOf = new Map<string, string[]>();
  for (const link of links) {
    if (!goalIndex.has(link.goalId)) continue;
    goalsOf.set(link.benefitId, [...(goalsOf.get(link.benefitId) ?? []), link.goalId]);
  }
  return {
    measures,
    benefits: benefits
      .map((b) => ({ ...b, goalIds: (goalsOf.get(b.id) ?? []).sort((x, y) => goalIndex.get(x)! - goalIndex.get(y)!) }))
      // Stable: keeps the creation order within a measure.
      .sort((x, y) => measureIndex.get(x.measureId)! - measureIndex.get(y.measureId)!),
    goals,
  };
}

/** The benefit map of one measure. An unknown measure (or another municipality's) is not_found. */
export async function getBenefitMapForMeasure({ municipalityId, measureId }: { municipalityId: string; measureId: string }): Promise<BenefitMap> {
  if (!isUuid(measureId)) throw new AppError("not_found");
  const [found] = await db()
    .select({ id: measure.id })
    .from(measure)
    .where(byId(measure, { municipalityId, id: measureId }));
  if (!found) throw new AppError("not_found");
  return loadMap({ municipalityId, measureIds: [found.id] });
}

/**
 * The benefit map of one goal: its measures (linked to the goal, or with a benefit linked to it), their benefits
 * and the goals those benefits serve. An unknown goal (or another municipality's) is not_found.
 */
export async function getBenefitMapForGoal({ municipalityId, goalId }: { municipalityId: string; goalId: string }): Promise<BenefitMap> {
  if (!isUuid(goalId)) throw new AppError("not_found");
  const [found] = await db()
    .select({ id: goal.id })
    .from(goal)
    .where(byId(goal, { municipalityId, id: goalId }));
  if (!found) throw new AppError("not_found");
  const measures = await db()
    .select({ id: measure.id })
    .from(measure)
    .where(
      scoped(
        measure,
        municipalityId,
        sql`(${measure.id} in (select mg.measure_id from ${measureGoal} mg where mg.goal_id = ${goalId} and mg.municipality_id = ${municipalityId})
          or ${measure.id} in (select b.measure_id from ${benefit} b join ${benefitGoal} bg on bg.benefit_id = b.id
                               where bg.goal_id = ${goalId} and bg.municipality_id = ${municipalityId} and b.municipality_id = ${municipalityId}))`,
      ),
    );
  return loadMap({ municipalityId, measureIds: measures.map((m) => m.id) });
}
