// Field labels and values in the benefit history (benefit, indicator and measurement fields).
import { formatAmount } from "~/domains/benefits/ui/indicators";
import { dateOnly } from "~/domains/measures/ui";
import type { MessageKey, Translate } from "~/kit/i18n";
import type { BenefitHistorySubject } from "~/domains/benefits/history";

const LABELS: Record<string, MessageKey> = {
  title: "benefits.field.title",
  description: "benefits.field.description",
  type: "benefits.field.type",
  beneficiaries: "benefits.field.beneficiaries",
  quantitative: "benefits.field.quantitative",
  disbenefit: "benefits.field.disbenefit",
  ownerUserId: "benefits.field.ownerUserId",
  ownerText: "benefits.field.ownerText",
  managerUserId: "benefits.field.managerUserId",
  managerText: "benefits.field.managerText",
  periodFrom: "benefits.field.periodFrom",
  periodTo: "benefits.field.periodTo",
  assumptions: "benefits.field.assumptions",
  risks: "benefits.field.risks",
  status: "benefits.field.status",
  statusReason: "benefits.field.statusReason",
  alternativeUse: "benefits.field.alternativeUse",
  recurrence: "benefits.field.recurrence",
  plannedHoursPerYear: "benefits.field.plannedHoursPerYear",
  plannedNokPerYear: "benefits.field.plannedNokPerYear",
  goals: "benefits.goals",
  name: "benefits.indicator.name",
  unit: "benefits.indicator.unit",
  customUnit: "benefits.indicator.customUnit",
  direction: "benefits.indicator.direction",
  method: "benefits.indicator.method",
  baselineValue: "benefits.indicator.baselineValue",
  baselineDate: "benefits.indicator.baselineDate",
  targetValue: "benefits.indicator.targetValue",
  targetDate: "benefits.indicator.targetDate",
  frequency: "benefits.indicator.frequency",
  responsibleUserId: "benefitRecords.history.field.responsibleUserId",
  responsibleText: "benefits.indicator.responsibleText",
  isValuationIndicator: "benefits.indicator.isValuationIndicator",
  measuredOn: "benefits.measurement.measuredOn",
  value: "benefits.measurement.value",
  comment: "benefits.measurement.comment",
  assessment: "benefits.measurement.assessment",
};

/** Fields whose values are catalogue keys with this prefix. */
const CHOICES: Record<string, string> = {
  type: "benefits.type.",
  beneficiaries: "benefits.beneficiary.",
  status: "benefits.status.",
  recurrence: "benefits.recurrence.",
  unit: "benefits.unit.",
  direction: "benefits.direction.",
  frequency: "benefits.frequency.",
  assessment: "benefits.assessment.",
};

const DATES = new Set(["periodFrom", "periodTo", "baselineDate", "targetDate", "measuredOn"]);
const USERS = new Set(["ownerUserId", "managerUserId", "responsibleUserId"]);

export function benefitHistoryFieldLabel(t: Translate, field: string): string {
  const key = LABELS[field];
  return key ? t(key) : field;
}

/** A stored history value as text; user ids become names (`users`), unknown users a neutral text. */
export function formatBenefitHistoryValue(t: Translate, lang: "nb" | "nn", field: string, value: unknown, users: Readonly<Record<string, string>>): string {
  const one = (v: unknown): string => {
    if (typeof v === "boolean") return v ? t("common.yes") : t("common.no");
    if (typeof v === "number") return formatAmount(lang, v);
    const text = String(v);
    if (CHOICES[field]) return t(`${CHOICES[field]}${text}` as MessageKey);
    if (DATES.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(text)) return dateOnly(lang, text);
    if (USERS.has(field)) return users[text] ?? t("benefitRecords.history.unknownUser");
    return text;
  };
  return Array.isArray(value) ? value.map(one).join(", ") : one(value);
}

export function benefitHistorySubject(t: Translate, lang: "nb" | "nn", subject: BenefitHistorySubject): string {
  if (subject.type === "indicator") return t("benefitRecords.history.subject.indicator", { name: subject.name });
  if (subject.type === "measurement") {
    return t("benefitRecords.history.subject.measurement", { date: subject.measuredOn ? dateOnly(lang, subject.measuredOn) : "–" });
  }
  return t("benefitRecords.history.subject.benefit");
}
