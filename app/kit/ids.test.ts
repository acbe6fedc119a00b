import { describe, expect, it } from "vitest";
import { isUuid } from "./ids";

describe("isUuid", () => {
  it("accepts canonical uuids in either case", () => {
    expect(isUuid("3f2b8c1e-5d4a-4e2b-9c1d-0a1b2c3d4e5f")).toBe(true);
    expect(isUuid("3F2B8C1E-5D4A-4E2B-9C1D-0A1B2C3D4E5F")).toBe(true);
  });

  it("rejects anything PostgreSQL would choke on or that is not a string", () => {
    for (const value of [
      "",
      "1",
      "not-a-uuid",
      "3f2b8c1e5d4a4e2b9c1d0a1b2c3d4e5f",
      "3f2b8c1e-5d4a-4e2b-9c1d-0a1b2c3d4e5f'",
      " 3f2b8c1e-5d4a-4e2b-9c1d-0a1b2c3d4e5f",
      null,
      undefined,
      42,
    ]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
