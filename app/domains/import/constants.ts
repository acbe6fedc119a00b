// The import domain's enums and constant lists: the single source for the Drizzle table (db.ts), the zod
// schemas (schema.ts) and the UI. Client-safe: this module imports nothing.

export const IMPORT_STATES = ["review", "committed", "discarded"] as const;

/** What a submission of the review screen does. */
export const REVIEW_INTENTS = ["save", "merge", "delete", "sector", "target", "deleteGoal", "discard", "commit"] as const;

/** The reviewer's decision for a row that matches an existing measure or goal. */
export const DECISION_ACTIONS = ["create", "update", "skip"] as const;
