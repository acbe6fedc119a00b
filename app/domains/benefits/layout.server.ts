// The benefit of a /benefits/:id/* request, shared by the benefit layout route and the page below it.
import { loadOncePerRequest } from "~/kit/request-cache.server";
import { type BenefitDetail, getBenefitById } from "./queries.server";

/**
 * getBenefitById, read once per request: the layout route (routes/benefits.$id.layout.tsx) and the page below it
 * both call it and share the one read. Throws not_found for another municipality's id. For loaders; an action reads
 * the benefit it changes itself.
 */
export function getBenefitForRequest({ request, municipalityId, id }: { request: Request; municipalityId: string; id: string }): Promise<BenefitDetail> {
  return loadOncePerRequest({ request, key: `benefit/${municipalityId}/${id}`, load: () => getBenefitById({ municipalityId, id }) });
}
