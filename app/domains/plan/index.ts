// The plan domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { buildGoalTree, compareGoalNumbers, flattenGoalTree, type TreeNode } from "./tree";
