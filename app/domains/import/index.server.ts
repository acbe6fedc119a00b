// The import domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { assistDraft } from "./assist.server";
export { commitImport, type CommitRowError, parseStrategyPeriod } from "./commit.server";
export { createImport } from "./mutations.server";
export { readDocument } from "./read.server";
export { planImport } from "./db";
