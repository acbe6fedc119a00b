import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.indicators.$id.measurements";
import { apiHandler, created, json, methodNotAllowed, pickBody, readJsonObject } from "~/kit/api.server";
import { assertCanEditIndicator, listMeasurementsJson } from "~/domains/benefits/api/serializers.server";
import { MEASUREMENT_INPUT_FIELDS, MEASUREMENT_READ_ONLY_FIELDS } from "~/domains/benefits/api/schemas";
import { serializeMeasurement } from "~/domains/benefits/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { createMeasurement } from "~/domains/benefits/mutations.server";

/** GET /api/v1/indicators/:id/measurements: newest first, each with the `outsidePeriod` warning flag. */
export const loader = apiHandler(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  return json({ data: await listMeasurementsJson(context.municipality.id, params.id) });
});

/** POST /api/v1/indicators/:id/measurements: a measurement outside the realisation period is saved with `outsidePeriod: true`. */
export const action = apiHandler(async ({ request, params }: Route.ActionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "HEAD", "POST"]);
  const context = await requireApiContext(request, { capability: "benefits.edit" });
  await assertCanEditIndicator(context, params.id);
  const { input } = pickBody(await readJsonObject(request), { fields: MEASUREMENT_INPUT_FIELDS, ignored: MEASUREMENT_READ_ONLY_FIELDS });
  const result = await createMeasurement({
    municipalityId: context.municipality.id,
    principal: context.principal,
    indicatorId: params.id,
    actor: actorOf(context),
    input,
  });
  return created(serializeMeasurement(result.measurement, result.outsidePeriod), `/measurements/${result.measurement.id}`);
});
