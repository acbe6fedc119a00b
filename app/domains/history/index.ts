// The history domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { groupHistory, type HistoryGroup, IMPORT_LABEL } from "./group";
