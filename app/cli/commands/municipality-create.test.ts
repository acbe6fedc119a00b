import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { CliError } from "../command";
import { municipalityCreate, parseSectorOption } from "./municipality-create";
import { argsFor, rejection } from "./test-helpers";
import { getMunicipalityByCode, listSectors } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";

useTestDatabase();

describe("municipality:create", () => {
  it("creates a municipality with language and sectors in the given order", async () => {
    const { args } = argsFor({ code: "3001", name: "Halden", language: "nn", sector: ["Helse og omsorg:ho", "Oppvekst: O "] });
    const result = await municipalityCreate.run(args);
    const row = await getMunicipalityByCode({ code: "3001" });
    expect(row).toMatchObject({ name: "Halden", language: "nn" });
    expect((await listSectors({ municipalityId: row!.id })).map((s) => [s.name, s.codePrefix])).toEqual([
      ["Helse og omsorg", "HO"],
      ["Oppvekst", "O"],
    ]);
    expect(result.json).toMatchObject({
      municipality: { id: row!.id, code: "3001", name: "Halden", language: "nn", sectors: [{ codePrefix: "HO" }, { codePrefix: "O" }] },
    });
    expect(result.text).toContain("Halden (3001)");
  });

  it("defaults to bokmål and no sectors", async () => {
    const result = await municipalityCreate.run(argsFor({ code: "3002", name: "Moss" }).args);
    expect(result.json).toMatchObject({ municipality: { language: "nb", sectors: [] } });
  });

  it("rejects a taken or malformed number, a bad language and a bad sector", async () => {
    const taken = await rejection(municipalityCreate.run(argsFor({ code: "3001", name: "Igjen" }).args));
    expect(taken).toBeInstanceOf(AppError);
    expect(taken.fieldErrors?.code.key).toBe("tenancy.codeTaken");
    const malformed = await rejection(municipalityCreate.run(argsFor({ code: "30", name: "Kort" }).args));
    expect(malformed.fieldErrors?.code.key).toBe("validation.municipalityCode");
    expect(await rejection(municipalityCreate.run(argsFor({ code: "3003", name: "X", language: "en" }).args))).toBeInstanceOf(CliError);
    expect((await rejection(municipalityCreate.run(argsFor({ code: "3003", name: "X", sector: ["Helse"] }).args))).message).toContain('--sector "Helse"');
    const prefix = await rejection(municipalityCreate.run(argsFor({ code: "3003", name: "X", sector: ["Helse:H O"] }).args));
    expect(prefix.fieldErrors?.codePrefix.key).toBe("validation.codePrefix");
    // Nothing was written by the failed attempts.
    expect(await getMunicipalityByCode({ code: "3003" })).toBeNull();
  });
});

describe("parseSectorOption", () => {
  it("splits at the last colon", () => {
    expect(parseSectorOption("Plan: bygg og eiendom:PBE")).toEqual({ name: "Plan: bygg og eiendom", codePrefix: "PBE" });
    expect(() => parseSectorOption(":HO")).toThrow(CliError);
    expect(() => parseSectorOption("Helse:")).toThrow(CliError);
  });
});
