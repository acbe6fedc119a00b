/**
 * Turns domain objects into the API's JSON representation: camelCase, ISO 8601 dates, no internal
 * columns (municipalityId, searchVector, derived year bounds, sort orders). Each function is typed
 * against the response schema in ./schemas.ts, which the OpenAPI document is generated from.
 */
import type { BenefitDetail, IndicatorRow, MeasurementRow } from "~/domains/benefits/index.server";
import type { HistoryEntry } from "~/domains/history/index.server";
import type { MeasureDetail, MeasureListRow } from "~/domains/measures/index.server";
import type { Goal, GoalMeasure, GoalNode, Strategy } from "~/domains/plan/index.server";
import { flattenGoalTree } from "~/domains/plan";
import type {
  BenefitJson,
  GoalDetailJson,
  GoalFlatItemJson,
  GoalJson,
  GoalNodeJson,
  HistoryEntryJson,
  IndicatorJson,
  MeasureJson,
  MeasureListItemJson,
  MeasurementJson,
  StrategyDetailJson,
  StrategyJson,
} from "./schemas";

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function serializeMeasure(m: MeasureDetail): MeasureJson {
  return {
    id: m.id,
    code: m.code,
    title: m.title,
    description: m.description,
    sectorId: m.sectorId,
    sector: m.sector ? { id: m.sector.id, name: m.sector.name, codePrefix: m.sector.codePrefix } : null,
    responsibleText: m.responsibleText,
    responsibleUserId: m.responsibleUserId,
    responsibleUser: m.responsibleUser ? { id: m.responsibleUser.id, name: m.responsibleUser.name } : null,
    userOriented: m.userOriented,
    tags: m.tags,
    status: m.status,
    statusChangedAt: iso(m.statusChangedAt),
    completedOn: m.completedOn,
    dropReason: m.dropReason,
    mergedIntoId: m.mergedIntoId,
    mergedInto: m.mergedInto ? { id: m.mergedInto.id, code: m.mergedInto.code, title: m.mergedInto.title } : null,
    mergedFrom: m.mergedFrom.map((r) => ({ id: r.id, code: r.code, title: r.title })),
    planYear: m.planYear,
    priority: m.priority,
    startPeriod: m.startPeriod,
    endPeriod: m.endPeriod,
    benefitsCitizens: m.benefitsCitizens,
    benefitsEmployees: m.benefitsEmployees,
    benefitsQuantitative: m.benefitsQuantitative,
    published: m.published,
    goals: m.goals.map((g) => ({ id: g.id, number: g.number, title: g.title })),
    dependsOn: m.dependsOn.map((d) => ({ id: d.id, code: d.code, title: d.title, status: d.status })),
    dependents: m.dependents.map((d) => ({ id: d.id, code: d.code, title: d.title, status: d.status })),
    costs: m.costs.map((c) => ({
      id: c.id,
      amountNok: c.amountNok === null ? null : Number(c.amountNok),
      usedNok: c.usedNok === null ? null : Number(c.usedNok),
      recurrence: c.recurrence,
      year: c.year,
      costType: c.costType,
      fundingSource: c.fundingSource,
      description: c.description,
    })),
    statusEvents: m.statusEvents.map((e) => ({
      id: e.id,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      reason: e.reason,
      changedAt: iso(e.changedAt),
      changedByName: e.changedByName,
    })),
    version: m.version,
    createdAt: iso(m.createdAt),
    updatedAt: iso(m.updatedAt),
  };
}

export function serializeMeasureListRow(row: MeasureListRow): MeasureListItemJson {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    sectorId: row.sectorId,
    sectorName: row.sectorName,
    responsible: row.responsible,
    userOriented: row.userOriented,
    priority: row.priority,
    planYear: row.planYear,
    startPeriod: row.startPeriod,
    endPeriod: row.endPeriod,
    knownCostNok: Number(row.knownCostNok),
    goalNumbers: row.goalNumbers,
    updatedAt: iso(row.updatedAt),
    version: row.version,
  };
}

export function serializeHistoryEntry(entry: HistoryEntry): HistoryEntryJson {
  return {
    id: Number(entry.id),
    changeSetId: entry.changeSetId,
    action: entry.action,
    field: entry.field,
    oldValue: entry.oldValue,
    newValue: entry.newValue,
    changedAt: iso(entry.changedAt),
    changedByName: entry.changedByName,
    actorLabel: entry.actorLabel,
  };
}

export function serializeStrategy(s: Strategy): StrategyJson {
  return {
    id: s.id,
    title: s.title,
    periodFrom: s.periodFrom,
    periodTo: s.periodTo,
    adoptedOn: s.adoptedOn,
    caseReference: s.caseReference,
    summary: s.summary,
    focusAreas: s.focusAreas,
    version: s.version,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

export function serializeGoal(g: Goal): GoalJson {
  return {
    id: g.id,
    strategyId: g.strategyId,
    parentId: g.parentId,
    number: g.number,
    title: g.title,
    description: g.description,
    indicator: g.indicator,
    version: g.version,
    createdAt: iso(g.createdAt),
    updatedAt: iso(g.updatedAt),
  };
}

export function serializeGoalDetail(g: Goal, measures: GoalMeasure[]): GoalDetailJson {
  return {
    ...serializeGoal(g),
    measures: measures.map((m) => ({ id: m.id, code: m.code, title: m.title, status: m.status })),
  };
}

function goalNodeFields(node: GoalNode) {
  return {
    id: node.id,
    strategyId: node.strategyId,
    parentId: node.parentId,
    number: node.number,
    title: node.title,
    description: node.description,
    indicator: node.indicator,
    version: node.version,
    measureCount: Number(node.measureCount),
  };
}

export function serializeGoalTree(nodes: GoalNode[]): GoalNodeJson[] {
  return nodes.map((node) => ({ ...goalNodeFields(node), children: serializeGoalTree(node.children) }));
}

export function serializeGoalList(nodes: GoalNode[]): GoalFlatItemJson[] {
  return flattenGoalTree(nodes).map(({ node, depth }) => ({ ...goalNodeFields(node), depth }));
}

export function serializeStrategyDetail(s: Strategy, goals: GoalNode[]): StrategyDetailJson {
  return { ...serializeStrategy(s), goals: serializeGoalTree(goals) };
}

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
    createdAt: iso(b.createdAt),
    updatedAt: iso(b.updatedAt),
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
    createdAt: iso(i.createdAt),
    updatedAt: iso(i.updatedAt),
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
    createdAt: iso(m.createdAt),
    updatedAt: iso(m.updatedAt),
  };
}
