import { describe, expect, it } from "vitest";
import { loadOncePerRequest } from "./request-cache.server";

describe("loadOncePerRequest", () => {
  it("loads once per request and key, and again for another request or key", async () => {
    let loads = 0;
    const load = async () => ++loads;
    const request = new Request("http://localhost/measures/1");
    const [first, second] = await Promise.all([
      loadOncePerRequest({ request, key: "measure/1", load }),
      loadOncePerRequest({ request, key: "measure/1", load }),
    ]);
    expect([first, second, loads]).toEqual([1, 1, 1]);
    expect(await loadOncePerRequest({ request, key: "measure/2", load })).toBe(2);
    expect(await loadOncePerRequest({ request: new Request("http://localhost/measures/1"), key: "measure/1", load })).toBe(3);
  });

  it("gives every caller in the request the same rejection", async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      throw new Error("not found");
    };
    const request = new Request("http://localhost/measures/1");
    await expect(loadOncePerRequest({ request, key: "measure/1", load })).rejects.toThrow("not found");
    await expect(loadOncePerRequest({ request, key: "measure/1", load })).rejects.toThrow("not found");
    expect(loads).toBe(1);
  });
});
