// The public domain's constants: the single source for the zod schemas (schema.ts), the mutations and the UI.
// Client-safe: this module imports nothing.

/** Longest accepted address of the accessibility statement. */
export const ACCESSIBILITY_URL_MAX = 500;

/** The history fields of the settings. */
export const PUBLIC_PLAN_SETTINGS_FIELDS = ["publicPlanEnabled", "publicShowCosts", "accessibilityStatementUrl"] as const;
