// The dashboard domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { buildSectorChart, niceAxis, type RenderedChart } from "./charts.server";
