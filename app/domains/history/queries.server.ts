import { and, desc, eq, or, type SQL, sql } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { scoped } from "~/kit/tenant-scope.server";
import { changeLog } from "~/domains/history/db";
import { user } from "~/domains/tenancy/index.server";

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

const historyColumns = {
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
  entityType: changeLog.entityType,
  entityId: changeLog.entityId,
};

async function selectHistory(where: SQL | undefined, limit: number) {
  const rows = await db()
    .select(historyColumns)
    .from(changeLog)
    .leftJoin(user, eq(changeLog.changedBy, user.id))
    .where(where)
    .orderBy(desc(changeLog.changedAt), desc(changeLog.id))
    .limit(limit);
  const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));
  return rows.map((row) => ({ ...row, oldValue: parse(row.oldValue), newValue: parse(row.newValue) }));
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
  const rows = await selectHistory(scoped(changeLog, municipalityId, eq(changeLog.entityType, entityType), eq(changeLog.entityId, entityId)), limit);
  return rows.map(({ entityType: _type, entityId: _id, ...row }) => row);
}

/** A history entry that also says which entity it is about. */
export interface EntityHistoryEntry extends HistoryEntry {
  entityType: string;
  entityId: string;
}

/**
 * History of an entity together with its children (rows recorded with it as `parent`), newest first.
 * Children that have been deleted since are included.
 */
export async function listHistoryWithChildren({
  municipalityId,
  entityType,
  entityId,
  limit = 2000,
}: {
  municipalityId: string;
  entityType: string;
  entityId: string;
  limit?: number;
}): Promise<EntityHistoryEntry[]> {
  return selectHistory(
    scoped(
      changeLog,
      municipalityId,
      or(
        and(eq(changeLog.entityType, entityType), eq(changeLog.entityId, entityId)),
        and(eq(changeLog.parentEntityType, entityType), eq(changeLog.parentEntityId, entityId)),
      ),
    ),
    limit,
  );
}
