// The dashboard domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { niceAxis, type RenderedChart } from "./charts.server";
