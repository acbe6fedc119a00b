import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { AppError } from "~/utils/errors";
import { addMember, createApiToken, createMunicipality, createSector, removeMember, updateMember } from "./mutations.server";
import { getApiTokenByValue, listMembers, listMembershipsForUser, listSectors } from "./queries.server";

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
    await expectAppError(createSector({ municipalityId: m.id, input: { name: "Annet", codePrefix: "o" } }), "validation", "codePrefix");
  });

  it("lets one person belong to several municipalities and keeps the last admin", async () => {
    const a = await createMunicipality({ code: "5001", name: "Trondheim" });
    const b = await createMunicipality({ code: "5028", name: "Melhus", language: "nn" });
    await addMember({ municipalityId: a.id, input: { email: "It@Iks.no", name: "IT", role: "admin", password: "passord-123456" } });
    await addMember({ municipalityId: b.id, input: { email: "it@iks.no", name: "IT", role: "coordinator" } });
    const members = await listMembers({ municipalityId: a.id });
    const memberships = await listMembershipsForUser({ userId: members[0].userId });
    expect(memberships.map((m) => m.code).sort()).toEqual(["5001", "5028"]);
    await expectAppError(updateMember({ municipalityId: a.id, membershipId: members[0].membershipId, input: { role: "reader" } }), "validation", "role");
    await expectAppError(removeMember({ municipalityId: a.id, membershipId: members[0].membershipId }), "validation", "role");
    // Another municipality's membership id is not found.
    await expectAppError(updateMember({ municipalityId: b.id, membershipId: members[0].membershipId, input: { role: "reader" } }), "not_found");
  });

  it("requires a password for a new login and rejects a duplicate membership", async () => {
    const m = await createMunicipality({ code: "3411", name: "Ringsaker" });
    await expectAppError(addMember({ municipalityId: m.id, input: { email: "ny@ringsaker.kommune.no", name: "Ny", role: "reader" } }), "validation", "password");
    await addMember({ municipalityId: m.id, input: { email: "ny@ringsaker.kommune.no", name: "Ny", role: "reader", password: "passord-123456" } });
    await expectAppError(addMember({ municipalityId: m.id, input: { email: "ny@ringsaker.kommune.no", name: "Ny", role: "reader" } }), "validation", "email");
  });

  it("stores API tokens hashed and finds them by value", async () => {
    const m = await createMunicipality({ code: "3412", name: "Løten" });
    const { token } = await createApiToken({ municipalityId: m.id, input: { role: "reader", name: "BI" } });
    expect(token).toMatch(/^rtn_/);
    expect(await getApiTokenByValue({ token })).toMatchObject({ role: "reader", municipalityId: m.id });
    expect(await getApiTokenByValue({ token: `${token}x` })).toBeNull();
  });
});
