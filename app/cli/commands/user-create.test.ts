import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { CliError } from "../command";
import { argsFor, rejection } from "./test-helpers";
import { userCreate } from "./user-create";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { getUserByEmail, listMembers, listMembershipsForUser, listSectors } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";

useTestDatabase();

describe("user:create", () => {
  it("creates a login with the password from stdin and makes it a member", async () => {
    const m = await createMunicipality({ code: "3101", name: "Sarpsborg" });
    const { args, prompts } = argsFor(
      { municipality: "3101", email: " Ada@Sarpsborg.Kommune.no ", role: "admin", name: "Ada" },
      { stdin: "et-langt-passord\r" },
    );
    const result = await userCreate.run(args);
    expect(prompts).toHaveLength(1);
    const [member] = await listMembers({ municipalityId: m.id });
    expect(member).toMatchObject({ email: "ada@sarpsborg.kommune.no", name: "Ada", role: "admin" });
    expect(result.json).toMatchObject({ user: { email: "ada@sarpsborg.kommune.no", created: true }, membership: { municipality: "3101", role: "admin" } });
  });

  it("adds an existing login to another municipality without asking for a password", async () => {
    await createMunicipality({
      code: "3103",
      name: "Fredrikstad",
      sectors: [
        { name: "Helse", codePrefix: "HO" },
        { name: "Oppvekst", codePrefix: "O" },
      ],
    });
    const { args, prompts } = argsFor({ municipality: "3103", email: "ada@sarpsborg.kommune.no", role: "coordinator", sector: ["ho"] });
    const result = await userCreate.run(args);
    expect(prompts).toEqual([]);
    expect(result.text).toContain("existing login");
    const user = await getUserByEmail({ email: "ada@sarpsborg.kommune.no" });
    const memberships = await listMembershipsForUser({ userId: user!.id });
    expect(memberships.map((x) => [x.code, x.role]).sort()).toEqual([
      ["3101", "admin"],
      ["3103", "coordinator"],
    ]);
    const fredrikstad = memberships.find((x) => x.code === "3103")!;
    const [helse] = await listSectors({ municipalityId: fredrikstad.municipalityId });
    expect(fredrikstad.sectorIds).toEqual([helse.id]);
    expect(result.json).toMatchObject({ user: { created: false, name: "Ada" } });
  });

  it("names a new login after its e-mail when --name is left out", async () => {
    await userCreate.run(argsFor({ municipality: "3101", email: "kari.nordmann@sarpsborg.kommune.no", role: "reader" }, { stdin: "et-langt-passord" }).args);
    expect((await getUserByEmail({ email: "kari.nordmann@sarpsborg.kommune.no" }))?.name).toBe("kari.nordmann");
  });

  it("explains what is wrong", async () => {
    const noPassword = await rejection(userCreate.run(argsFor({ municipality: "3101", email: "ny@sarpsborg.kommune.no", role: "reader" }).args));
    expect(noPassword).toBeInstanceOf(CliError);
    expect(noPassword.message).toContain("stdin");
    const unknown = await rejection(userCreate.run(argsFor({ municipality: "9999", email: "x@y.no", role: "reader" }).args));
    expect(unknown).toMatchObject({ code: "not_found" });
    const { args, prompts } = argsFor({ municipality: "3101", email: "x@y.no", role: "boss" }, { stdin: "et-langt-passord" });
    const badRole = await rejection(userCreate.run(args));
    expect(badRole).toBeInstanceOf(AppError);
    expect(badRole.fieldErrors?.role.key).toBe("validation.invalidChoice");
    expect(prompts).toEqual([]);
    const shortPassword = await rejection(userCreate.run(argsFor({ municipality: "3101", email: "x@y.no", role: "reader" }, { stdin: "kort" }).args));
    expect(shortPassword.fieldErrors?.password.key).toBe("validation.password");
    const twice = await rejection(userCreate.run(argsFor({ municipality: "3101", email: "ada@sarpsborg.kommune.no", role: "reader" }).args));
    expect(twice.fieldErrors?.email.key).toBe("tenancy.alreadyMember");
    const sectorForReader = await rejection(userCreate.run(argsFor({ municipality: "3103", email: "x@y.no", role: "reader", sector: ["HO"] }).args));
    expect(sectorForReader).toBeInstanceOf(CliError);
    const unknownSector = await rejection(userCreate.run(argsFor({ municipality: "3103", email: "x@y.no", role: "coordinator", sector: ["IKT"] }).args));
    expect(unknownSector.message).toContain("IKT");
    expect(await getUserByEmail({ email: "x@y.no" })).toBeNull();
  });
});
