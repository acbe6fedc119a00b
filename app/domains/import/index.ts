// The import domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export type { ImportDraft } from "./draft";
export { importErrorReason } from "./errors";
export { extractDraft } from "./extract";
export { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "./limits";
