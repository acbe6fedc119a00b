import { type AnyColumn, and, eq, type SQL, type SQLWrapper } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/** A table whose rows belong to one municipality. */
export type TenantTable = PgTable & { municipalityId: AnyColumn };

/** A tenant table whose rows have their own id. */
export type TenantRowTable = TenantTable & { id: AnyColumn };

/**
 * The tenant condition every query by id or by parent goes through: rows of the municipality that also match
 * every given condition (undefined ones are left out).
 */
export function scoped(table: TenantTable, municipalityId: string, ...conditions: (SQLWrapper | undefined)[]): SQL {
  return and(eq(table.municipalityId, municipalityId), ...conditions) as SQL;
}

/** The municipality's row with this id (or, in a join, with the id in that column). */
export function byId(table: TenantRowTable, { municipalityId, id }: { municipalityId: string; id: string | AnyColumn }): SQL {
  return scoped(table, municipalityId, eq(table.id, id));
}
