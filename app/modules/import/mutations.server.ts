import { and, eq, sql } from "drizzle-orm";
import { db } from "~/db/client.server";
import { planImport } from "~/db/schema";
import { isUuid } from "~/modules/measures/queries.server";
import { AppError } from "~/utils/errors";
import type { ImportDraft } from "./draft";
import { extractDraft } from "./extract";
import { readDocument } from "./read.server";

/**
 * Reads an uploaded document and stores its draft for review. Every guard of `readDocument` (size, format,
 * corrupt, encrypted, no text layer, zip bomb, empty) throws before anything is written.
 */
export async function createImport({
  municipalityId,
  userId,
  fileName,
  bytes,
  refine = async (draft) => draft,
}: {
  municipalityId: string;
  userId: string | null;
  fileName: string;
  bytes: Buffer;
  /** A last step on the extracted draft (the model assist). */
  refine?: (draft: ImportDraft, document: Awaited<ReturnType<typeof readDocument>>) => Promise<ImportDraft>;
}): Promise<string> {
  const document = await readDocument({ bytes, fileName });
  const draft = await refine(extractDraft(document), document);
  const [row] = await db()
    .insert(planImport)
    .values({
      municipalityId,
      fileName: document.fileName,
      format: document.format,
      byteSize: bytes.length,
      document,
      draft,
      createdBy: userId,
      updatedBy: userId,
    })
    .returning({ id: planImport.id });
  return row.id;
}

/**
 * Saves the reviewed draft edited from `version`. Only a draft under review can change; a stale version
 * (a colleague saved in between) throws conflict and writes nothing.
 */
export async function saveImportDraft({
  municipalityId,
  id,
  version,
  userId,
  draft,
}: {
  municipalityId: string;
  id: string;
  version: number;
  userId: string | null;
  draft: ImportDraft;
}): Promise<number> {
  if (!isUuid(id)) throw new AppError("not_found");
  const updated = await db()
    .update(planImport)
    .set({ draft, updatedBy: userId, updatedAt: new Date(), version: sql`${planImport.version} + 1` })
    .where(and(eq(planImport.id, id), eq(planImport.municipalityId, municipalityId), eq(planImport.version, version), eq(planImport.state, "review")))
    .returning({ version: planImport.version });
  if (updated.length === 0) await assertChangeable({ municipalityId, id });
  if (updated.length === 0) throw new AppError("conflict", { messageRef: { key: "import.review.conflict" } });
  return updated[0].version;
}

/** Throws not_found for another municipality's or an unknown import, and conflict when it is no longer in review. */
async function assertChangeable({ municipalityId, id }: { municipalityId: string; id: string }) {
  const [row] = await db()
    .select({ state: planImport.state })
    .from(planImport)
    .where(and(eq(planImport.id, id), eq(planImport.municipalityId, municipalityId)));
  if (!row) throw new AppError("not_found");
  if (row.state !== "review") throw new AppError("conflict", { messageRef: { key: "import.review.closed" } });
}

/** Discards a draft under review: it stays listed as discarded, and nothing is written to the plan. */
export async function discardImport({ municipalityId, id, version, userId }: { municipalityId: string; id: string; version: number; userId: string | null }) {
  if (!isUuid(id)) throw new AppError("not_found");
  const updated = await db()
    .update(planImport)
    .set({ state: "discarded", updatedBy: userId, updatedAt: new Date(), version: sql`${planImport.version} + 1` })
    .where(and(eq(planImport.id, id), eq(planImport.municipalityId, municipalityId), eq(planImport.version, version), eq(planImport.state, "review")))
    .returning({ id: planImport.id });
  if (updated.length === 0) await assertChangeable({ municipalityId, id });
  if (updated.length === 0) throw new AppError("conflict", { messageRef: { key: "import.review.conflict" } });
}
