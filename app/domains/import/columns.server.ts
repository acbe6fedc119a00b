import { eq, sql } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { importColumnMapping } from "~/domains/import/db";
import { AppError, isAppError } from "~/kit/errors";
import { assertCan, type Principal } from "~/kit/permissions";
import {
  COLUMN_FORMATS,
  type ColumnField,
  type ColumnMappingEntry,
  findColumnTables,
  IGNORE,
  isColumnField,
  MAX_HEADER_LENGTH,
  normalizeHeader,
  readColumnChoices,
} from "./columns";
import { extractDraft } from "./extract";
import { saveImportDraft } from "./mutations.server";
import { getImportById, type StoredImport } from "./queries.server";

/** The municipality's saved column choices: normalised header → field, or null for "do not import". */
export async function getSavedColumnMappings({ municipalityId }: { municipalityId: string }): Promise<Map<string, ColumnField | null>> {
  const rows = await db()
    .select({ header: importColumnMapping.header, field: importColumnMapping.field })
    .from(importColumnMapping)
    .where(eq(importColumnMapping.municipalityId, municipalityId));
  const saved = new Map<string, ColumnField | null>();
  for (const row of rows) {
    if (row.field === IGNORE) saved.set(row.header, null);
    else if (isColumnField(row.field)) saved.set(row.header, row.field);
  }
  return saved;
}

/**
 * Saves column choices for the municipality (insert or replace per normalised header; "do not import" is saved
 * too). When a header comes twice, the last choice wins. Empty and over-long headers are not saved.
 */
export async function saveColumnMappings({
  municipalityId,
  principal,
  entries,
}: {
  municipalityId: string;
  principal: Principal;
  entries: readonly ColumnMappingEntry[];
}): Promise<void> {
  assertCan(principal, "import.use");
  const byHeader = new Map<string, string>();
  for (const entry of entries) {
    const header = normalizeHeader(entry.header);
    if (header === "" || header.length > MAX_HEADER_LENGTH) continue;
    byHeader.set(header, entry.field ?? IGNORE);
  }
  if (byHeader.size === 0) return;
  const now = new Date();
  await db()
    .insert(importColumnMapping)
    .values([...byHeader].map(([header, field]) => ({ municipalityId, header, field, updatedAt: now })))
    .onConflictDoUpdate({
      target: [importColumnMapping.municipalityId, importColumnMapping.header],
      set: { field: sql`excluded.field`, updatedAt: now },
    });
}

/** Column mapping applies to spreadsheets and CSV files under review; anything else goes back to the review page. */
function mapsColumns(stored: StoredImport): boolean {
  return stored.state === "review" && COLUMN_FORMATS.includes(stored.format);
}

/** What the column screen shows: each candidate table with its guessed (or saved) fields; null when not applicable. */
export async function getColumnScreen({ municipalityId, id }: { municipalityId: string; id: string }) {
  const stored = await getImportById({ municipalityId, id });
  if (!mapsColumns(stored)) return null;
  const saved = await getSavedColumnMappings({ municipalityId });
  return { id: stored.id, fileName: stored.fileName, version: stored.version, tables: findColumnTables(stored.document, saved) };
}

/**
 * Applies the chosen columns: re-reads the tables into the draft (keeping the chosen strategy) and saves the choices
 * for the municipality. Returns false when the import does not take a column mapping. The choices are saved after
 * the draft, so a stale version writes nothing.
 */
export async function applyColumnMapping({
  municipalityId,
  id,
  principal,
  version,
  choice,
}: {
  municipalityId: string;
  id: string;
  principal: Principal;
  version: unknown;
  choice: (name: string) => string | null;
}): Promise<boolean> {
  assertCan(principal, "import.use");
  const stored = await getImportById({ municipalityId, id });
  if (!mapsColumns(stored)) return false;
  const parsedVersion = typeof version === "string" && /^\d+$/u.test(version) ? Number(version) : 0;
  if (parsedVersion < 1) throw new AppError("bad_request");
  const tables = findColumnTables(stored.document, await getSavedColumnMappings({ municipalityId }));
  const { columnMapping, entries } = readColumnChoices(tables, choice);
  const fresh = extractDraft(stored.document, { columnMapping });
  const draft = stored.draft.target ? { ...fresh, target: stored.draft.target } : fresh;
  try {
    await saveImportDraft({ municipalityId, id: stored.id, version: parsedVersion, principal, draft });
  } catch (error) {
    if (isAppError(error) && error.code === "conflict" && error.messageRef?.key === "import.review.conflict") {
      throw new AppError("conflict", { messageRef: { key: "importColumns.conflict" }, cause: error });
    }
    throw error;
  }
  await saveColumnMappings({ municipalityId, principal, entries });
  return true;
}
