/**
 * The import draft: what extraction proposes and a person reviews before anything is written.
 * Documented in docs/import.md. Row ids are stable for the same document, so a stored draft can be
 * reviewed and edited row by row.
 */
import type { MeasureStatus } from "~/domains/measures";
import type { DocumentFormat } from "./model";

/** Where a value came from: page (PDF) and line in the document model, and the text there. */
export interface DraftSource {
  page: number | null;
  line: number;
  excerpt: string;
}

export type SourcedFields<K extends string> = Partial<Record<K, DraftSource>>;

export interface DraftStrategy {
  title: string | null;
  municipality: string | null;
  /** As written, e.g. "2023 – 2027". */
  period: string | null;
  /** ISO date (YYYY-MM-DD) when the adoption date could be read. */
  adoptedOn: string | null;
  caseNumber: string | null;
  sources: SourcedFields<"title" | "municipality" | "period" | "adoptedOn" | "caseNumber">;
}

export interface DraftGoal {
  id: string;
  /** As written: "1", "1.2". */
  number: string;
  title: string;
  /** Number of the parent goal, or null for a main goal. */
  parent: string | null;
  sources: DraftSource[];
}

export interface DraftPrinciple {
  id: string;
  title: string;
  description: string | null;
  sources: DraftSource[];
}

export interface DraftCost {
  /** Whole NOK; for a range the upper bound; null when unknown ("Ukjent"). */
  amountNok: number | null;
  /** Lower bound of a range, else equal to amountNok. */
  minNok: number | null;
  text: string;
}

export const MEASURE_FIELDS = [
  "code",
  "title",
  "description",
  "sector",
  "priority",
  "status",
  "responsible",
  "indicator",
  "period",
  "costs",
  "qualitative",
  "quantitative",
  "goalNumbers",
  "userOriented",
] as const;
export type MeasureField = (typeof MEASURE_FIELDS)[number];

export interface DraftMeasure {
  /** Stable id: "m-<code>" or "m-line-<line>" when the measure has no code. */
  id: string;
  /** The code as written in the plan, or null. */
  code: string | null;
  /** A proposed code when the plan has none. */
  suggestedCode: string | null;
  title: string;
  description: string | null;
  sector: string | null;
  priority: number | null;
  status: MeasureStatus | null;
  /** Why it was dropped, or the note that it moved. */
  statusReason: string | null;
  /** Year of completion when it stands in a "completed in <year>" list. */
  completedYear: number | null;
  /** The code it moved to (status "merged"). */
  movedTo: string | null;
  responsible: string | null;
  indicator: string | null;
  /** Canonical periods ("2018H2", "2019", "continuous") or null; periodText keeps what was written. */
  start: string | null;
  end: string | null;
  periodText: string | null;
  costs: DraftCost[];
  benefits: { qualitative: string | null; quantitative: string | null };
  goalNumbers: number[];
  userOriented: boolean | null;
  /** 0–1: how many fields were found and how clean the structure was. */
  confidence: number;
  /** Every place the measure was found (summary lists, detail tables, paragraphs). */
  sources: DraftSource[];
  /** The source of each field that was found. */
  fieldSources: SourcedFields<MeasureField>;
  /** Fields the model assist filled from the measure's source text (assist.server.ts); absent when it filled none. */
  assisted?: MeasureField[];
  /** The reviewer's decisions (absent in a fresh draft). */
  review?: Partial<MeasureDecision>;
}

/**
 * What committing does with a row: create a new measure, update the matched existing one, or skip the row.
 * `sectorId` is the municipality's sector (null: none); when absent, the sector is matched by name or code prefix.
 */
export interface MeasureDecision {
  action: "create" | "update" | "skip";
  matchId: string | null;
  sectorId: string | null;
}

/** Where the goals go when committing: an existing strategy (id) or a new one from the strategy metadata (null). */
export interface DraftTarget {
  strategyId: string | null;
  title: string | null;
  periodFrom: number | null;
  periodTo: number | null;
}

export interface DraftWarning {
  /** Catalogue key (`import.warning.*`). */
  key: string;
  params?: Record<string, string | number>;
  source?: DraftSource;
}

export interface ImportDraft {
  file: { name: string; format: DocumentFormat; pages: number | null; lines: number };
  /** The layouts that were recognised, e.g. "prefix-codes", "goal-table", "labelled-blocks". */
  layouts: string[];
  strategy: DraftStrategy;
  goals: DraftGoal[];
  principles: DraftPrinciple[];
  measures: DraftMeasure[];
  warnings: DraftWarning[];
  /** The reviewer's choice of strategy (absent in a fresh draft). */
  target?: DraftTarget;
}
