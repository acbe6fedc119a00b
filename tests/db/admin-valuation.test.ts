import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { getValuationSettings } from "~/domains/benefits/queries.server";
import { signIn } from "~/domains/tenancy/login.server";
import { addMember, createMunicipality } from "~/domains/tenancy/mutations.server";
import { action, loader } from "~/domains/tenancy/routes/admin.settings";
import { csrfCookie } from "~/kit/cookies.server";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

const csrf = "csrf-token-for-valuation-tests-0123456789";
let cookie = "";
let municipalityId = "";

beforeAll(async () => {
  const m = await createMunicipality({ code: "9101", name: "Verdikommune" });
  municipalityId = m.id;
  await addMember({ municipalityId: m.id, principal: admin, input: { email: "v@v.no", name: "V Admin", role: "admin", password: "passord-v-123456" } });
  const { headers } = await signIn({
    request: new Request("http://localhost/login", { method: "POST" }),
    input: { email: "v@v.no", password: "passord-v-123456" },
  });
  cookie = [...headers.getSetCookie().map((c) => c.split(";")[0]), (await csrfCookie.serialize(csrf)).split(";")[0]].join("; ");
});

function post(fields: Record<string, string>) {
  const request = new Request("http://localhost/admin/settings", {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, intent: "valuation", ...fields }),
  });
  return action({ request, params: {}, context: {} } as never);
}

describe("valuation settings in /admin/settings", () => {
  it("starts from the defaults, rejects an hourly cost of 0 keeping the input, and saves valid values", async () => {
    const page = (await loader({
      request: new Request("http://localhost/admin/settings", { headers: { Cookie: cookie } }),
      params: {},
      context: {},
    } as never)) as {
      valuation: { hourlyCostNok: number; hoursPerFte: number; version: number };
    };
    expect(page.valuation).toMatchObject({ hourlyCostNok: 700, hoursPerFte: 1695, version: 0 });

    const rejected = (await post({ version: "0", hourlyCostNok: "0", hoursPerFte: "1695" })) as {
      init: { status: number };
      data: { fieldErrors: Record<string, { key: string }>; values: Record<string, string> };
    };
    expect(rejected.init.status).toBe(400);
    expect(rejected.data.fieldErrors.hourlyCostNok.key).toBe("benefits.hourlyCostPositive");
    expect(rejected.data.values.hourlyCostNok).toBe("0");
    expect((await getValuationSettings({ municipalityId })).isDefault).toBe(true);

    await post({ version: "0", hourlyCostNok: "750", hoursPerFte: "1700" });
    expect(await getValuationSettings({ municipalityId })).toMatchObject({ hourlyCostNok: 750, hoursPerFte: 1700, isDefault: false });
  });
});
