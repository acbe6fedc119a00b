import type { TenancyWalk } from "~/kit/tenancy-walk";
import { createMeasure } from "./mutations.server";

export const tenancyWalk: TenancyWalk = {
  async seed({ municipality, principal, actor, secret, seeded }) {
    const measure = await createMeasure({ municipalityId: municipality.id, principal, actor, input: { code: "BS01", title: secret, goalIds: [seeded.goal] } });
    return { measure: measure.id, measureCode: measure.code };
  },
  segments: { measures: "measure" },
};
