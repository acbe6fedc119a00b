import { describe, expect, it } from "vitest";
import { allowConsoleError } from "../../tests/setup/console";
import { AppError } from "~/kit/errors";
import { apiHandler, pickBody, withConflictDetails } from "~/kit/api.server";

const args = (init: RequestInit & { lang?: string } = {}) => ({
  request: new Request("http://localhost/api/v1/x", { ...init, headers: { ...(init.lang ? { "Accept-Language": init.lang } : {}) } }),
});

describe("apiHandler", () => {
  it("turns domain errors into JSON with a default message, and is not cached", async () => {
    const handler = apiHandler(async () => {
      throw new AppError("forbidden");
    });
    const response = await handler(args());
    expect(response.status).toBe(403);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "forbidden", message: "Rollen din gir ikke tilgang til dette." } });
    const nn = await handler(args({ lang: "nn" }));
    expect((await nn.json()).error.message).toBe("Rolla di gir ikkje tilgang til dette.");
  });

  it("keeps a module's own message and details", async () => {
    const response = await apiHandler(async () => {
      throw new AppError("conflict", { messageRef: { key: "measures.conflict" }, details: { currentVersion: 4 } });
    })(args());
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({ code: "conflict", currentVersion: 4, message: expect.stringMatching(/Ingenting er lagret/) });
  });

  it("logs unexpected errors and answers 500 JSON", async () => {
    allowConsoleError();
    const response = await apiHandler(async () => {
      throw new Error("boom");
    })(args());
    expect(response.status).toBe(500);
    expect((await response.json()).error.code).toBe("internal");
  });

  it("leaves a Cache-Control that the handler set", async () => {
    const response = await apiHandler(async () => Response.json({}, { headers: { "Cache-Control": "public, max-age=60" } }))(args());
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
  });
});

describe("pickBody", () => {
  const fields = ["title", "priority"] as const;

  it("picks writable fields, ignores read-only ones and rejects the rest", () => {
    expect(pickBody({ title: "A", id: "x", createdAt: "y" }, { fields, ignored: ["id", "createdAt"] })).toEqual({ input: { title: "A" }, version: null });
    const error = (() => {
      try {
        pickBody({ title: "A", titel: "B", version: 2 }, { fields, ignored: [] });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error?.code).toBe("validation");
    expect(error?.fieldErrors).toEqual({ titel: { key: "validation.unknownField" } });
  });

  it("requires an integer version when asked", () => {
    expect(pickBody({ version: 3, priority: null }, { fields, ignored: [], version: true })).toEqual({ input: { priority: null }, version: 3 });
    for (const version of [undefined, "3", 0, 2.5, null]) {
      expect(() => pickBody({ title: "A", version }, { fields, ignored: [], version: true }), String(version)).toThrow(AppError);
    }
  });
});

describe("withConflictDetails", () => {
  it("adds the current version and representation to a conflict", async () => {
    const error = await withConflictDetails(
      async () => {
        throw new AppError("conflict", { messageRef: { key: "plan.conflict" }, details: { current: { stale: true } } });
      },
      async () => ({ version: 5, representation: { id: "a", version: 5 } }),
    ).catch((e: unknown) => e as AppError);
    expect(error).toBeInstanceOf(AppError);
    expect(error.details).toEqual({ currentVersion: 5, current: { id: "a", version: 5 } });
    expect(error.messageRef).toEqual({ key: "plan.conflict" });
  });

  it("passes other errors through untouched", async () => {
    const original = new AppError("not_found");
    await expect(
      withConflictDetails(
        async () => Promise.reject(original),
        async () => ({ version: 1, representation: null }),
      ),
    ).rejects.toBe(original);
  });
});
