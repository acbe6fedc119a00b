import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { argsFor, rejection } from "./test-helpers";
import { tokenCreate } from "./token-create";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { getApiTokenByValue, listApiTokens } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";

useTestDatabase();

describe("token:create", () => {
  it("creates a working token and returns exactly { token } as JSON", async () => {
    const m = await createMunicipality({ code: "3201", name: "Bærum" });
    const result = await tokenCreate.run(argsFor({ municipality: "3201", role: "coordinator", name: "Power BI" }, { json: true }).args);
    expect(Object.keys(result.json as object)).toEqual(["token"]);
    const { token } = result.json as { token: string };
    expect(token).toMatch(/^rtn_/);
    expect(result.text).toContain(token);
    expect(await getApiTokenByValue({ token })).toMatchObject({ municipalityId: m.id, role: "coordinator", name: "Power BI" });
  });

  it('names the token "CLI" by default', async () => {
    const m = await createMunicipality({ code: "3202", name: "Asker" });
    const { token } = (await tokenCreate.run(argsFor({ municipality: "3202", role: "admin" }).args)).json as { token: string };
    expect(await getApiTokenByValue({ token })).toMatchObject({ name: "CLI", role: "admin", municipalityId: m.id });
    expect(await listApiTokens({ municipalityId: m.id })).toHaveLength(1);
  });

  it("rejects an unknown municipality and roles other than reader, coordinator and admin", async () => {
    expect(await rejection(tokenCreate.run(argsFor({ municipality: "9999", role: "reader" }).args))).toMatchObject({ code: "not_found" });
    const contributor = await rejection(tokenCreate.run(argsFor({ municipality: "3201", role: "contributor" }).args));
    expect(contributor).toBeInstanceOf(AppError);
    expect(contributor.fieldErrors?.role.key).toBe("validation.invalidChoice");
  });
});
