import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { addMember, createMunicipality } from "~/domains/tenancy/mutations.server";
import { AppError } from "~/kit/errors";
import { signIn } from "./login.server";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

const request = (ip: string) => new Request("http://localhost/login", { method: "POST", headers: { "X-Retning-Client": ip } });

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : "ok";
}

describe("signIn", () => {
  it("creates a session cookie for the right password and rejects a wrong one", async () => {
    const m = await createMunicipality({ code: "1301", name: "Stord", language: "nn" });
    await addMember({
      municipalityId: m.id,
      principal: admin,
      input: { email: "digi@stord.kommune.no", name: "Digi", role: "admin", password: "riktig-passord-1" },
    });
    const { headers } = await signIn({ request: request("10.0.0.1"), input: { email: "DIGI@stord.kommune.no", password: "riktig-passord-1" } });
    expect(headers.getSetCookie().join(";")).toContain("retning.session_token=");
    expect(await codeOf(signIn({ request: request("10.0.0.1"), input: { email: "digi@stord.kommune.no", password: "feil" } }))).toBe("validation");
  });

  it("rate-limits an account after repeated failures, even with the right password", async () => {
    const m = await createMunicipality({ code: "1302", name: "Fitjar" });
    await addMember({
      municipalityId: m.id,
      principal: admin,
      input: { email: "brute@fitjar.kommune.no", name: "B", role: "reader", password: "riktig-passord-2" },
    });
    for (let i = 0; i < 5; i += 1) {
      expect(await codeOf(signIn({ request: request(`10.0.1.${i}`), input: { email: "brute@fitjar.kommune.no", password: `gjett-${i}` } }))).toBe("validation");
    }
    expect(await codeOf(signIn({ request: request("10.0.2.1"), input: { email: "brute@fitjar.kommune.no", password: "riktig-passord-2" } }))).toBe(
      "rate_limited",
    );
  });
});
