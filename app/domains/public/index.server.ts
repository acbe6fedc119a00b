// The public domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { updatePublicPlanSettings } from "./mutations.server";
export { publicPlanSchema } from "./open-data.server";
export { publicPlanSettingsFormInput } from "./schema";
