import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { apiToken } from "~/domains/tenancy/db";
import { createApiToken, createMunicipality } from "~/domains/tenancy/mutations.server";
import { AppError } from "~/kit/errors";
import { requireApiContext, requireContext } from "./guard.server";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("guard", () => {
  it("resolves a Bearer token to its municipality and role, records its use, and enforces roles", async () => {
    const m = await createMunicipality({ code: "1201", name: "Bømlo", language: "nn" });
    const { id, token } = await createApiToken({ municipalityId: m.id, principal: admin, input: { role: "reader", name: "Statistikk" } });
    const request = new Request("http://localhost/api/v1/measures", { headers: { Authorization: `Bearer ${token}` } });
    const context = await requireApiContext(request);
    expect(context).toMatchObject({ municipality: { code: "1201" }, principal: { role: "reader", userId: null }, lang: "nn", actorLabel: "API: Statistikk" });
    const [row] = await db().select().from(apiToken).where(eq(apiToken.id, id));
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    expect(await codeOf(requireApiContext(request, { capability: "plan.edit" }))).toBe("forbidden");
  });

  it("rejects missing, malformed and unknown credentials as unauthorized", async () => {
    expect(await codeOf(requireApiContext(new Request("http://localhost/api/v1/measures")))).toBe("unauthorized");
    expect(await codeOf(requireApiContext(new Request("http://localhost/x", { headers: { Authorization: "Bearer nope" } })))).toBe("unauthorized");
    expect(await codeOf(requireApiContext(new Request("http://localhost/x", { headers: { Authorization: "Basic abc" } })))).toBe("unauthorized");
    expect(await codeOf(requireContext(new Request("http://localhost/x", { headers: { Cookie: "retning.session_token=forged" } })))).toBe("unauthorized");
  });
});
