/** Copying labelled values (block labels or mapped table cells) into an occurrence. */
import type { DraftSource } from "./draft";
import { type LabelField, statusFromText } from "./labels";
import type { Occurrence } from "./occurrence";
import { cleanText, isUserOrientedMarker, parseGoalNumbers, parseNokAmount, parsePeriodRange, parsePriority } from "./parsers";

export function applyPeriod(occurrence: Occurrence, text: string, source: DraftSource) {
  const period = parsePeriodRange(text);
  occurrence.start = period.start;
  occurrence.end = period.end;
  occurrence.periodText = period.text;
  occurrence.fieldSources.period = source;
}

/** Copies labelled values (block labels or mapped table cells) into an occurrence. */
export function applyFields(occurrence: Occurrence, fields: ReadonlyMap<LabelField, { value: string; source: DraftSource }>) {
  for (const [field, { value: raw, source }] of fields) {
    const value = cleanText(raw);
    if (value === "") continue;
    switch (field) {
      case "responsible": {
        const split = /^(.*?)[,.]?\s*måleindikator(?:ar|er)?\s*:\s*(.*)$/iu.exec(value);
        const responsible = cleanText((split ? split[1] : value).replace(/^ansvarl\p{L}*\s*:\s*/iu, "").replace(/[,.]$/u, ""));
        if (responsible) {
          occurrence.responsible = responsible;
          occurrence.fieldSources.responsible = source;
        }
        if (split && split[2]) {
          occurrence.indicator = split[2];
          occurrence.fieldSources.indicator = source;
        }
        break;
      }
      case "indicator":
        occurrence.indicator = value;
        occurrence.fieldSources.indicator = source;
        break;
      case "sector":
        occurrence.sector = value;
        occurrence.fieldSources.sector = source;
        break;
      case "cost": {
        const amount = parseNokAmount(value);
        occurrence.costs = [{ amountNok: amount?.amountNok ?? null, minNok: amount?.minNok ?? null, text: value }];
        occurrence.fieldSources.costs = source;
        break;
      }
      case "qualitative":
        occurrence.qualitative = value;
        occurrence.fieldSources.qualitative = source;
        break;
      case "quantitative":
        occurrence.quantitative = value;
        occurrence.fieldSources.quantitative = source;
        break;
      case "period":
        applyPeriod(occurrence, value, source);
        break;
      case "status": {
        const status = statusFromText(value);
        if (status) {
          occurrence.status = status;
          occurrence.fieldSources.status = source;
          if (status === "dropped") {
            const reason = cleanText(value.replace(/^\p{L}+\s*[:,–-]?\s*/u, ""));
            if (reason) occurrence.statusReason = reason;
          }
          const year = /\b((?:19|20)\d{2})\b/u.exec(value);
          if (status === "completed" && year) occurrence.completedYear = Number(year[1]);
        }
        break;
      }
      case "priority": {
        const priority = parsePriority(value);
        if (priority !== null) {
          occurrence.priority = priority;
          occurrence.fieldSources.priority = source;
        }
        break;
      }
      case "goalNumbers": {
        const goals = parseGoalNumbers(value);
        if (goals.length > 0) {
          occurrence.goalNumbers = goals;
          occurrence.fieldSources.goalNumbers = source;
        }
        break;
      }
      case "userOriented":
        occurrence.userOriented = isUserOrientedMarker(value);
        occurrence.fieldSources.userOriented = source;
        break;
      default:
        break;
    }
  }
}
