/**
 * Turns measures into the API's JSON representation: camelCase, ISO 8601 dates, no internal columns. Each function
 * is typed against the response schema in ./schemas.ts, which the OpenAPI document is generated from.
 */
import { isoDateTime } from "~/kit/api.server";
import type { MeasureDetail, MeasureListRow } from "../queries.server";
import type { MeasureJson, MeasureListItemJson } from "./schemas";

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
    statusChangedAt: isoDateTime(m.statusChangedAt),
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
      changedAt: isoDateTime(e.changedAt),
      changedByName: e.changedByName,
    })),
    version: m.version,
    createdAt: isoDateTime(m.createdAt),
    updatedAt: isoDateTime(m.updatedAt),
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
    updatedAt: isoDateTime(row.updatedAt),
    version: row.version,
  };
}
