import type { Actor } from "~/kit/context";
import { eq } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { municipality } from "~/domains/tenancy/index.server";
import { recordChanges } from "~/domains/history/index.server";
import { AppError } from "~/kit/errors";
import { assertCan, type Principal } from "~/kit/permissions";
import { parseInput } from "~/kit/validation";
import { PUBLIC_PLAN_SETTINGS_FIELDS } from "./constants";
import { isHttpUrl, publicPlanSettingsSchema } from "./schema";

/** Turns the public plan page on or off, chooses whether costs are public, and sets the accessibility statement. */
export async function updatePublicPlanSettings({ municipalityId, principal, actor, input }: { municipalityId: string; principal: Principal; actor: Actor; input: unknown }) {
  assertCan(principal, "admin.settings");
  const data = parseInput(publicPlanSettingsSchema, input);
  if (data.accessibilityStatementUrl !== null && !isHttpUrl(data.accessibilityStatementUrl)) {
    throw new AppError("validation", { fieldErrors: { accessibilityStatementUrl: { key: "public.settings.accessibilityUrl.invalid" } } });
  }
  return db().transaction(async (tx) => {
    const [before] = await tx
      .select({
        publicPlanEnabled: municipality.publicPlanEnabled,
        publicShowCosts: municipality.publicShowCosts,
        accessibilityStatementUrl: municipality.accessibilityStatementUrl,
      })
      .from(municipality)
      .where(eq(municipality.id, municipalityId))
      .for("update");
    if (!before) throw new AppError("not_found");
    await tx.update(municipality).set(data).where(eq(municipality.id, municipalityId));
    await recordChanges({
      tx,
      municipalityId,
      entityType: "public_plan_settings",
      entityId: municipalityId,
      before,
      after: data,
      fields: PUBLIC_PLAN_SETTINGS_FIELDS,
      actor,
    });
    return data;
  });
}
