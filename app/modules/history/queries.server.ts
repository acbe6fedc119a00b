import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "~/db/client.server";
import { changeLog, user } from "~/db/schema";

export interface HistoryEntry {
  id: number;
  changeSetId: string;
  action: "create" | "update" | "delete";
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  changedAt: Date;
  changedByName: string | null;
  actorLabel: string | null;
}

/** History of one entity, newest first. */
export async function listHistory({
  municipalityId,
  entityType,
  entityId,
  limit = 500,
}: {
  municipalityId: string;
  entityType: string;
  entityId: string;
  limit?: number;
}): Promise<HistoryEntry[]> {
  const rows = await db()
    .select({
      id: changeLog.id,
      changeSetId: changeLog.changeSetId,
      action: changeLog.action,
      field: changeLog.field,
      // Read as text and parsed here: drizzle's jsonb reader parses JSON strings a second time ("2" → 2).
      oldValue: sql<string | null>`${changeLog.oldValue}::text`,
      newValue: sql<string | null>`${changeLog.newValue}::text`,
      changedAt: changeLog.changedAt,
      changedByName: user.name,
      actorLabel: changeLog.actorLabel,
    })
    .from(changeLog)
    .leftJoin(user, eq(changeLog.changedBy, user.id))
    .where(and(eq(changeLog.municipalityId, municipalityId), eq(changeLog.entityType, entityType), eq(changeLog.entityId, entityId)))
    .orderBy(desc(changeLog.changedAt), desc(changeLog.id))
    .limit(limit);
  const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));
  return rows.map((row) => ({ ...row, oldValue: parse(row.oldValue), newValue: parse(row.newValue) }));
}
