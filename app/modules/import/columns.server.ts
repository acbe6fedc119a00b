import { eq, sql } from "drizzle-orm";
import { db } from "~/db/client.server";
import { importColumnMapping } from "~/db/schema";
import { type ColumnMappingEntry, IGNORE, isColumnField, MAX_HEADER_LENGTH, normalizeHeader, type ColumnField } from "./columns";

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
export async function saveColumnMappings({ municipalityId, entries }: { municipalityId: string; entries: readonly ColumnMappingEntry[] }): Promise<void> {
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
