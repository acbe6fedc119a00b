/**
 * The reviewer's operations on a stored draft: edit, merge, split, delete rows, change sector, and decide per row
 * whether to create a measure, update a matched one or skip it. Pure: each returns a new draft.
 */
import type { DraftGoal, DraftMeasure, DraftSource, ImportDraft, MeasureDecision } from "./draft";
import { cleanText } from "./parsers";

function withMeasures(draft: ImportDraft, measures: DraftMeasure[]): ImportDraft {
  return { ...draft, measures };
}

function uniqueSources(sources: readonly DraftSource[]): DraftSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.page ?? ""}:${source.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The fields a reviewer edits on one draft measure. */
export type DraftMeasureEdit = Pick<
  DraftMeasure,
  | "code"
  | "title"
  | "description"
  | "sector"
  | "priority"
  | "status"
  | "statusReason"
  | "completedYear"
  | "movedTo"
  | "responsible"
  | "indicator"
  | "start"
  | "end"
  | "costs"
  | "benefits"
  | "goalNumbers"
  | "userOriented"
>;

/** Applies an edit. A reviewed row is trusted: its confidence becomes 1. */
export function editDraftMeasure(draft: ImportDraft, id: string, edit: DraftMeasureEdit): ImportDraft {
  return withMeasures(
    draft,
    draft.measures.map((m) => (m.id === id ? { ...m, ...edit, suggestedCode: edit.code ? null : m.suggestedCode, periodText: null, confidence: 1 } : m)),
  );
}

function joinTexts(values: readonly (string | null)[]): string | null {
  const distinct = [...new Set(values.filter((value): value is string => Boolean(value)))];
  return distinct.length > 0 ? distinct.join("\n\n") : null;
}

/**
 * Merges rows into the first one: its title and code stay, texts are joined, lists united, the first value found
 * wins for the other fields, and every source is kept. The other rows are removed.
 */
export function mergeDraftMeasures(draft: ImportDraft, ids: readonly string[]): ImportDraft {
  const rows = ids.map((id) => draft.measures.find((m) => m.id === id)).filter((m): m is DraftMeasure => m !== undefined);
  if (rows.length < 2) return draft;
  const [first, ...rest] = rows;
  const all = [first, ...rest];
  const pick = <K extends keyof DraftMeasure>(key: K): DraftMeasure[K] => all.find((m) => m[key] !== null && m[key] !== undefined)?.[key] ?? first[key];
  const merged: DraftMeasure = {
    ...first,
    code: pick("code"),
    title: first.title || pick("title"),
    description: joinTexts(all.map((m) => m.description)),
    sector: pick("sector"),
    priority: pick("priority"),
    status: pick("status"),
    statusReason: pick("statusReason"),
    completedYear: pick("completedYear"),
    movedTo: pick("movedTo"),
    responsible: pick("responsible"),
    indicator: pick("indicator"),
    start: pick("start"),
    end: pick("end"),
    periodText: pick("periodText"),
    costs: all.flatMap((m) => m.costs),
    benefits: { qualitative: joinTexts(all.map((m) => m.benefits.qualitative)), quantitative: joinTexts(all.map((m) => m.benefits.quantitative)) },
    goalNumbers: [...new Set(all.flatMap((m) => m.goalNumbers))].sort((a, b) => a - b),
    userOriented: pick("userOriented"),
    confidence: Math.max(...all.map((m) => m.confidence)),
    sources: uniqueSources(all.flatMap((m) => m.sources)),
    fieldSources: Object.assign({}, ...[...all].reverse().map((m) => m.fieldSources)),
    review: first.review,
  };
  const removed = new Set(rest.map((m) => m.id));
  return withMeasures(
    draft,
    draft.measures.filter((m) => !removed.has(m.id)).map((m) => (m.id === first.id ? merged : m)),
  );
}

/**
 * Splits one row in two: the new row, placed right after it, gets the given title and description and shares
 * the original's sector, status, responsible, period, goals and sources; costs and benefit texts stay with the
 * original. The new row has no code, so it gets a suggested one when the plan is committed.
 */
export function splitDraftMeasure(draft: ImportDraft, id: string, part: { title: string; description: string | null }): ImportDraft {
  const index = draft.measures.findIndex((m) => m.id === id);
  if (index < 0) return draft;
  const original = draft.measures[index];
  const taken = new Set(draft.measures.map((m) => m.id));
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  const copy: DraftMeasure = {
    ...original,
    id: `${id}-${n}`,
    code: null,
    suggestedCode: null,
    title: cleanText(part.title),
    description: part.description,
    costs: [],
    benefits: { qualitative: null, quantitative: null },
    confidence: 1,
    fieldSources: {},
    review: original.review ? { ...original.review, action: "create", matchId: null } : undefined,
  };
  const measures = [...draft.measures];
  measures.splice(index + 1, 0, copy);
  return withMeasures(draft, measures);
}

export function deleteDraftMeasures(draft: ImportDraft, ids: readonly string[]): ImportDraft {
  const removed = new Set(ids);
  return withMeasures(
    draft,
    draft.measures.filter((m) => !removed.has(m.id)),
  );
}

/** Sets the municipality sector (an id of theirs, or null for none) on the given rows. */
export function setDraftSector(draft: ImportDraft, ids: readonly string[], sectorId: string | null): ImportDraft {
  const chosen = new Set(ids);
  return withMeasures(
    draft,
    draft.measures.map((m) => (chosen.has(m.id) ? { ...m, review: { ...m.review, sectorId } } : m)),
  );
}

/** Records whether a row creates a measure, updates the matched one or is skipped. */
export function decideDraftMeasure(draft: ImportDraft, id: string, decision: Pick<MeasureDecision, "action" | "matchId">): ImportDraft {
  return withMeasures(
    draft,
    draft.measures.map((m) => (m.id === id ? { ...m, review: { ...m.review, ...decision } } : m)),
  );
}

export function editDraftGoal(draft: ImportDraft, id: string, edit: Pick<DraftGoal, "number" | "title" | "parent">): ImportDraft {
  return { ...draft, goals: draft.goals.map((g) => (g.id === id ? { ...g, ...edit } : g)) };
}

/** Deletes goals and their sub-goals; measures keep their other goal references. */
export function deleteDraftGoals(draft: ImportDraft, ids: readonly string[]): ImportDraft {
  const removedNumbers = new Set(draft.goals.filter((g) => ids.includes(g.id)).map((g) => g.number));
  let changed = true;
  while (changed) {
    changed = false;
    for (const g of draft.goals) {
      if (g.parent !== null && removedNumbers.has(g.parent) && !removedNumbers.has(g.number)) {
        removedNumbers.add(g.number);
        changed = true;
      }
    }
  }
  return {
    ...draft,
    goals: draft.goals.filter((g) => !removedNumbers.has(g.number)),
    measures: draft.measures.map((m) => ({ ...m, goalNumbers: m.goalNumbers.filter((n) => !removedNumbers.has(String(n))) })),
  };
}
