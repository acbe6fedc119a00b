import { type AnyColumn, and, eq, type InferSelectModel, sql } from "drizzle-orm";
import type { PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import { db, type Transaction } from "./db.server";
import { AppError } from "./errors";
import { byId, type TenantRowTable } from "./tenant-scope.server";

/** A tenant table with optimistic concurrency: every save bumps `version`. */
export type VersionedTable = TenantRowTable & { version: AnyColumn };

type Row<T extends PgTable> = InferSelectModel<T>;

/**
 * Saves the municipality's row `id` edited from `version`, in `tx` or in a transaction of its own. The row is
 * locked first: no row throws not_found, another version throws `conflict(current)`. Then the caller's `check`
 * runs on the locked row, `values` are written with the version bumped (and `updatedAt` set when the table has
 * one), and `record` writes the history, and whatever else belongs to the change, in the same transaction.
 * A stale version writes nothing.
 */
export async function updateVersioned<T extends VersionedTable>({
  tx,
  table,
  municipalityId,
  id,
  version,
  values,
  conflict,
  check,
  record,
}: {
  tx?: Transaction;
  table: T;
  municipalityId: string;
  id: string;
  version: number;
  values: NoInfer<PgUpdateSetSource<T>>;
  conflict: (current: Row<T>) => AppError;
  check?: (current: Row<T>, tx: Transaction) => Promise<void>;
  record: (before: Row<T>, after: Row<T>, tx: Transaction) => Promise<unknown>;
}): Promise<Row<T>> {
  const where = byId(table, { municipalityId, id });
  const run = async (tx: Transaction): Promise<Row<T>> => {
    const [current] = (await tx
      .select()
      .from(table as PgTable)
      .where(where)
      .for("update")) as Row<T>[];
    if (!current) throw new AppError("not_found");
    if ((current as { version: number }).version !== version) throw conflict(current);
    await check?.(current, tx);
    const stamp = "updatedAt" in table ? { updatedAt: new Date() } : {};
    const [after] = (await tx
      .update(table)
      .set({ ...values, version: sql`${table.version} + 1`, ...stamp } as PgUpdateSetSource<T>)
      .where(and(where, eq(table.version, version)))
      .returning()) as Row<T>[];
    if (!after) throw conflict(current);
    await record(current, after, tx);
    return after;
  };
  return tx ? run(tx) : db().transaction(run);
}
