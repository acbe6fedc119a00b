import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { CliError } from "../command";
import { demoLoad } from "./demo-load";
import { argsFor, rejection } from "./test-helpers";
import { getMunicipalityByCode, listMembers } from "~/domains/tenancy/index.server";

useTestDatabase();

describe("demo:load", () => {
  it("loads the demo municipality once and then refuses", async () => {
    const result = await demoLoad.run(argsFor({}).args);
    const demo = await getMunicipalityByCode({ code: "3401" });
    expect(demo).not.toBeNull();
    expect((await listMembers({ municipalityId: demo!.id })).map((m) => m.email)).toContain("admin@demo.retning.no");
    expect(result.json).toMatchObject({ municipality: { code: "3401" }, password: "demo-passord-2026" });
    expect(result.text).toContain("admin@demo.retning.no");
    const again = await rejection(demoLoad.run(argsFor({}).args));
    expect(again).toBeInstanceOf(CliError);
    expect(again).toMatchObject({ code: "conflict" });
    expect(again.message).toContain("3401");
  });
});
