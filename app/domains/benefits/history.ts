// The benefit history page: change sets of the benefit, its indicators and measurements, each with what it is about.
import { groupHistory, type HistoryGroup } from "~/domains/history";
import type { EntityHistoryEntry } from "~/domains/history/index.server";
import { BENEFIT_HISTORY_FIELDS, INDICATOR_HISTORY_FIELDS, MEASUREMENT_HISTORY_FIELDS } from "./history-fields";

/** What a change set is about: the benefit, one of its indicators (by name) or a measurement (by date). */
export type BenefitHistorySubject = { type: "benefit" } | { type: "indicator"; name: string } | { type: "measurement"; measuredOn: string };

export type BenefitHistoryGroup = HistoryGroup & { subject: BenefitHistorySubject };

/** Field order on the page: the benefit form, then the indicator form, then the measurement form. */
export const BENEFIT_HISTORY_FIELD_ORDER = [...BENEFIT_HISTORY_FIELDS, ...INDICATOR_HISTORY_FIELDS, ...MEASUREMENT_HISTORY_FIELDS] as const;

/**
 * Groups the entries (newest first) by change set and names each group's subject. An indicator is named by its
 * latest name and a measurement by its latest date, both read from the history itself, so deleted ones keep theirs.
 */
export function groupBenefitHistory(entries: readonly EntityHistoryEntry[]): BenefitHistoryGroup[] {
  const latest = new Map<string, { name?: string; measuredOn?: string }>();
  for (const e of [...entries].reverse()) {
    if (e.field !== "name" && e.field !== "measuredOn") continue;
    const value = e.action === "delete" ? e.oldValue : e.newValue;
    if (typeof value !== "string") continue;
    latest.set(e.entityId, { ...latest.get(e.entityId), [e.field]: value });
  }
  const entityOf = new Map(entries.map((e) => [e.changeSetId, e]));
  return groupHistory(entries, BENEFIT_HISTORY_FIELD_ORDER).map((group) => {
    const entry = entityOf.get(group.id);
    const known = entry ? latest.get(entry.entityId) : undefined;
    const subject: BenefitHistorySubject =
      entry?.entityType === "indicator"
        ? { type: "indicator", name: known?.name ?? "" }
        : entry?.entityType === "measurement"
          ? { type: "measurement", measuredOn: known?.measuredOn ?? "" }
          : { type: "benefit" };
    return { ...group, subject };
  });
}
