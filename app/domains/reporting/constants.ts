// The reporting domain's enums and constant lists: the single source for the Drizzle tables (db.ts), the zod
// schemas (schema.ts) and the UI. Client-safe: this module imports nothing.

export const TRAFFIC_LIGHTS = ["green", "yellow", "red"] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

/** The parameters a status update assesses, each with a traffic light and a comment. */
export const STATUS_PARAMETERS = ["progress", "cost", "time", "quality", "risk", "benefits"] as const;
export type StatusParameter = (typeof STATUS_PARAMETERS)[number];
export type StatusParameters = Partial<Record<StatusParameter, { light: TrafficLight | null; comment: string | null }>>;

export const ROUND_STATES = ["open", "closed"] as const;

/** Maximum lengths of the status update and round texts (the schemas check them, the forms show them). */
export const STATUS_LIMITS = { periodLabel: 200, comment: 2_000, internalComment: 5_000, roundTitle: 200 } as const;
