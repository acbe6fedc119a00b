import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import { db } from "~/kit/db.server";
import { apiToken, membership, municipality, sector } from "~/domains/tenancy/db";
import type { Role } from "~/domains/tenancy/db";
import { assertCan, can, isSectorScoped, type Principal, rolesWith } from "~/kit/permissions";
import { getAuth } from "~/domains/tenancy/auth.server";
import { AppError } from "~/kit/errors";
import { parseInput } from "~/kit/validation";
import { isUuid } from "~/kit/ids";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { getMunicipalityByCode, getUserByEmail, hashToken } from "./queries.server";
import { addMemberSchema, createMunicipalitySchema, createTokenSchema, municipalitySettingsSchema, sectorSchema, updateMemberSchema } from "./schema";

export async function createMunicipality(input: { code: string; name: string; language?: "nb" | "nn"; sectors?: Array<{ name: string; codePrefix: string }> }) {
  const data = parseInput(createMunicipalitySchema, input);
  if (await getMunicipalityByCode({ code: data.code })) {
    throw new AppError("conflict", { fieldErrors: { code: { key: "tenancy.codeTaken" } } });
  }
  const sectors = (input.sectors ?? []).map((s) => parseInput(sectorSchema, s));
  return db().transaction(async (tx) => {
    const [row] = await tx.insert(municipality).values(data).returning();
    if (sectors.length > 0) {
      await tx.insert(sector).values(sectors.map((s, index) => ({ ...s, municipalityId: row.id, sortOrder: index })));
    }
    return row;
  });
}

export async function updateMunicipalitySettings({ municipalityId, principal, input }: { municipalityId: string; principal: Principal; input: unknown }) {
  assertCan(principal, "admin.settings");
  const data = parseInput(municipalitySettingsSchema, input);
  const [row] = await db().update(municipality).set(data).where(eq(municipality.id, municipalityId)).returning();
  if (!row) throw new AppError("not_found");
  return row;
}

async function assertSectorUnique({
  municipalityId,
  name,
  codePrefix,
  exceptId,
}: {
  municipalityId: string;
  name: string;
  codePrefix: string;
  exceptId?: string;
}) {
  const rows = await db()
    .select({ id: sector.id, name: sector.name, codePrefix: sector.codePrefix })
    .from(sector)
    .where(scoped(sector, municipalityId, exceptId ? ne(sector.id, exceptId) : undefined));
  if (rows.some((r) => r.codePrefix === codePrefix)) {
    throw new AppError("validation", { fieldErrors: { codePrefix: { key: "tenancy.prefixTaken" } } });
  }
  if (rows.some((r) => r.name.toLowerCase() === name.toLowerCase())) {
    throw new AppError("validation", { fieldErrors: { name: { key: "tenancy.sectorNameTaken" } } });
  }
}

export async function createSector({ municipalityId, principal, input }: { municipalityId: string; principal: Principal; input: unknown }) {
  assertCan(principal, "admin.settings");
  const data = parseInput(sectorSchema, input);
  await assertSectorUnique({ municipalityId, ...data });
  const [{ next }] = await db()
    .select({ next: sql<number>`coalesce(max(${sector.sortOrder}), -1) + 1` })
    .from(sector)
    .where(eq(sector.municipalityId, municipalityId));
  const [row] = await db()
    .insert(sector)
    .values({ ...data, municipalityId, sortOrder: Number(next) })
    .returning();
  return row;
}

export async function updateSector({ municipalityId, principal, id, input }: { municipalityId: string; principal: Principal; id: string; input: unknown }) {
  assertCan(principal, "admin.settings");
  if (!isUuid(id)) throw new AppError("not_found");
  const data = parseInput(sectorSchema, input);
  const [current] = await db().select({ id: sector.id }).from(sector).where(byId(sector, { municipalityId, id }));
  if (!current) throw new AppError("not_found");
  await assertSectorUnique({ municipalityId, ...data, exceptId: id });
  const [row] = await db().update(sector).set(data).where(byId(sector, { municipalityId, id })).returning();
  if (!row) throw new AppError("not_found");
  return row;
}

/** Creates a login. Passwords are hashed by better-auth (scrypt). */
export async function createUser({ email, name, password }: { email: string; name: string; password: string }) {
  const result = await getAuth().api.signUpEmail({ body: { email: email.toLowerCase(), name, password } });
  return result.user;
}

/** A coordinator may only be limited to sectors of the same municipality. */
async function assertSectorsBelong({ municipalityId, sectorIds }: { municipalityId: string; sectorIds: string[] }) {
  const unique = [...new Set(sectorIds)];
  if (unique.length === 0) return;
  const rows = await db()
    .select({ id: sector.id })
    .from(sector)
    .where(scoped(sector, municipalityId, inArray(sector.id, unique)));
  if (rows.length !== unique.length) {
    throw new AppError("validation", { fieldErrors: { sectorIds: { key: "validation.invalidChoice" } } });
  }
}

