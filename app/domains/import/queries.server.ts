import { desc, eq, sql } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { measure } from "~/domains/measures/index.server";
import { planImport } from "~/domains/import/db";
import { user } from "~/domains/tenancy/index.server";
import { isUuid } from "~/domains/measures/index.server";
import { AppError } from "~/kit/errors";
import { byId } from "~/kit/tenant-scope.server";
import type { DraftMeasure, ImportDraft } from "./draft";
import type { DocumentModel } from "./model";

export interface ImportSummary {
  id: string;
  fileName: string;
  format: string;
  state: "review" | "committed" | "discarded";
  measureCount: number;
  goalCount: number;
  createdAt: Date;
  createdByName: string | null;
  updatedAt: Date;
  committedAt: Date | null;
}

/** The municipality's imports, newest first, with the number of draft rows (counted in the database). */
export async function listImports({ municipalityId }: { municipalityId: string }): Promise<ImportSummary[]> {
  return db()
    .select({
      id: planImport.id,
      fileName: planImport.fileName,
      format: planImport.format,
      state: planImport.state,
      measureCount: sql<number>`jsonb_array_length(${planImport.draft} -> 'measures')::int`,
      goalCount: sql<number>`jsonb_array_length(${planImport.draft} -> 'goals')::int`,
      createdAt: planImport.createdAt,
      createdByName: user.name,
      updatedAt: planImport.updatedAt,
      committedAt: planImport.committedAt,
    })
    .from(planImport)
    .leftJoin(user, eq(user.id, planImport.createdBy))
    .where(eq(planImport.municipalityId, municipalityId))
    .orderBy(desc(planImport.createdAt));
}

export interface ImportResult {
  strategyId: string | null;
  created: number;
  updated: number;
  skipped: number;
  goalsCreated: number;
}

export interface StoredImport {
  id: string;
  fileName: string;
  format: string;
  byteSize: number;
  state: "review" | "committed" | "discarded";
  document: DocumentModel;
  draft: ImportDraft;
  result: ImportResult | null;
  version: number;
  createdAt: Date;
  createdByName: string | null;
  updatedAt: Date;
  committedAt: Date | null;
}

export async function getImportById({ municipalityId, id }: { municipalityId: string; id: string }): Promise<StoredImport> {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db()
    .select({ i: planImport, createdByName: user.name })
    .from(planImport)
    .leftJoin(user, eq(user.id, planImport.createdBy))
    .where(byId(planImport, { municipalityId, id }));
  if (!row) throw new AppError("not_found");
  const i = row.i;
  return {
    id: i.id,
    fileName: i.fileName,
    format: i.format,
    byteSize: i.byteSize,
    state: i.state,
    document: i.document as DocumentModel,
    draft: i.draft as ImportDraft,
    result: (i.result as ImportResult | null) ?? null,
    version: i.version,
    createdAt: i.createdAt,
    createdByName: row.createdByName,
    updatedAt: i.updatedAt,
    committedAt: i.committedAt,
  };
}

export interface MeasureMatch {
  id: string;
  code: string;
  title: string;
  version: number;
  reason: "code" | "title";
}

const STOP_WORDS = new Set(["og", "i", "for", "av", "på", "til", "med", "som", "en", "et", "ei", "det", "den", "å", "om", "frå", "fra"]);

function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .normalize("NFC")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1 && !STOP_WORDS.has(word)),
  );
}

/** Share of words the two titles have in common (Jaccard), 0–1. */
export function titleSimilarity(a: string, b: string): number {
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const word of wa) if (wb.has(word)) common += 1;
  return common / (wa.size + wb.size - common);
}

/** Titles this similar are offered as "the same measure". */
export const SIMILAR_TITLE = 0.6;

/**
 * Existing measures that a draft row probably is: the same code (case-insensitive), else the most similar title
 * (at least SIMILAR_TITLE). Keyed by row id; rows without a match are absent.
 */
export async function findMeasureMatches({
  municipalityId,
  measures,
}: {
  municipalityId: string;
  measures: readonly DraftMeasure[];
}): Promise<Map<string, MeasureMatch>> {
  const existing = await db()
    .select({ id: measure.id, code: measure.code, title: measure.title, version: measure.version })
    .from(measure)
    .where(eq(measure.municipalityId, municipalityId));
  const byCode = new Map(existing.map((m) => [m.code.toUpperCase(), m]));
  const matches = new Map<string, MeasureMatch>();
  for (const row of measures) {
    const sameCode = row.code ? byCode.get(row.code.toUpperCase()) : undefined;
    if (sameCode) {
      matches.set(row.id, { ...sameCode, reason: "code" });
      continue;
    }
    let best: { m: (typeof existing)[number]; score: number } | null = null;
    for (const m of existing) {
      const score = titleSimilarity(row.title, m.title);
      if (score >= SIMILAR_TITLE && (best === null || score > best.score)) best = { m, score };
    }
    if (best) matches.set(row.id, { ...best.m, reason: "title" });
  }
  return matches;
}
