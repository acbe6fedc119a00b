// The benefits domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { RegisterBenefitLinks } from "./ui/benefit-map";
export { BenefitProfile } from "./ui/benefit-profile";
export { MeasureBenefits } from "./ui/measure-benefits";
export { numericColumns, useAmountColumns } from "./ui/portfolio";
