import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.benefits.$id";
import { apiHandler, json, methodNotAllowed, pickBody, readJsonObject, withConflictDetails } from "~/kit/api.server";
import { assertCanEditBenefit, deleteVersion, loadBenefitJson } from "~/domains/benefits/api/serializers.server";
import { BENEFIT_INPUT_FIELDS, BENEFIT_READ_ONLY_FIELDS } from "~/domains/benefits/api/schemas";
import { serializeBenefit } from "~/domains/benefits/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { deleteBenefit, updateBenefit } from "~/domains/benefits/mutations.server";

/** GET /api/v1/benefits/:id (404 for unknown, malformed and other municipalities' ids alike). */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  return json(await loadBenefitJson(context.municipality.id, params.id));
});

/**
 * PATCH (or PUT) /api/v1/benefits/:id: `version` plus any subset of the fields; a stale version is a 409.
 * DELETE /api/v1/benefits/:id[?version=N]: deletes the benefit with its indicators and measurements (204).
 */
export const action = apiHandler(async ({ request, params }: Route.ActionArgs) => {
  if (request.method !== "PATCH" && request.method !== "PUT" && request.method !== "DELETE") return methodNotAllowed(["GET", "HEAD", "PATCH", "PUT", "DELETE"]);
  const context = await requireApiContext(request, { capability: "benefits.edit" });
  const municipalityId = context.municipality.id;
  const id = params.id;
  await assertCanEditBenefit(context, id);
  const current = async () => {
    const representation = await loadBenefitJson(municipalityId, id);
    return { version: representation.version, representation };
  };
  if (request.method === "DELETE") {
    const version = deleteVersion(request);
    await withConflictDetails(() => deleteBenefit({ municipalityId, principal: context.principal, id, version, actor: actorOf(context) }), current);
    return new Response(null, { status: 204 });
  }
  const { input, version } = pickBody(await readJsonObject(request), { fields: BENEFIT_INPUT_FIELDS, ignored: BENEFIT_READ_ONLY_FIELDS, version: true });
  const benefit = await withConflictDetails(
    () => updateBenefit({ municipalityId, principal: context.principal, id, version, actor: actorOf(context), input }),
    current,
  );
  return json(serializeBenefit(benefit));
});
