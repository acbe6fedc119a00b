import { createHash } from "node:crypto";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { apiToken, membership, municipality, sector } from "~/domains/tenancy/db";
import { user } from "~/domains/tenancy/db.auth";
import { isUuid } from "~/kit/ids";
import { byId } from "~/kit/tenant-scope.server";

export async function getMunicipalityByCode({ code }: { code: string }) {
  const [row] = await db().select().from(municipality).where(eq(municipality.code, code)).limit(1);
  return row ?? null;
}

export async function getMunicipalityById({ id }: { id: string }) {
  const [row] = await db().select().from(municipality).where(eq(municipality.id, id)).limit(1);
  return row ?? null;
}

export async function countMunicipalities() {
  const rows = await db().select({ id: municipality.id }).from(municipality).limit(1);
  return rows.length;
}

export async function listMembershipsForUser({ userId }: { userId: string }) {
  return db()
    .select({
      membershipId: membership.id,
      role: membership.role,
      sectorIds: membership.sectorIds,
      municipalityId: municipality.id,
      code: municipality.code,
      name: municipality.name,
      language: municipality.language,
    })
    .from(membership)
    .innerJoin(municipality, eq(membership.municipalityId, municipality.id))
    .where(eq(membership.userId, userId))
    .orderBy(asc(municipality.name));
}

export async function listSectors({ municipalityId }: { municipalityId: string }) {
  return db().select().from(sector).where(eq(sector.municipalityId, municipalityId)).orderBy(asc(sector.sortOrder), asc(sector.name));
}

export async function listMembers({ municipalityId }: { municipalityId: string }) {
  return db()
    .select({
      membershipId: membership.id,
      userId: user.id,
      name: user.name,
      email: user.email,
      role: membership.role,
      sectorIds: membership.sectorIds,
    })
    .from(membership)
    .innerJoin(user, eq(membership.userId, user.id))
    .where(eq(membership.municipalityId, municipalityId))
    .orderBy(asc(user.name));
}

export async function getMemberById({ municipalityId, membershipId }: { municipalityId: string; membershipId: string }) {
  if (!isUuid(membershipId)) return null;
  const [row] = await db()
    .select({
      membershipId: membership.id,
      userId: user.id,
      name: user.name,
      email: user.email,
      role: membership.role,
      sectorIds: membership.sectorIds,
    })
    .from(membership)
    .innerJoin(user, eq(membership.userId, user.id))
    .where(byId(membership, { municipalityId, id: membershipId }))
    .limit(1);
  return row ?? null;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function getApiTokenByValue({ token }: { token: string }) {
  const [row] = await db()
    .select({
      id: apiToken.id,
      name: apiToken.name,
      role: apiToken.role,
      municipalityId: apiToken.municipalityId,
    })
    .from(apiToken)
    .where(and(eq(apiToken.tokenHash, hashToken(token)), isNull(apiToken.revokedAt)))
    .limit(1);
  return row ?? null;
}

/** The municipality's API tokens (never the token values), newest first. */
export async function listApiTokens({ municipalityId }: { municipalityId: string }) {
  return db()
    .select({
      id: apiToken.id,
      name: apiToken.name,
      role: apiToken.role,
      createdAt: apiToken.createdAt,
      lastUsedAt: apiToken.lastUsedAt,
      revokedAt: apiToken.revokedAt,
    })
    .from(apiToken)
    .where(eq(apiToken.municipalityId, municipalityId))
    .orderBy(desc(apiToken.createdAt), asc(apiToken.name));
}

export async function getUserByEmail({ email }: { email: string }) {
  const [row] = await db().select().from(user).where(eq(user.email, email.toLowerCase())).limit(1);
  return row ?? null;
}
