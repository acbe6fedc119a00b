import type { TenancyWalk } from "~/kit/tenancy-walk";

/** The public plan routes: the other municipality has not opted in, so they must answer 404 and show nothing of it. */
export const tenancyWalk: TenancyWalk = {
  seed: async () => ({}),
  params: { kommunenummer: "code", code: "measureCode" },
};
