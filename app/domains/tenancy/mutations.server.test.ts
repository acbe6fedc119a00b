import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { AppError } from "~/kit/errors";
import {
  addMember,
  createApiToken,
  createMunicipality,
  createSector,
  removeMember,
  revokeApiToken,
  updateMember,
  updateMunicipalitySettings,
  updateSector,
} from "./mutations.server";
import { getApiTokenByValue, getMemberById, getMunicipalityById, listApiTokens, listMembers, listMembershipsForUser, listSectors } from "./queries.server";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

async function expectAppError(promise: Promise<unknown>, code: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field) expect(Object.keys((error as AppError).fieldErrors ?? {})).toContain(field);
}

describe("tenancy", () => {
  it("creates a municipality with sectors and rejects a duplicate or malformed kommunenummer", async () => {
    const m = await createMunicipality({ code: "3405", name: "Lillehammer", language: "nb", sectors: [{ name: "Helse", codePrefix: "ho" }] });
    expect((await listSectors({ municipalityId: m.id })).map((s) => s.codePrefix)).toEqual(["HO"]);
    await expectAppError(createMunicipality({ code: "3405", name: "Igjen" }), "conflict", "code");
    await expectAppError(createMunicipality({ code: "34", name: "Kort" }), "validation", "code");
  });

  it("rejects a duplicate sector prefix within a municipality", async () => {
    const m = await createMunicipality({ code: "3407", name: "Gjøvik", sectors: [{ name: "Oppvekst", codePrefix: "O" }] });
    await expectAppError(createSector({ municipalityId: m.id, principal: admin, input: { name: "Annet", codePrefix: "o" } }), "validation", "codePrefix");
  });

  it("lets one person belong to several municipalities and keeps the last admin", async () => {
    const a = await createMunicipality({ code: "5001", name: "Trondheim" });
    const b = await createMunicipality({ code: "5028", name: "Melhus", language: "nn" });
    await addMember({ municipalityId: a.id, principal: admin, input: { email: "It@Iks.no", name: "IT", role: "admin", password: "passord-123456" } });
    await addMember({ municipalityId: b.id, principal: admin, input: { email: "it@iks.no", name: "IT", role: "coordinator" } });
    const members = await listMembers({ municipalityId: a.id });
    const memberships = await listMembershipsForUser({ userId: members[0].userId });
    expect(memberships.map((m) => m.code).sort()).toEqual(["5001", "5028"]);
    await expectAppError(
      updateMember({ municipalityId: a.id, principal: admin, membershipId: members[0].membershipId, input: { role: "reader" } }),
      "validation",
      "role",
    );
    await expectAppError(removeMember({ municipalityId: a.id, principal: admin, membershipId: members[0].membershipId }), "validation", "role");
    // Another municipality's membership id is not found.
    await expectAppError(
      updateMember({ municipalityId: b.id, principal: admin, membershipId: members[0].membershipId, input: { role: "reader" } }),
      "not_found",
    );
  });

  it("keeps one admin when two admins demote or remove each other at the same moment", async () => {
    // Several municipalities at once, so that on PostgreSQL (a pool of connections) the two changes in each really
    // run side by side; PGlite runs transactions one at a time anyway.
    const races = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const m = await createMunicipality({ code: String(5100 + i), name: `Kommune ${i}` });
        for (const email of [`a1@k${i}.no`, `a2@k${i}.no`]) {
          await addMember({ municipalityId: m.id, principal: admin, input: { email, name: email, role: "admin", password: "passord-123456" } });
        }
        const [first, second] = await listMembers({ municipalityId: m.id });
        return { m, first, second };
      }),
    );
    const outcomes = await Promise.all(
      races.map(({ m, first, second }) =>
        Promise.allSettled([
          updateMember({ municipalityId: m.id, principal: admin, membershipId: first.membershipId, input: { role: "reader" } }),
          removeMember({ municipalityId: m.id, principal: admin, membershipId: second.membershipId }),
        ]),
      ),
    );
    for (const [i, pair] of outcomes.entries()) {
      expect(pair.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const rejected = pair.find((o) => o.status === "rejected");
      expect((rejected?.reason as AppError).fieldErrors).toHaveProperty("role");
      const admins = (await listMembers({ municipalityId: races[i].m.id })).filter((member) => member.role === "admin");
      expect(admins).toHaveLength(1);
    }
  });

  it("requires a password for a new login and rejects a duplicate membership", async () => {
    const m = await createMunicipality({ code: "3411", name: "Ringsaker" });
    await expectAppError(
      addMember({ municipalityId: m.id, principal: admin, input: { email: "ny@ringsaker.kommune.no", name: "Ny", role: "reader" } }),
      "validation",
      "password",
    );
    await addMember({
      municipalityId: m.id,
      principal: admin,
      input: { email: "ny@ringsaker.kommune.no", name: "Ny", role: "reader", password: "passord-123456" },
    });
    await expectAppError(
      addMember({ municipalityId: m.id, principal: admin, input: { email: "ny@ringsaker.kommune.no", name: "Ny", role: "reader" } }),
      "validation",
      "email",
    );
  });

  it("stores API tokens hashed and finds them by value", async () => {
    const m = await createMunicipality({ code: "3412", name: "Løten" });
    const { token } = await createApiToken({ municipalityId: m.id, principal: admin, input: { role: "reader", name: "BI" } });
    expect(token).toMatch(/^rtn_/);
    expect(await getApiTokenByValue({ token })).toMatchObject({ role: "reader", municipalityId: m.id });
    expect(await getApiTokenByValue({ token: `${token}x` })).toBeNull();
  });

  it("treats malformed and foreign ids as not found", async () => {
    const a = await createMunicipality({ code: "3413", name: "Stor-Elvdal", sectors: [{ name: "Helse", codePrefix: "HO" }] });
    const b = await createMunicipality({ code: "3414", name: "Hamar", sectors: [{ name: "Helse", codePrefix: "HO" }] });
    const [foreignSector] = await listSectors({ municipalityId: b.id });
    // Not-found wins over the uniqueness check, so a foreign id tells nothing about the other municipality.
    await expectAppError(
      updateSector({ municipalityId: a.id, principal: admin, id: foreignSector.id, input: { name: "Helse", codePrefix: "HO" } }),
      "not_found",
    );
    await expectAppError(updateSector({ municipalityId: a.id, principal: admin, id: "not-a-uuid", input: { name: "X", codePrefix: "X" } }), "not_found");
    await expectAppError(updateMember({ municipalityId: a.id, principal: admin, membershipId: "1' or 1=1", input: { role: "reader" } }), "not_found");
    await expectAppError(removeMember({ municipalityId: a.id, principal: admin, membershipId: "x" }), "not_found");
    expect(await getMemberById({ municipalityId: a.id, membershipId: "x" })).toBeNull();
    await expectAppError(revokeApiToken({ municipalityId: a.id, principal: admin, id: "x" }), "not_found");
  });

  it("only limits coordinators to sectors of the same municipality", async () => {
    const a = await createMunicipality({ code: "3415", name: "Løten", sectors: [{ name: "Oppvekst", codePrefix: "O" }] });
    const b = await createMunicipality({ code: "3416", name: "Stange", sectors: [{ name: "Oppvekst", codePrefix: "O" }] });
    const [own] = await listSectors({ municipalityId: a.id });
    const [foreign] = await listSectors({ municipalityId: b.id });
    const input = { email: "k@loten.kommune.no", name: "K", role: "coordinator" as const, password: "passord-123456" };
    await expectAppError(addMember({ municipalityId: a.id, principal: admin, input: { ...input, sectorIds: [foreign.id] } }), "validation", "sectorIds");
    const row = await addMember({ municipalityId: a.id, principal: admin, input: { ...input, sectorIds: [own.id, own.id] } });
    expect(row.sectorIds).toEqual([own.id]);
    await expectAppError(
      updateMember({ municipalityId: a.id, principal: admin, membershipId: row.id, input: { role: "coordinator", sectorIds: [foreign.id] } }),
      "validation",
      "sectorIds",
    );
    // Sectors are dropped for other roles.
    const updated = await updateMember({ municipalityId: a.id, principal: admin, membershipId: row.id, input: { role: "reader", sectorIds: [own.id] } });
    expect(updated.sectorIds).toEqual([]);
  });

  it("renames a sector and changes its prefix, keeping prefixes unique", async () => {
    const m = await createMunicipality({
      code: "3417",
      name: "Våler",
      sectors: [
        { name: "Helse", codePrefix: "HO" },
        { name: "Oppvekst", codePrefix: "O" },
      ],
    });
    const [helse, oppvekst] = await listSectors({ municipalityId: m.id });
    await updateSector({ municipalityId: m.id, principal: admin, id: helse.id, input: { name: "Helse og omsorg", codePrefix: "hs" } });
    await expectAppError(
      updateSector({ municipalityId: m.id, principal: admin, id: oppvekst.id, input: { name: "Oppvekst", codePrefix: "HS" } }),
      "validation",
      "codePrefix",
    );
    // Saving a sector unchanged is not a conflict with itself.
    await updateSector({ municipalityId: m.id, principal: admin, id: oppvekst.id, input: { name: "Oppvekst", codePrefix: "O" } });
    expect((await listSectors({ municipalityId: m.id })).map((s) => `${s.name}:${s.codePrefix}`)).toEqual(["Helse og omsorg:HS", "Oppvekst:O"]);
  });

  it("lists and revokes API tokens within the municipality only", async () => {
    const a = await createMunicipality({ code: "3418", name: "Åsnes" });
    const b = await createMunicipality({ code: "3419", name: "Elverum" });
    const { id, token } = await createApiToken({ municipalityId: a.id, principal: admin, input: { role: "coordinator", name: "Integrasjon" } });
    const listed = await listApiTokens({ municipalityId: a.id });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id, name: "Integrasjon", role: "coordinator", revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(await listApiTokens({ municipalityId: b.id })).toEqual([]);
    await expectAppError(revokeApiToken({ municipalityId: b.id, principal: admin, id }), "not_found");
    await revokeApiToken({ municipalityId: a.id, principal: admin, id });
    expect(await getApiTokenByValue({ token })).toBeNull();
    expect((await listApiTokens({ municipalityId: a.id }))[0].revokedAt).toBeInstanceOf(Date);
    await expectAppError(revokeApiToken({ municipalityId: a.id, principal: admin, id }), "not_found");
  });
});

