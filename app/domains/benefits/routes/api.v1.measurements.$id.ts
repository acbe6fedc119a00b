import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.measurements.$id";
import { apiHandler, json, methodNotAllowed, pickBody, readJsonObject, withConflictDetails } from "~/kit/api.server";
import { assertCanEditMeasurement, deleteVersion, loadMeasurementJson } from "~/domains/benefits/api/serializers.server";
import { MEASUREMENT_INPUT_FIELDS, MEASUREMENT_READ_ONLY_FIELDS } from "~/domains/benefits/api/schemas";
import { serializeMeasurement } from "~/domains/benefits/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { deleteMeasurement, updateMeasurement } from "~/domains/benefits/mutations.server";

/** GET /api/v1/measurements/:id, with the `outsidePeriod` warning flag. */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  return json(await loadMeasurementJson(context.municipality.id, params.id));
});

/**
 * PATCH (or PUT) /api/v1/measurements/:id: `version` plus any subset of the fields; a stale version is a 409.
 * DELETE /api/v1/measurements/:id[?version=N] (204).
 */
export const action = apiHandler(async ({ request, params }: Route.ActionArgs) => {
  if (request.method !== "PATCH" && request.method !== "PUT" && request.method !== "DELETE") return methodNotAllowed(["GET", "HEAD", "PATCH", "PUT", "DELETE"]);
  const context = await requireApiContext(request, { capability: "benefits.edit" });
  const municipalityId = context.municipality.id;
  const id = params.id;
  await assertCanEditMeasurement(context, id);
  const current = async () => {
    const representation = await loadMeasurementJson(municipalityId, id);
    return { version: representation.version, representation };
  };
  if (request.method === "DELETE") {
    const version = deleteVersion(request);
    await withConflictDetails(() => deleteMeasurement({ municipalityId, principal: context.principal, id, version, actor: actorOf(context) }), current);
    return new Response(null, { status: 204 });
  }
  const { input, version } = pickBody(await readJsonObject(request), {
    fields: MEASUREMENT_INPUT_FIELDS,
    ignored: MEASUREMENT_READ_ONLY_FIELDS,
    version: true,
  });
  const result = await withConflictDetails(
    () => updateMeasurement({ municipalityId, principal: context.principal, id, version, actor: actorOf(context), input }),
    current,
  );
  return json(serializeMeasurement(result.measurement, result.outsidePeriod));
});
