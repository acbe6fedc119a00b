import { describe, expect, it } from "vitest";
import { apiHandler } from "./api.server";
import { AppError } from "./errors";

describe("AppError", () => {
  it("keeps the error it replaces as its cause", () => {
    const original = new Error('duplicate key value violates unique constraint "measure_code_unique"');
    const error = new AppError("validation", { fieldErrors: { code: { key: "measures.codeTaken" } }, cause: original });
    expect(error.cause).toBe(original);
    expect(error.status).toBe(400);
    expect(new AppError("not_found").cause).toBeUndefined();
  });

  it("never sends the cause to an API client", async () => {
    const handler = apiHandler(async () => {
      throw new AppError("conflict", { cause: new Error("secret database detail") });
    });
    const response = await handler({ request: new Request("http://localhost/api/v1/measures") });
    expect(response.status).toBe(409);
    expect(await response.text()).not.toContain("secret database detail");
  });
});
