// The plan domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { goal } from "./db";
export { createGoal, createStrategy, insertGoal, insertStrategy } from "./mutations.server";
export { getGoalById, listStrategies, type Strategy } from "./queries.server";
export { strategyInputSchema } from "./schema";
export { strategy } from "./db";
