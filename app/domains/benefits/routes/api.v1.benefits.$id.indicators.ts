import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.benefits.$id.indicators";
import { apiHandler, created, json, methodNotAllowed, pickBody, readJsonObject } from "~/kit/api.server";
import { assertCanEditBenefit } from "~/domains/benefits/api/serializers.server";
import { INDICATOR_INPUT_FIELDS, INDICATOR_READ_ONLY_FIELDS } from "~/domains/benefits/api/schemas";
import { serializeIndicator } from "~/domains/benefits/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { createIndicator } from "~/domains/benefits/mutations.server";
import { listIndicatorsByBenefit } from "~/domains/benefits/queries.server";

/** GET /api/v1/benefits/:id/indicators: the benefit's indicators, oldest first. */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const rows = await listIndicatorsByBenefit({ municipalityId: context.municipality.id, benefitId: params.id });
  return json({ data: rows.map(serializeIndicator) });
});

/** POST /api/v1/benefits/:id/indicators: creates an indicator on the benefit. */
export const action = apiHandler(async ({ request, params }: Route.ActionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "HEAD", "POST"]);
  const context = await requireApiContext(request, { capability: "benefits.edit" });
  await assertCanEditBenefit(context, params.id);
  const { input } = pickBody(await readJsonObject(request), { fields: INDICATOR_INPUT_FIELDS, ignored: INDICATOR_READ_ONLY_FIELDS });
  const indicator = await createIndicator({
    municipalityId: context.municipality.id,
    principal: context.principal,
    benefitId: params.id,
    actor: actorOf(context),
    input,
  });
  return created(serializeIndicator(indicator), `/indicators/${indicator.id}`);
});
