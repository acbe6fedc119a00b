// The benefits domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { getBenefitMapForGoal } from "./map.server";
export { getMeasureBenefitsView } from "./measure-page.server";
export { createBenefit, createIndicator, createMeasurement, updateValuationSettings } from "./mutations.server";
export { currentYearInNorway, getCurrentStrategy, getDashboardBenefits, strategyRange } from "./portfolio.server";
export { getValuationSettings } from "./queries.server";
export { getBenefitSummary } from "./summary.server";
export { benefit } from "./db";
export { measurement } from "./db";
