// Display formatting for measures, shared by the pages and by actions that build readable messages.
// Pure functions: safe on both server and client.
import { formatDate, formatNumber, type Lang, type MessageKey, type Translate } from "~/kit/i18n";
import { formatPeriod, formatPeriodRange, parsePeriod } from "~/domains/measures/period";
import type { MeasureStatus } from "~/domains/measures/constants";

export function statusLabel(t: Translate, status: string): string {
  return t(`measures.status.${status}` as MessageKey);
}

/** Tag colour per status; the status is always shown as text as well. */
export function statusColor(status: MeasureStatus | string): string {
  switch (status) {
    case "idea":
      return "neutral";
    case "proposed":
      return "info";
    case "prioritised":
    case "planned":
      return "accent";
    case "in_progress":
      return "warning";
    case "completed":
      return "success";
    case "dropped":
      return "danger";
    default:
      return "neutral";
  }
}

export function periodRangeLabel(lang: Lang, start: string | null, end: string | null): string {
  return formatPeriodRange(start ? parsePeriod(start) : null, end ? parsePeriod(end) : null, lang);
}

export function nok(t: Translate, lang: Lang, amount: number): string {
  return t("common.nok", { amount: formatNumber(lang, amount) });
}

export interface CostLike {
  amountNok: number | null;
  usedNok?: number | null;
  recurrence: string;
  year: number | null;
  costType: string;
  fundingSource: string;
  description?: string | null;
}

/** "150 000 kr engangs 2019 investering digitaliseringsmidler brukt 75 000 kr (lisens)". */
export function costSummary(t: Translate, lang: Lang, cost: CostLike): string {
  const parts = [
    cost.amountNok === null ? t("measures.cost.unknownAmount") : nok(t, lang, cost.amountNok),
    t(`measures.recurrence.${cost.recurrence}` as MessageKey).toLowerCase(),
    cost.year === null ? null : String(cost.year),
    t(`measures.costType.${cost.costType}` as MessageKey).toLowerCase(),
    t(`measures.funding.${cost.fundingSource}` as MessageKey).toLowerCase(),
    cost.usedNok === null || cost.usedNok === undefined ? null : t("measures.cost.usedSummary", { amount: nok(t, lang, cost.usedNok) }),
  ].filter((p): p is string => Boolean(p));
  const text = parts.join(" ");
  return cost.description ? `${text} (${cost.description})` : text;
}

function isCostLike(value: unknown): value is CostLike {
  return typeof value === "object" && value !== null && "recurrence" in value && "costType" in value;
}

/** Empty values in the history and conflict tables. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * A field value from the change history (or a conflict comparison) as readable text:
 * arrays joined with ", ", booleans Ja/Nei, statuses translated, periods as in plans, costs summarised.
 */
export function formatFieldValue(t: Translate, lang: Lang, field: string, value: unknown): string {
  if (isEmptyValue(value)) return t("measures.value.empty");
  switch (field) {
    case "status":
      return statusLabel(t, String(value));
    case "startPeriod":
    case "endPeriod": {
      const period = parsePeriod(String(value));
      return period ? formatPeriod(period, lang) : String(value);
    }
    case "completedOn":
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDate(lang, `${String(value)}T12:00:00Z`) : String(value);
    case "costs":
      if (Array.isArray(value)) return value.map((c) => (isCostLike(c) ? costSummary(t, lang, c) : JSON.stringify(c))).join("; ");
      break;
    default:
      break;
  }
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" || typeof v === "number" ? String(v) : JSON.stringify(v))).join(", ");
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** Catalogue key of a field's label, for history rows, conflict rows and error summaries. */
export function fieldLabelKey(field: string): MessageKey {
  switch (field) {
    case "sector":
    case "sectorId":
      return "measures.field.sector";
    case "responsibleUser":
    case "responsibleUserId":
      return "measures.field.responsibleUser";
    case "mergedInto":
    case "mergedIntoId":
      return "measures.field.mergedInto";
    case "goals":
    case "goalIds":
      return "measures.field.goals";
    case "dependsOn":
    case "dependsOnIds":
      return "measures.field.dependsOn";
    case "published":
      return "public.measure.published";
    default:
      return `measures.field.${field}` as MessageKey;
  }
}
