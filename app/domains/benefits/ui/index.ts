// The benefits domain's UI components for other domains (client-safe).
export { RegisterBenefitLinks } from "./benefit-map";
export { numericColumns, useAmountColumns } from "./portfolio";
export { BenefitProfile } from "./benefit-profile";
export { MeasureBenefits } from "./measure-benefits";
