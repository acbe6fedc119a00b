/**
 * Turns benefits, indicators and measurements into the API's JSON representation: camelCase, ISO 8601 dates, no internal columns. Each function
 * is typed against the response schema in ./schemas.ts, which the OpenAPI document is generated from.
 */
import { isoDateTime } from "~/kit/api.server";
import type { BenefitDetail, IndicatorRow, MeasurementRow } from "../queries.server";
import type { BenefitJson, IndicatorJson, MeasurementJson } from "./schemas";

export function serializeBenefit(b: BenefitDetail): BenefitJson {
  return {
    id: b.id,
    measureId: b.measureId,
    title: b.title,
    description: b.description,
    type: b.type,
    beneficiaries: b.beneficiaries,
    quantitative: b.quantitative,
    disbenefit: b.disbenefit,
    ownerUserId: b.ownerUserId,
    ownerText: b.ownerText,
    managerUserId: b.managerUserId,
    managerText: b.managerText,
    periodFrom: b.periodFrom,
    periodTo: b.periodTo,
    assumptions: b.assumptions,
    risks: b.risks,
    status: b.status,
    statusReason: b.statusReason,
    alternativeUse: b.alternativeUse,
    recurrence: b.recurrence,
    plannedHoursPerYear: b.plannedHoursPerYear === null ? null : Number(b.plannedHoursPerYear),
    plannedNokPerYear: b.plannedNokPerYear === null ? null : Number(b.plannedNokPerYear),
    goals: b.goals.map((g) => ({ id: g.id, number: g.number, title: g.title })),
    version: b.version,
    createdAt: isoDateTime(b.createdAt),
    updatedAt: isoDateTime(b.updatedAt),
  };
}

export function serializeIndicator(i: IndicatorRow): IndicatorJson {
  return {
    id: i.id,
    benefitId: i.benefitId,
    name: i.name,
    unit: i.unit,
    customUnit: i.customUnit,
    direction: i.direction,
    method: i.method,
    baselineValue: i.baselineValue === null ? null : Number(i.baselineValue),
    baselineDate: i.baselineDate,
    targetValue: i.targetValue === null ? null : Number(i.targetValue),
    targetDate: i.targetDate,
    frequency: i.frequency,
    responsibleUserId: i.responsibleUserId,
    responsibleText: i.responsibleText,
    isValuationIndicator: i.isValuationIndicator,
    version: i.version,
    createdAt: isoDateTime(i.createdAt),
    updatedAt: isoDateTime(i.updatedAt),
  };
}

/** `outsidePeriod`: the measurement is dated outside its benefit's realisation period (a warning only). */
export function serializeMeasurement(m: MeasurementRow, outsidePeriod: boolean): MeasurementJson {
  return {
    id: m.id,
    indicatorId: m.indicatorId,
    measuredOn: m.measuredOn,
    value: Number(m.value),
    comment: m.comment,
    assessment: m.assessment,
    outsidePeriod,
    version: m.version,
    createdAt: isoDateTime(m.createdAt),
    updatedAt: isoDateTime(m.updatedAt),
  };
}
