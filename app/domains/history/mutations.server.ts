import type { EntityType } from "~/domains";
import type { Actor } from "~/kit/context";
import { randomUUID } from "node:crypto";
import type { Transaction } from "~/kit/db.server";
import { changeLog } from "~/domains/history/db";

type Snapshot = Record<string, unknown>;

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalize);
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

/**
 * Writes one change_log row per changed field, in the caller's transaction.
 * `before` is null for a create, `after` is null for a delete. Only `fields` are compared.
 * `parent` is the entity this one belongs to (the benefit of an indicator or measurement): its history page
 * finds the rows through it, also after this entity has been deleted.
 */
export async function recordChanges({
  tx,
  municipalityId,
  entityType,
  entityId,
  before,
  after,
  fields,
  actor,
  changeSetId = randomUUID(),
  parent = null,
}: {
  tx: Transaction;
  municipalityId: string;
  entityType: EntityType;
  entityId: string;
  before: Snapshot | null;
  after: Snapshot | null;
  fields: readonly string[];
  actor: Actor;
  changeSetId?: string;
  parent?: { type: string; id: string } | null;
}): Promise<number> {
  const parentColumns = { parentEntityType: parent?.type ?? null, parentEntityId: parent?.id ?? null };
  const action = before === null ? "create" : after === null ? "delete" : "update";
  const rows = fields
    .filter((field) => !same(before?.[field] ?? null, after?.[field] ?? null))
    .map((field) => ({
      municipalityId,
      entityType,
      entityId,
      changeSetId,
      action,
      field,
      oldValue: normalize(before?.[field] ?? null),
      newValue: normalize(after?.[field] ?? null),
      changedBy: actor.userId,
      actorLabel: actor.label,
      ...parentColumns,
    }));
  if (rows.length === 0 && action !== "update") {
    rows.push({
      municipalityId,
      entityType,
      entityId,
      changeSetId,
      action,
      field: null as never,
      oldValue: null,
      newValue: null,
      changedBy: actor.userId,
      actorLabel: actor.label,
      ...parentColumns,
    });
  }
  if (rows.length > 0) await tx.insert(changeLog).values(rows as (typeof changeLog.$inferInsert)[]);
  return rows.length;
}
