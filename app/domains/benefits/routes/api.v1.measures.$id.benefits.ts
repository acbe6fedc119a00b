import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.measures.$id.benefits";
import { apiHandler, created, json, methodNotAllowed, pickBody, readJsonObject } from "~/kit/api.server";
import { assertCanEditMeasureBenefits } from "~/domains/benefits/api/serializers.server";
import { BENEFIT_INPUT_FIELDS, BENEFIT_READ_ONLY_FIELDS } from "~/domains/benefits/api/schemas";
import { serializeBenefit } from "~/domains/benefits/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { createBenefit } from "~/domains/benefits/mutations.server";
import { listBenefitsByMeasure, getBenefitById } from "~/domains/benefits/queries.server";

/** GET /api/v1/measures/:id/benefits: the measure's benefits, oldest first. */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const municipalityId = context.municipality.id;
  const rows = await listBenefitsByMeasure({ municipalityId, measureId: params.id });
  const details = await Promise.all(rows.map((row) => getBenefitById({ municipalityId, id: row.id })));
  return json({ data: details.map(serializeBenefit) });
});

/** POST /api/v1/measures/:id/benefits: creates a benefit on the measure (whoever may edit the measure). */
export const action = apiHandler(async ({ request, params }: Route.ActionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "HEAD", "POST"]);
  const context = await requireApiContext(request, { capability: "benefits.edit" });
  await assertCanEditMeasureBenefits(context, params.id);
  const { input } = pickBody(await readJsonObject(request), { fields: BENEFIT_INPUT_FIELDS, ignored: BENEFIT_READ_ONLY_FIELDS });
  const benefit = await createBenefit({
    municipalityId: context.municipality.id,
    principal: context.principal,
    measureId: params.id,
    actor: actorOf(context),
    input,
  });
  return created(serializeBenefit(benefit), `/benefits/${benefit.id}`);
});
