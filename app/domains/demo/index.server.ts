// The demo domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { DEMO_PASSWORD, loadDemoData } from "./demo.server";
export { generateNationalData, type GenerateProgress, MAX_MEASURES_PER_MUNICIPALITY, MAX_MUNICIPALITIES } from "./generate.server";
