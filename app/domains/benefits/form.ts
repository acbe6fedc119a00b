// Reads the benefit, indicator and measurement forms (plain HTML posts) into inputs for the
// mutations, and turns stored rows back into form values. Validation stays in schema.ts.
import { readCheckbox, readFormInput, readText } from "~/kit/form";
import type { BenefitInput, IndicatorInput } from "./schema";
import type { BenefitRow, IndicatorRow, MeasurementRow } from "./queries.server";

export type BenefitFormValues = Record<string, string | string[]>;

const BENEFIT_TEXT_FIELDS = [
  "title",
  "description",
  "type",
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
] as const;

const INDICATOR_TEXT_FIELDS = [
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
] as const;

/** The benefit form as a (partial) input for createBenefit/updateBenefit; the schema validates it. */
export function parseBenefitForm(form: FormData): Partial<Record<keyof BenefitInput, unknown>> {
  return readFormInput({ form, texts: BENEFIT_TEXT_FIELDS, lists: ["beneficiaries", "goalIds"], checkboxes: ["quantitative", "disbenefit"] });
}

/** The indicator form as input for createIndicator. */
export function parseIndicatorForm(form: FormData): Partial<Record<keyof IndicatorInput, unknown>> {
  const input: Partial<Record<keyof IndicatorInput, unknown>> = readFormInput({ form, texts: INDICATOR_TEXT_FIELDS });
  input.isValuationIndicator = readCheckbox({ form, name: "isValuationIndicator" });
  return input;
}

/** The measurement form; an empty assessment means "not assessed". */
export function parseMeasurementForm(form: FormData): { indicatorId: string; input: Record<string, unknown> } {
  const assessment = readText({ form, name: "assessment" })?.trim();
  return {
    indicatorId: readText({ form, name: "indicatorId" })?.trim() ?? "",
    input: {
      measuredOn: readText({ form, name: "measuredOn" }) ?? "",
      value: readText({ form, name: "value" }) ?? "",
      comment: readText({ form, name: "comment" }) ?? null,
      assessment: assessment ? assessment : null,
    },
  };
}

/** A number as form text without grouping, decimals with a comma in Norwegian style. */
export function numberToFormValue(value: number | null): string {
  return value === null ? "" : String(value).replace(".", ",");
}

/** A stored benefit as the edit form's defaults. */
export function benefitToFormValues(b: BenefitRow & { goals?: ReadonlyArray<{ id: string }> }): BenefitFormValues {
  return {
    goalIds: (b.goals ?? []).map((g) => g.id),
    title: b.title,
    description: b.description ?? "",
    type: b.type,
    beneficiaries: [...b.beneficiaries],
    quantitative: b.quantitative ? "true" : "false",
    disbenefit: b.disbenefit ? "true" : "false",
    ownerUserId: b.ownerUserId ?? "",
    ownerText: b.ownerText ?? "",
    managerUserId: b.managerUserId ?? "",
    managerText: b.managerText ?? "",
    periodFrom: b.periodFrom ?? "",
    periodTo: b.periodTo ?? "",
    assumptions: b.assumptions ?? "",
    risks: b.risks ?? "",
    status: b.status,
    statusReason: b.statusReason ?? "",
    alternativeUse: b.alternativeUse ?? "",
    recurrence: b.recurrence,
    plannedHoursPerYear: numberToFormValue(b.plannedHoursPerYear),
    plannedNokPerYear: numberToFormValue(b.plannedNokPerYear),
  };
}

/** A stored indicator as the edit form's defaults. */
export function indicatorToFormValues(ind: IndicatorRow): BenefitFormValues {
  return {
    name: ind.name,
    unit: ind.unit,
    customUnit: ind.customUnit ?? "",
    direction: ind.direction,
    method: ind.method ?? "",
    baselineValue: numberToFormValue(ind.baselineValue),
    baselineDate: ind.baselineDate ?? "",
    targetValue: numberToFormValue(ind.targetValue),
    targetDate: ind.targetDate ?? "",
    frequency: ind.frequency,
    responsibleUserId: ind.responsibleUserId ?? "",
    responsibleText: ind.responsibleText ?? "",
    isValuationIndicator: ind.isValuationIndicator ? "true" : "false",
  };
}

/** A stored measurement as the edit form's defaults. */
export function measurementToFormValues(m: MeasurementRow): BenefitFormValues {
  return { measuredOn: m.measuredOn, value: numberToFormValue(m.value), comment: m.comment ?? "", assessment: m.assessment ?? "" };
}
