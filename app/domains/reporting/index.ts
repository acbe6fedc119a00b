// The reporting domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { TRAFFIC_LIGHTS } from "./constants";
export { diffSnapshots } from "./diff";