export async function addMember({
  municipalityId,
  principal,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  input: z.input<typeof addMemberSchema>;
}) {
  assertCan(principal, "admin.users");
  const data = parseInput(addMemberSchema, input);
  const sectorIds = isSectorScoped(data.role) ? [...new Set(data.sectorIds)] : [];
  await assertSectorsBelong({ municipalityId, sectorIds });
  let existing = await getUserByEmail({ email: data.email });
  if (!existing) {
    if (!data.password) {
      throw new AppError("validation", { fieldErrors: { password: { key: "tenancy.passwordNeededForNewUser" } } });
    }
    await createUser({ email: data.email, name: data.name, password: data.password });
    existing = await getUserByEmail({ email: data.email });
  }
  if (!existing) throw new AppError("internal");
  const [already] = await db()
    .select({ id: membership.id })
    .from(membership)
    .where(scoped(membership, municipalityId, eq(membership.userId, existing.id)));
  if (already) throw new AppError("validation", { fieldErrors: { email: { key: "tenancy.alreadyMember" } } });
  const [row] = await db().insert(membership).values({ userId: existing.id, municipalityId, role: data.role, sectorIds }).returning();
  return row;
}

type Tx = Parameters<Parameters<ReturnType<typeof db>["transaction"]>[0]>[0];

/**
 * Locks the municipality row, so that concurrent role changes and removals in one municipality run one after
 * another, and returns how many admins it has. Without the lock two admins demoting each other at the same moment
 * would both see two admins and leave none.
 */
async function lockAndCountAdmins(tx: Tx, { municipalityId }: { municipalityId: string }) {
  await tx.select({ id: municipality.id }).from(municipality).where(eq(municipality.id, municipalityId)).for("update");
  const [{ count }] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(membership)
    .where(scoped(membership, municipalityId, inArray(membership.role, rolesWith("admin.users"))));
  return Number(count);
}

export async function updateMember({
  municipalityId,
  principal,
  membershipId,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  membershipId: string;
  input: unknown;
}) {
  assertCan(principal, "admin.users");
  if (!isUuid(membershipId)) throw new AppError("not_found");
  const data = parseInput(updateMemberSchema, input);
  const sectorIds = isSectorScoped(data.role) ? [...new Set(data.sectorIds)] : [];
  await assertSectorsBelong({ municipalityId, sectorIds });
  return db().transaction(async (tx) => {
    const admins = await lockAndCountAdmins(tx, { municipalityId });
    const [current] = await tx
      .select()
      .from(membership)
      .where(byId(membership, { municipalityId, id: membershipId }));
    if (!current) throw new AppError("not_found");
    if (can(current.role, "admin.users") && !can(data.role, "admin.users") && admins <= 1) {
      throw new AppError("validation", { fieldErrors: { role: { key: "tenancy.lastAdmin" } } });
    }
    const [row] = await tx
      .update(membership)
      .set({ role: data.role, sectorIds })
      .where(byId(membership, { municipalityId, id: membershipId }))
      .returning();
    return row;
  });
}

export async function removeMember({ municipalityId, principal, membershipId }: { municipalityId: string; principal: Principal; membershipId: string }) {
  assertCan(principal, "admin.users");
  if (!isUuid(membershipId)) throw new AppError("not_found");
  await db().transaction(async (tx) => {
    const admins = await lockAndCountAdmins(tx, { municipalityId });
    const [current] = await tx
      .select()
      .from(membership)
      .where(byId(membership, { municipalityId, id: membershipId }));
    if (!current) throw new AppError("not_found");
    if (can(current.role, "admin.users") && admins <= 1) {
      throw new AppError("validation", { fieldErrors: { role: { key: "tenancy.lastAdmin" } } });
    }
    await tx.delete(membership).where(byId(membership, { municipalityId, id: membershipId }));
  });
}

/** Returns the raw token once; only its hash is stored. */
export async function createApiToken({
  municipalityId,
  principal,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  input: { role: Role; name: string };
}) {
  assertCan(principal, "admin.settings");
  const data = parseInput(createTokenSchema, input);
  const token = `rtn_${randomBytes(32).toString("base64url")}`;
  const [row] = await db()
    .insert(apiToken)
    .values({ municipalityId, role: data.role, name: data.name, tokenHash: hashToken(token) })
    .returning({ id: apiToken.id });
  return { id: row.id, token };
}

/** Revokes a token of this municipality; an unknown, foreign or already revoked id is not found. */
export async function revokeApiToken({ municipalityId, principal, id }: { municipalityId: string; principal: Principal; id: string }) {
  assertCan(principal, "admin.settings");
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db()
    .update(apiToken)
    .set({ revokedAt: new Date() })
    .where(and(byId(apiToken, { municipalityId, id }), isNull(apiToken.revokedAt)))
    .returning({ id: apiToken.id });
  if (!row) throw new AppError("not_found");
  return row;
}

/** Records when a token was last used, at most once a minute per token. */
export async function touchApiToken({ municipalityId, id }: { municipalityId: string; id: string }) {
  await db()
    .update(apiToken)
    .set({ lastUsedAt: new Date() })
    .where(and(byId(apiToken, { municipalityId, id }), sql`(${apiToken.lastUsedAt} is null or ${apiToken.lastUsedAt} < now() - interval '1 minute')`));
}
