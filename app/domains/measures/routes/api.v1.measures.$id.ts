import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.measures.$id";
import { apiHandler, json, methodNotAllowed, pickBody, readJsonObject, withConflictDetails } from "~/kit/api.server";
import { MEASURE_INPUT_FIELDS, MEASURE_READ_ONLY_FIELDS } from "~/domains/measures/api/schemas";
import { serializeMeasure } from "~/domains/measures/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { updateMeasure } from "~/domains/measures/mutations.server";
import { getMeasureById } from "~/domains/measures/queries.server";

/** GET /api/v1/measures/:id (404 for unknown, malformed and other municipalities' ids alike). */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  return json(serializeMeasure(await getMeasureById({ municipalityId: context.municipality.id, id: params.id })));
});

/** PATCH (or PUT) /api/v1/measures/:id: `version` plus any subset of the fields; a stale version is a 409. */
export const action = apiHandler(async ({ request, params }: Route.ActionArgs) => {
  if (request.method !== "PATCH" && request.method !== "PUT") return methodNotAllowed(["GET", "HEAD", "PATCH", "PUT"]);
  const context = await requireApiContext(request, { capability: "measures.edit" });
  const municipalityId = context.municipality.id;
  const { input, version } = pickBody(await readJsonObject(request), { fields: MEASURE_INPUT_FIELDS, ignored: MEASURE_READ_ONLY_FIELDS, version: true });
  const measure = await withConflictDetails(
    () => updateMeasure({ municipalityId, id: params.id, version, principal: context.principal, actor: actorOf(context), input }),
    async () => {
      const current = await getMeasureById({ municipalityId, id: params.id });
      return { version: current.version, representation: serializeMeasure(current) };
    },
  );
  return json(serializeMeasure(measure));
});
