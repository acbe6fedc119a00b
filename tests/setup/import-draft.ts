import type { DraftMeasure, DraftSource } from "~/domains/import/draft";

/** A draft measure with every field empty, for tests of the import review and the model assist. */
export function draftMeasure(id: string, source: DraftSource, fields: Partial<DraftMeasure> = {}): DraftMeasure {
  return {
    id,
    code: id.replace(/^m-/u, ""),
    suggestedCode: null,
    title: "",
    description: null,
    sector: null,
    priority: null,
    status: null,
    statusReason: null,
    completedYear: null,
    movedTo: null,
    responsible: null,
    indicator: null,
    start: null,
    end: null,
    periodText: null,
    costs: [],
    benefits: { qualitative: null, quantitative: null },
    goalNumbers: [],
    userOriented: null,
    confidence: 0.5,
    sources: [source],
    fieldSources: {},
    ...fields,
  };
}
