import { and, desc, eq } from "drizzle-orm";
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
  return db()
    .select({
      id: changeLog.id,
      changeSetId: changeLog.changeSetId,
      action: changeLog.action,
      field: changeLog.field,
      oldValue: changeLog.oldValue,
      newValue: changeLog.newValue,
      changedAt: changeLog.changedAt,
      changedByName: user.name,
      actorLabel: changeLog.actorLabel,
    })
    .from(changeLog)
    .leftJoin(user, eq(changeLog.changedBy, user.id))
    .where(and(eq(changeLog.municipalityId, municipalityId), eq(changeLog.entityType, entityType), eq(changeLog.entityId, entityId)))
    .orderBy(desc(changeLog.changedAt), desc(changeLog.id))
    .limit(limit);
}
