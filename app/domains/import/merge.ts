/** Merging the occurrences of a code into one draft measure, sectors by code prefix, confidence. */
import type { MeasureStatus } from "~/domains/measures";
import type { DraftMeasure, DraftSource, MeasureField } from "./draft";
import { type Occurrence, TITLE_RANK } from "./occurrence";
import { cleanText, codePrefix } from "./parsers";

const STATUS_WEIGHT: Record<MeasureStatus, number> = { merged: 6, dropped: 5, completed: 4, in_progress: 3, prioritised: 2, planned: 1, proposed: 0, idea: 0 };
const BASE_CONFIDENCE: Record<Occurrence["kind"], number> = { table: 0.6, block: 0.6, detail: 0.5, list: 0.45, paragraph: 0.3, group: 0.3, moved: 0.35 };

export function sectorInitials(sector: string): string {
  const words = sector.split(/\s+/u).filter((word) => /^\p{L}/u.test(word) && !/^(og|i|for|med|av)$/iu.test(word));
  return words.length === 1 ? words[0].slice(0, 3).toUpperCase() : words.map((word) => word[0].toUpperCase()).join("");
}

export function mergeOccurrences(occurrences: readonly Occurrence[], prefixSectors: Map<string, string>): DraftMeasure[] {
  const groups = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const key = occurrence.code ? `m-${occurrence.code}` : `m-line-${occurrence.source.line}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)?.push(occurrence);
  }
  const measures: DraftMeasure[] = [];
  for (const [id, group] of groups) {
    const byTitle = [...group].sort((a, b) => TITLE_RANK[b.kind] - TITLE_RANK[a.kind]);
    const fieldSources: Partial<Record<MeasureField, DraftSource>> = {};
    const pick = <K extends keyof Occurrence>(key: K, field: MeasureField | null, order = byTitle): NonNullable<Occurrence[K]> | null => {
      for (const occurrence of order) {
        const value = occurrence[key];
        if (value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0)) {
          const source = field ? occurrence.fieldSources[field] : undefined;
          if (field && source) fieldSources[field] = source;
          return value as NonNullable<Occurrence[K]>;
        }
      }
      return null;
    };
    const byStatus = [...group].filter((o) => o.status).sort((a, b) => STATUS_WEIGHT[b.status as MeasureStatus] - STATUS_WEIGHT[a.status as MeasureStatus]);
    const titled = byTitle.find((o) => o.title && o.kind !== "group") ?? byTitle.find((o) => o.title);
    const code = group[0].code;
    const prefix = code ? codePrefix(code) : null;
    const sectorFromCode = prefix ? (prefixSectors.get(prefix) ?? null) : null;
    const statusOccurrence = byStatus[0];
    const costs = byTitle.find((o) => o.costs && o.costs.length > 0);
    const periodOccurrence = byTitle.find((o) => o.periodText);
    const measure: DraftMeasure = {
      id,
      code,
      suggestedCode: null,
      title: titled?.title ?? "",
      description: pick("description", "description"),
      sector: pick("sector", "sector") ?? sectorFromCode,
      priority: pick("priority", "priority"),
      status: statusOccurrence?.status ?? null,
      statusReason: statusOccurrence?.statusReason ?? null,
      completedYear: statusOccurrence?.completedYear ?? null,
      movedTo: statusOccurrence?.movedTo ?? null,
      responsible: pick("responsible", "responsible"),
      indicator: pick("indicator", "indicator"),
      start: periodOccurrence?.start ?? null,
      end: periodOccurrence?.end ?? null,
      periodText: periodOccurrence?.periodText ?? null,
      costs: costs?.costs ?? [],
      benefits: { qualitative: pick("qualitative", "qualitative"), quantitative: pick("quantitative", "quantitative") },
      goalNumbers: pick("goalNumbers", "goalNumbers") ?? [],
      userOriented: pick("userOriented", "userOriented"),
      confidence: 0,
      sources: group.map((o) => o.source),
      fieldSources,
    };
    if (titled?.fieldSources.title) fieldSources.title = titled.fieldSources.title;
    if (code) fieldSources.code = group[0].source;
    if (statusOccurrence?.fieldSources.status) fieldSources.status = statusOccurrence.fieldSources.status;
    if (costs?.fieldSources.costs) fieldSources.costs = costs.fieldSources.costs;
    if (periodOccurrence?.fieldSources.period) fieldSources.period = periodOccurrence.fieldSources.period;
    if (measure.sector && !fieldSources.sector && sectorFromCode) fieldSources.sector = group[0].source;
    measures.push(measure);
  }
  for (const measure of measures) {
    const dropped = (groups.get(measure.id) ?? []).find((o) => o.status === "dropped" && o.listText);
    if (dropped?.listText && measure.status === "dropped") {
      const reason = reasonAfterTitle(dropped.listText, measure.title);
      if (reason) measure.statusReason = reason;
    }
  }
  // A moved code takes the title of the code it moved to.
  const byCode = new Map(measures.filter((m) => m.code).map((m) => [m.code as string, m]));
  for (const measure of measures) {
    if (measure.title === "" && measure.movedTo) {
      const target = byCode.get(measure.movedTo);
      if (target) {
        measure.title = target.title;
        if (target.fieldSources.title) measure.fieldSources.title = target.fieldSources.title;
      }
    }
  }
  for (const measure of measures) {
    const group = groups.get(measure.id) ?? [];
    const best = Math.max(...group.map((o) => BASE_CONFIDENCE[o.kind]));
    const found = [
      measure.sector,
      measure.status,
      measure.responsible,
      measure.indicator,
      measure.periodText,
      measure.costs.length > 0 ? 1 : null,
      measure.benefits.qualitative,
      measure.goalNumbers.length > 0 ? 1 : null,
      measure.priority,
      measure.description,
    ].filter((value) => value !== null && value !== undefined).length;
    let confidence = best + found * 0.04 + (group.length > 1 ? 0.1 : 0);
    if (measure.title === "") confidence -= 0.3;
    else if (measure.title.length > 160 || measure.title.split(" ").length < 2) confidence -= 0.1;
    measure.confidence = Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100;
  }
  return measures;
}

/**
 * The reason of a dropped-list row whose title and reason ran together: what follows the measure's title
 * ("Samle og optimalisere faktureringsarbeid Ikke hensiktsmessig …" → "Ikke hensiktsmessig …").
 * Letters and digits are compared; spaces, hyphens and punctuation are ignored. Null when the row does not
 * start with the title.
 */
export function reasonAfterTitle(listText: string, title: string): string | null {
  const wanted = title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  if (wanted === "") return null;
  let matched = 0;
  for (let i = 0; i < listText.length; i++) {
    const char = listText[i].toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(char)) continue;
    if (char !== wanted[matched]) return null;
    matched++;
    if (matched === wanted.length) {
      const reason = cleanText(listText.slice(i + 1).replace(/^[\s.,;:)»”-]+/u, ""));
      return reason === "" ? null : reason;
    }
  }
  return null;
}

/** Names the sector of each code prefix after the section heading most of its measures stand under. */
export function sectorsByPrefix(occurrences: readonly Occurrence[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const occurrence of occurrences) {
    const prefix = occurrence.code ? codePrefix(occurrence.code) : null;
    if (!prefix || !occurrence.section || occurrence.kind === "group") continue;
    const counts = votes.get(prefix) ?? new Map<string, number>();
    counts.set(occurrence.section, (counts.get(occurrence.section) ?? 0) + (occurrence.kind === "detail" || occurrence.kind === "block" ? 2 : 1));
    votes.set(prefix, counts);
  }
  const sectors = new Map<string, string>();
  for (const [prefix, counts] of votes) {
    const [best] = [...counts].sort((a, b) => b[1] - a[1]);
    if (best) sectors.set(prefix, best[0]);
  }
  return sectors;
}
