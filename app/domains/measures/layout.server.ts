// The measure of a /measures/:id/* request, shared by the measure layout route and the page below it.
import { loadOncePerRequest } from "~/kit/request-cache.server";
import { getMeasureById, type MeasureDetail } from "./queries.server";

/**
 * getMeasureById, read once per request: the layout route (routes/measures.$id.layout.tsx) and the page below it
 * both call it and share the one read. Throws not_found for another municipality's id. For loaders; an action reads
 * the measure it changes itself.
 */
export function getMeasureForRequest({ request, municipalityId, id }: { request: Request; municipalityId: string; id: string }): Promise<MeasureDetail> {
  return loadOncePerRequest({ request, key: `measure/${municipalityId}/${id}`, load: () => getMeasureById({ municipalityId, id }) });
}
