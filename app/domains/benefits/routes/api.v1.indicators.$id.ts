import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.indicators.$id";
import { apiHandler, json, methodNotAllowed, pickBody, readJsonObject, withConflictDetails } from "~/kit/api.server";
import { assertCanEditIndicator, deleteVersion, loadIndicatorJson } from "~/domains/benefits/api/serializers.server";
import { INDICATOR_INPUT_FIELDS, INDICATOR_READ_ONLY_FIELDS } from "~/domains/benefits/api/schemas";
import { serializeIndicator } from "~/domains/benefits/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { deleteIndicator, updateIndicator } from "~/domains/benefits/mutations.server";

/** GET /api/v1/indicators/:id */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  return json(await loadIndicatorJson(context.municipality.id, params.id));
});

/**
 * PATCH (or PUT) /api/v1/indicators/:id: `version` plus any subset of the fields; a stale version is a 409.
 * DELETE /api/v1/indicators/:id[?version=N]: deletes the indicator with its measurements (204).
 */
export const action = apiHandler(async ({ request, params }: Route.ActionArgs) => {
  if (request.method !== "PATCH" && request.method !== "PUT" && request.method !== "DELETE") return methodNotAllowed(["GET", "HEAD", "PATCH", "PUT", "DELETE"]);
  const context = await requireApiContext(request, { capability: "benefits.edit" });
  const municipalityId = context.municipality.id;
  const id = params.id;
  await assertCanEditIndicator(context, id);
  const current = async () => {
    const representation = await loadIndicatorJson(municipalityId, id);
    return { version: representation.version, representation };
  };
  if (request.method === "DELETE") {
    const version = deleteVersion(request);
    await withConflictDetails(() => deleteIndicator({ municipalityId, principal: context.principal, id, version, actor: actorOf(context) }), current);
    return new Response(null, { status: 204 });
  }
  const { input, version } = pickBody(await readJsonObject(request), { fields: INDICATOR_INPUT_FIELDS, ignored: INDICATOR_READ_ONLY_FIELDS, version: true });
  const indicator = await withConflictDetails(
    () => updateIndicator({ municipalityId, principal: context.principal, id, version, actor: actorOf(context), input }),
    current,
  );
  return json(serializeIndicator(indicator));
});
