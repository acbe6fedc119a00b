import type { TenancyWalk } from "~/kit/tenancy-walk";
import { createBenefit, createIndicator, createMeasurement } from "./mutations.server";

export const tenancyWalk: TenancyWalk = {
  async seed({ municipality, principal, actor, seeded }) {
    const municipalityId = municipality.id;
    const benefit = await createBenefit({ municipalityId, principal, measureId: seeded.measure, actor, input: { title: "B-gevinst", type: "freed_capacity" } });
    const indicator = await createIndicator({
      municipalityId,
      principal,
      benefitId: benefit.id,
      actor,
      input: { name: "B-indikator", unit: "hours", direction: "lower_is_better" },
    });
    const created = await createMeasurement({ municipalityId, principal, indicatorId: indicator.id, actor, input: { measuredOn: "2025-01-01", value: 10 } });
    return { benefit: benefit.id, indicator: indicator.id, measurement: created.measurement.id };
  },
  segments: { benefits: "benefit", indicators: "indicator", measurements: "measurement" },
};