describe("permissions", () => {
  it("leaves the municipality's settings, sectors, tokens and members to admins", async () => {
    const m = await createMunicipality({ code: "3420", name: "Trysil", language: "nb", sectors: [{ name: "Helse", codePrefix: "HO" }] });
    const [helse] = await listSectors({ municipalityId: m.id });
    const member = await addMember({
      municipalityId: m.id,
      principal: admin,
      input: { email: "k@trysil.kommune.no", name: "K", role: "coordinator", password: "passord-123456" },
    });
    const { id: tokenId } = await createApiToken({ municipalityId: m.id, principal: admin, input: { role: "reader", name: "BI" } });
    const coordinator: Principal = { role: "coordinator", userId: member.userId, sectorIds: [] };
    const contributor: Principal = { role: "contributor", userId: null, sectorIds: [] };
    await expectAppError(
      updateMunicipalitySettings({ municipalityId: m.id, principal: coordinator, input: { name: "Nytt navn", language: "nn" } }),
      "forbidden",
    );
    await expectAppError(createSector({ municipalityId: m.id, principal: coordinator, input: { name: "Oppvekst", codePrefix: "O" } }), "forbidden");
    await expectAppError(
      updateSector({ municipalityId: m.id, principal: coordinator, id: helse.id, input: { name: "Omsorg", codePrefix: "OM" } }),
      "forbidden",
    );
    await expectAppError(createApiToken({ municipalityId: m.id, principal: coordinator, input: { role: "admin", name: "Bakdør" } }), "forbidden");
    await expectAppError(revokeApiToken({ municipalityId: m.id, principal: coordinator, id: tokenId }), "forbidden");
    await expectAppError(
      addMember({
        municipalityId: m.id,
        principal: contributor,
        input: { email: "ny@trysil.kommune.no", name: "Ny", role: "admin", password: "passord-123456" },
      }),
      "forbidden",
    );
    await expectAppError(updateMember({ municipalityId: m.id, principal: coordinator, membershipId: member.id, input: { role: "admin" } }), "forbidden");
    await expectAppError(removeMember({ municipalityId: m.id, principal: coordinator, membershipId: member.id }), "forbidden");
    expect(await getMunicipalityById({ id: m.id })).toMatchObject({ name: "Trysil", language: "nb" });
    expect((await listSectors({ municipalityId: m.id })).map((s) => `${s.name}:${s.codePrefix}`)).toEqual(["Helse:HO"]);
    expect((await listApiTokens({ municipalityId: m.id })).map((t) => [t.name, t.revokedAt])).toEqual([["BI", null]]);
    expect((await listMembers({ municipalityId: m.id })).map((x) => [x.email, x.role])).toEqual([["k@trysil.kommune.no", "coordinator"]]);
  });
});
