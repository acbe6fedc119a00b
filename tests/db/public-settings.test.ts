// Opting in to the public plan (admin settings) and publishing measures (the measure form): defaults, validation,
// who may do it, and the history.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { changeLog } from "~/domains/history/db";
import { municipality } from "~/domains/tenancy/db";
import { signIn } from "~/domains/tenancy/login.server";
import { parseMeasureForm } from "~/domains/measures/form";
import { createMeasure, updateMeasure } from "~/domains/measures/mutations.server";
import { getMeasureById } from "~/domains/measures/queries.server";
import { addMember, createMunicipality } from "~/domains/tenancy/mutations.server";
import { getUserByEmail } from "~/domains/tenancy/queries.server";
import { action, loader } from "~/domains/tenancy/routes/admin.settings";
import { csrfCookie } from "~/kit/cookies.server";
import { AppError } from "~/kit/errors";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

const csrf = "csrf-token-for-public-settings-tests-012345";
const cookies: Record<string, string> = {};
let municipalityId = "";

beforeAll(async () => {
  const m = await createMunicipality({ code: "9201", name: "Publiseringskommune" });
  municipalityId = m.id;
  for (const role of ["admin", "reader", "contributor"] as const) {
    const email = `${role}@publisering.test`;
    await addMember({ municipalityId, principal: admin, input: { email, name: `P ${role}`, role, password: "passord-p-123456" } });
    const { headers } = await signIn({ request: new Request("http://localhost/login", { method: "POST" }), input: { email, password: "passord-p-123456" } });
    cookies[role] = [...headers.getSetCookie().map((c) => c.split(";")[0]), (await csrfCookie.serialize(csrf)).split(";")[0]].join("; ");
  }
});

function post(role: string, fields: Array<[string, string]>) {
  const body = new URLSearchParams([["_csrf", csrf], ["intent", "publicPlan"], ...fields]);
  const request = new Request("http://localhost/admin/settings", {
    method: "POST",
    headers: { Cookie: cookies[role], "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  return action({ request, params: {}, context: {} } as never).catch((error: unknown) => error);
}

async function settings() {
  const [row] = await db()
    .select({ enabled: municipality.publicPlanEnabled, showCosts: municipality.publicShowCosts, url: municipality.accessibilityStatementUrl })
    .from(municipality)
    .where(eq(municipality.id, municipalityId));
  return row;
}

describe("public plan settings in /admin/settings", () => {
  it("are off by default, reject an invalid address keeping the input, and save with history", async () => {
    const page = (await loader({
      request: new Request("http://localhost/admin/settings", { headers: { Cookie: cookies.admin } }),
      params: {},
      context: {},
    } as never)) as {
      publicPlan: unknown;
    };
    expect(page.publicPlan).toEqual({ enabled: false, showCosts: false, accessibilityStatementUrl: null });

    const rejected = (await post("admin", [
      ["publicPlanEnabled", "false"],
      ["publicPlanEnabled", "true"],
      ["publicShowCosts", "false"],
      ["accessibilityStatementUrl", "javascript:alert(1)"],
    ])) as { init: { status: number }; data: { fieldErrors: Record<string, { key: string }>; values: Record<string, unknown> } };
    expect(rejected.init.status).toBe(400);
    expect(rejected.data.fieldErrors.accessibilityStatementUrl.key).toBe("public.settings.accessibilityUrl.invalid");
    expect(rejected.data.values.accessibilityStatementUrl).toBe("javascript:alert(1)");
    expect(await settings()).toEqual({ enabled: false, showCosts: false, url: null });

    await post("admin", [
      ["publicPlanEnabled", "false"],
      ["publicPlanEnabled", "true"],
      ["publicShowCosts", "false"],
      ["accessibilityStatementUrl", " https://uustatus.no/nb/erklaringer/publisert/abc "],
    ]);
    expect(await settings()).toEqual({ enabled: true, showCosts: false, url: "https://uustatus.no/nb/erklaringer/publisert/abc" });
    const history = await db()
      .select({ field: changeLog.field, newValue: changeLog.newValue })
      .from(changeLog)
      .where(and(eq(changeLog.municipalityId, municipalityId), eq(changeLog.entityType, "public_plan_settings")));
    expect(history.map((h) => h.field).sort()).toEqual(["accessibilityStatementUrl", "publicPlanEnabled"]);

    // Unchecked boxes turn it off again; an empty address removes the link.
    await post("admin", [
      ["publicPlanEnabled", "false"],
      ["publicShowCosts", "false"],
      ["accessibilityStatementUrl", ""],
    ]);
    expect(await settings()).toEqual({ enabled: false, showCosts: false, url: null });
  });

  it("are for admins only", async () => {
    const outcome = (await post("reader", [["publicPlanEnabled", "true"]])) as { init?: { status: number } };
    expect(outcome.init?.status).toBe(403);
    expect((await settings()).enabled).toBe(false);
  });
});

describe("publishing a measure", () => {
  it("is off by default, read from the form, allowed to whoever may edit the measure, and recorded in the history", async () => {
    const contributor = await getUserByEmail({ email: "contributor@publisering.test" });
    const principal = { role: "contributor" as const, userId: contributor!.id, sectorIds: [] };
    const actor = { userId: contributor!.id, label: null };
    const created = await createMeasure({ municipalityId, principal, actor, input: { code: "P1", title: "Publiser meg" } });
    expect(created.published).toBe(false);

    const form = new FormData();
    for (const [name, value] of [
      ["published", "false"],
      ["published", "true"],
    ])
      form.append(name, value);
    expect(parseMeasureForm(form).published).toBe(true);
    const cleared = new FormData();
    cleared.append("published", "false");
    expect(parseMeasureForm(cleared).published).toBe(false);
    expect(parseMeasureForm(new FormData())).not.toHaveProperty("published");

    const updated = await updateMeasure({ municipalityId, id: created.id, version: created.version, principal, actor, input: { published: true } });
    expect((await getMeasureById({ municipalityId, id: updated.id })).published).toBe(true);
    const history = await db()
      .select({ field: changeLog.field, oldValue: changeLog.oldValue, newValue: changeLog.newValue, changedBy: changeLog.changedBy })
      .from(changeLog)
      .where(and(eq(changeLog.entityId, created.id), eq(changeLog.field, "published"), eq(changeLog.action, "update")));
    expect(history).toEqual([{ field: "published", oldValue: false, newValue: true, changedBy: contributor!.id }]);

    const reader = await getUserByEmail({ email: "reader@publisering.test" });
    const refused = await updateMeasure({
      municipalityId,
      id: created.id,
      version: updated.version,
      principal: { role: "reader", userId: reader!.id, sectorIds: [] },
      actor: { userId: reader!.id, label: null },
      input: { published: false },
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("forbidden");
  });
});
