// The reporting domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { ROUND_STATES, type RoundState, STATUS_LIMITS, STATUS_PARAMETERS, type StatusParameter, type StatusParameters, TRAFFIC_LIGHTS } from "./constants";
export { diffSnapshots } from "./diff";
