/**
 * Shared by the benefit, indicator and measurement API routes: the edit rule (whoever may edit the parent
 * measure), the representations as GET returns them, and the DELETE version from the query string.
 */
import type { AppContext } from "~/kit/context";
import { canEditBenefit } from "~/kit/permissions";
import { isOutsidePeriod } from "~/domains/benefits/measurement-rules";
import { getBenefitById, getIndicatorById, getMeasurementById, listMeasurementsByIndicator } from "~/domains/benefits/queries.server";
import { getMeasureById } from "~/domains/measures/index.server";
import { AppError } from "~/kit/errors";
import { parseInput } from "~/kit/validation";
import { deleteQuerySchema } from "~/kit/api.server";
import { serializeBenefit, serializeIndicator, serializeMeasurement } from "~/domains/benefits/api/serializers";

/** 403 unless the principal may edit the measure (404 when it is not in the municipality). */
export async function assertCanEditMeasureBenefits(context: Pick<AppContext, "municipality" | "principal">, measureId: string) {
  const measure = await getMeasureById({ municipalityId: context.municipality.id, id: measureId });
  if (!canEditBenefit(context.principal, measure)) throw new AppError("forbidden");
}

/** Loads the benefit (404 otherwise) and checks the edit rule on its measure. */
export async function assertCanEditBenefit(context: Pick<AppContext, "municipality" | "principal">, benefitId: string) {
  const benefit = await getBenefitById({ municipalityId: context.municipality.id, id: benefitId });
  await assertCanEditMeasureBenefits(context, benefit.measureId);
  return benefit;
}

export async function assertCanEditIndicator(context: Pick<AppContext, "municipality" | "principal">, indicatorId: string) {
  const indicator = await getIndicatorById({ municipalityId: context.municipality.id, id: indicatorId });
  await assertCanEditBenefit(context, indicator.benefitId);
  return indicator;
}

export async function assertCanEditMeasurement(context: Pick<AppContext, "municipality" | "principal">, measurementId: string) {
  const measurement = await getMeasurementById({ municipalityId: context.municipality.id, id: measurementId });
  await assertCanEditIndicator(context, measurement.indicatorId);
  return measurement;
}

export async function loadBenefitJson(municipalityId: string, id: string) {
  return serializeBenefit(await getBenefitById({ municipalityId, id }));
}

export async function loadIndicatorJson(municipalityId: string, id: string) {
  return serializeIndicator(await getIndicatorById({ municipalityId, id }));
}

async function periodOfIndicator(municipalityId: string, indicatorId: string) {
  const indicator = await getIndicatorById({ municipalityId, id: indicatorId });
  const benefit = await getBenefitById({ municipalityId, id: indicator.benefitId });
  return { from: benefit.periodFrom, to: benefit.periodTo };
}

export async function loadMeasurementJson(municipalityId: string, id: string) {
  const measurement = await getMeasurementById({ municipalityId, id });
  const period = await periodOfIndicator(municipalityId, measurement.indicatorId);
  return serializeMeasurement(measurement, isOutsidePeriod({ date: measurement.measuredOn, ...period }));
}

export async function listMeasurementsJson(municipalityId: string, indicatorId: string) {
  const rows = await listMeasurementsByIndicator({ municipalityId, indicatorId });
  const period = await periodOfIndicator(municipalityId, indicatorId);
  return rows.map((m) => serializeMeasurement(m, isOutsidePeriod({ date: m.measuredOn, ...period })));
}

/** The optional `?version=` of a DELETE (400 when it is not a positive integer). */
export function deleteVersion(request: Request): number | undefined {
  const value = new URL(request.url).searchParams.get("version");
  return parseInput(deleteQuerySchema, value === null ? {} : { version: value }).version;
}
