import { asc, desc, eq } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { benefit, benefitGoal, indicator, measurement, municipalityValuation } from "~/domains/benefits/db";
import { goal } from "~/domains/plan/index.server";
import { measure } from "~/domains/measures/index.server";
import { type EntityHistoryEntry, listHistory, listHistoryWithChildren } from "~/domains/history/index.server";
import { isUuid } from "~/kit/ids";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { AppError } from "~/kit/errors";
import { DEFAULT_HOURLY_COST_NOK, DEFAULT_HOURS_PER_FTE, type ValuationSettings } from "./valuation";

export { isUuid };

export type BenefitRow = typeof benefit.$inferSelect;
export type BenefitDetail = BenefitRow & { goals: { id: string; number: string; title: string }[] };
export type IndicatorRow = typeof indicator.$inferSelect;
export type MeasurementRow = typeof measurement.$inferSelect;

/** The benefits of a measure, oldest first. An unknown measure (or another municipality's) is not_found. */
export async function listBenefitsByMeasure({ municipalityId, measureId }: { municipalityId: string; measureId: string }): Promise<BenefitRow[]> {
  if (!isUuid(measureId)) throw new AppError("not_found");
  const [m] = await db()
    .select({ id: measure.id })
    .from(measure)
    .where(byId(measure, { municipalityId, id: measureId }));
  if (!m) throw new AppError("not_found");
  return db()
    .select()
    .from(benefit)
    .where(scoped(benefit, municipalityId, eq(benefit.measureId, measureId)))
    .orderBy(asc(benefit.createdAt), asc(benefit.id));
}

export async function findBenefitById({ municipalityId, id }: { municipalityId: string; id: string }): Promise<BenefitDetail | null> {
  if (!isUuid(id)) return null;
  const [row] = await db().select().from(benefit).where(byId(benefit, { municipalityId, id }));
  if (!row) return null;
  const goals = await db()
    .select({ id: goal.id, number: goal.number, title: goal.title })
    .from(benefitGoal)
    .innerJoin(goal, byId(goal, { municipalityId, id: benefitGoal.goalId }))
    .where(scoped(benefitGoal, municipalityId, eq(benefitGoal.benefitId, id)))
    .orderBy(asc(goal.number));
  return { ...row, goals };
}

export async function getBenefitById({ municipalityId, id }: { municipalityId: string; id: string }): Promise<BenefitDetail> {
  const found = await findBenefitById({ municipalityId, id });
  if (!found) throw new AppError("not_found");
  return found;
}

export async function listIndicatorsByBenefit({ municipalityId, benefitId }: { municipalityId: string; benefitId: string }): Promise<IndicatorRow[]> {
  await getBenefitById({ municipalityId, id: benefitId });
  return db()
    .select()
    .from(indicator)
    .where(scoped(indicator, municipalityId, eq(indicator.benefitId, benefitId)))
    .orderBy(asc(indicator.createdAt), asc(indicator.id));
}

export async function getIndicatorById({ municipalityId, id }: { municipalityId: string; id: string }): Promise<IndicatorRow> {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db().select().from(indicator).where(byId(indicator, { municipalityId, id }));
  if (!row) throw new AppError("not_found");
  return row;
}

/** Measurements of an indicator, newest first. */
export async function listMeasurementsByIndicator({ municipalityId, indicatorId }: { municipalityId: string; indicatorId: string }): Promise<MeasurementRow[]> {
  await getIndicatorById({ municipalityId, id: indicatorId });
  return db()
    .select()
    .from(measurement)
    .where(scoped(measurement, municipalityId, eq(measurement.indicatorId, indicatorId)))
    .orderBy(desc(measurement.measuredOn), desc(measurement.createdAt));
}

export async function getMeasurementById({ municipalityId, id }: { municipalityId: string; id: string }): Promise<MeasurementRow> {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db().select().from(measurement).where(byId(measurement, { municipalityId, id }));
  if (!row) throw new AppError("not_found");
  return row;
}

/** The municipality's valuation settings; the defaults from valuation.ts until they are saved. */
export async function getValuationSettings({
  municipalityId,
}: {
  municipalityId: string;
}): Promise<ValuationSettings & { version: number; isDefault: boolean }> {
  const [row] = await db().select().from(municipalityValuation).where(eq(municipalityValuation.municipalityId, municipalityId));
  if (!row) return { hourlyCostNok: DEFAULT_HOURLY_COST_NOK, hoursPerFte: DEFAULT_HOURS_PER_FTE, version: 0, isDefault: true };
  return { hourlyCostNok: row.hourlyCostNok, hoursPerFte: row.hoursPerFte, version: row.version, isDefault: false };
}

/** History rows of a benefit, indicator or measurement, newest first. */
export async function listBenefitAreaHistory({
  municipalityId,
  entityType,
  entityId,
}: {
  municipalityId: string;
  entityType: "benefit" | "indicator" | "measurement";
  entityId: string;
}) {
  if (!isUuid(entityId)) return [];
  return listHistory({ municipalityId, entityType, entityId });
}

/** Every change to a benefit, its indicators and their measurements (deleted ones included), newest first. */
export async function listBenefitHistory({ municipalityId, id }: { municipalityId: string; id: string }): Promise<EntityHistoryEntry[]> {
  const found = await getBenefitById({ municipalityId, id });
  return listHistoryWithChildren({ municipalityId, entityType: "benefit", entityId: found.id });
}
