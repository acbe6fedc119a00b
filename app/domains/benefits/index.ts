// The benefits domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { RegisterBenefitLinks } from "./ui/benefit-map";
export { numericColumns, useAmountColumns } from "./ui/portfolio";
