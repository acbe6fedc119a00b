// The fields of benefits, indicators, measurements and valuation settings that are kept in the history, in form order.

export const BENEFIT_HISTORY_FIELDS = [
  "title",
  "description",
  "type",
  "beneficiaries",
  "quantitative",
  "disbenefit",
  "ownerUserId",
  "ownerText",
  "managerUserId",
  "managerText",
  "periodFrom",
  "periodTo",
  "assumptions",
  "risks",
  "status",
  "statusReason",
  "alternativeUse",
  "recurrence",
  "plannedHoursPerYear",
  "plannedNokPerYear",
  "goals",
] as const;

export const INDICATOR_HISTORY_FIELDS = [
  "name",
  "unit",
  "customUnit",
  "direction",
  "method",
  "baselineValue",
  "baselineDate",
  "targetValue",
  "targetDate",
  "frequency",
  "responsibleUserId",
  "responsibleText",
  "isValuationIndicator",
] as const;

export const MEASUREMENT_HISTORY_FIELDS = ["measuredOn", "value", "comment", "assessment"] as const;

export const VALUATION_HISTORY_FIELDS = ["hourlyCostNok", "hoursPerFte"] as const;
