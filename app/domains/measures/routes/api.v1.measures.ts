import { actorOf } from "~/kit/context";
import type { Route } from "./+types/api.v1.measures";
import { apiHandler, created, json, methodNotAllowed, pickBody, readJsonObject } from "~/kit/api.server";
import { MEASURE_INPUT_FIELDS, MEASURE_READ_ONLY_FIELDS } from "~/domains/measures/api/schemas";
import { serializeMeasure, serializeMeasureListRow } from "~/domains/measures/api/serializers";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { createMeasure } from "~/domains/measures/mutations.server";
import { listMeasures } from "~/domains/measures/queries.server";
import { measureFilterSchema, searchParamsToObject } from "~/domains/measures/schema";
import { parseInput } from "~/kit/validation";

/** GET /api/v1/measures: the portfolio with the same filters, search, sorting and paging as the table. */
export const loader = apiHandler(async ({ request }: Route.LoaderArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const filter = parseInput(measureFilterSchema, searchParamsToObject(new URL(request.url).searchParams));
  const { rows, total, page, pageSize, pageCount } = await listMeasures({ municipalityId: context.municipality.id, filter });
  return json({ data: rows.map(serializeMeasureListRow), meta: { total, page, pageSize, pageCount } });
});

/** POST /api/v1/measures: creates a measure. */
export const action = apiHandler(async ({ request }: Route.ActionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "HEAD", "POST"]);
  const context = await requireApiContext(request, { capability: "measures.propose" });
  const { input } = pickBody(await readJsonObject(request), { fields: MEASURE_INPUT_FIELDS, ignored: MEASURE_READ_ONLY_FIELDS });
  const measure = await createMeasure({ municipalityId: context.municipality.id, principal: context.principal, actor: actorOf(context), input });
  return created(serializeMeasure(measure), `/measures/${measure.id}`);
});
