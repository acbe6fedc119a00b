// The api domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { serializeBenefit, serializeGoalDetail, serializeGoalList, serializeGoalTree, serializeHistoryEntry, serializeIndicator, serializeMeasure, serializeMeasureListRow, serializeMeasurement, serializeStrategy, serializeStrategyDetail } from "./serializers";
