/** One place where a measure was found, before occurrences of the same code are merged into a draft measure. */
import type { MeasureStatus } from "~/domains/measures";
import type { DraftCost, DraftSource, MeasureField } from "./draft";

export type OccurrenceKind = "table" | "block" | "detail" | "list" | "group" | "paragraph" | "moved";

/** How much a kind is trusted for the title; higher wins. */
export const TITLE_RANK: Record<OccurrenceKind, number> = { table: 6, block: 6, detail: 5, list: 4, paragraph: 2, group: 1, moved: 0 };

export interface Occurrence {
  kind: OccurrenceKind;
  code: string | null;
  title: string | null;
  description?: string | null;
  sector?: string | null;
  priority?: number | null;
  status?: MeasureStatus | null;
  statusReason?: string | null;
  completedYear?: number | null;
  movedTo?: string | null;
  responsible?: string | null;
  indicator?: string | null;
  start?: string | null;
  end?: string | null;
  periodText?: string | null;
  costs?: DraftCost[];
  qualitative?: string | null;
  quantitative?: string | null;
  goalNumbers?: number[];
  userOriented?: boolean | null;
  /** A dropped-list row as written (title and reason run together), split again once the title is known. */
  listText?: string;
  /** Section heading the occurrence stands under (used to name sectors from code prefixes). */
  section?: string | null;
  source: DraftSource;
  fieldSources: Partial<Record<MeasureField, DraftSource>>;
}
