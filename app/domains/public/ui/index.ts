// The public domain's UI components for other domains (client-safe).
export { PublicPlanSection } from "./settings-section";
