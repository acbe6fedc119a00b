/** The strategy and goal endpoints of the JSON API v1 in the OpenAPI document (assembled by the api domain). */
import {
  CONCURRENCY_NOTE,
  createdResponse,
  errorResponses,
  exportOperation,
  idParameter,
  ok,
  type OpenApiFragment,
  queryParameters,
  READ_ERRORS,
  ref,
  requestBody,
  updateOperations,
  WRITE_ERRORS,
} from "~/kit/openapi";
import {
  goalCreateBodySchema,
  goalDetailSchema,
  goalFlatItemSchema,
  goalFlatListSchema,
  goalListQuerySchema,
  goalNodeSchema,
  goalSchema,
  goalTreeSchema,
  goalUpdateBodySchema,
  strategyCreateBodySchema,
  strategyDetailSchema,
  strategyListSchema,
  strategySchema,
  strategyUpdateBodySchema,
} from "./schemas";

const GOALS_EXPORT_NOTE =
  "One row per goal of the municipality: strategy, number, title, parent goal number, description, indicator and number of linked measures; strategies newest period first, goals by number. Column headers are in the user's language. Every role may read.";

export const openapi: OpenApiFragment = {
  tags: [
    { name: "Strategies", description: "Strategier" },
    { name: "Goals", description: "Mål (hovedmål and delmål)" },
  ],
  paths: {
    "/strategies": {
      get: {
        tags: ["Strategies"],
        operationId: "listStrategies",
        summary: "List strategies",
        description: "Newest period first.",
        responses: { ...ok("StrategyList"), ...errorResponses(READ_ERRORS) },
      },
      post: {
        tags: ["Strategies"],
        operationId: "createStrategy",
        summary: "Create a strategy",
        requestBody: requestBody("StrategyCreate", "The new strategy."),
        responses: { ...createdResponse("StrategyDetail"), ...errorResponses(WRITE_ERRORS) },
      },
    },
    "/strategies/{id}": {
      parameters: [idParameter],
      get: {
        tags: ["Strategies"],
        operationId: "getStrategy",
        summary: "Get a strategy with its goal tree",
        responses: { ...ok("StrategyDetail"), ...errorResponses([...READ_ERRORS, 404]) },
      },
      ...updateOperations({
        tag: "Strategies",
        noun: "strategy",
        schema: "StrategyDetail",
        body: "StrategyUpdate",
        idPrefix: "Strategy",
        description: CONCURRENCY_NOTE,
      }),
    },
    "/goals/export.xlsx": exportOperation({
      operationId: "exportGoalsXlsx",
      summary: "Download the goals as an Excel workbook",
      format: "xlsx",
      tag: "Goals",
      description: GOALS_EXPORT_NOTE,
    }),
    "/goals/export.csv": exportOperation({
      operationId: "exportGoalsCsv",
      summary: "Download the goals as CSV",
      format: "csv",
      tag: "Goals",
      description: GOALS_EXPORT_NOTE,
    }),
    "/goals": {
      get: {
        tags: ["Goals"],
        operationId: "listGoals",
        summary: "List goals",
        description:
          "By default a **tree**: main goals (of all strategies, or of `strategyId`) with sub-goals nested in `children`, every level sorted by number (1, 1.2, 1.10). With `format=flat` the same goals as a **flat list** in depth-first tree order, with `depth` and without `children`.",
        parameters: queryParameters(goalListQuerySchema),
        responses: {
          "200": {
            description: "`GoalTree` by default, `GoalFlatList` with `format=flat`.",
            content: { "application/json": { schema: { oneOf: [ref("GoalTree"), ref("GoalFlatList")] } } },
          },
          ...errorResponses([400, ...READ_ERRORS, 404]),
        },
      },
      post: {
        tags: ["Goals"],
        operationId: "createGoal",
        summary: "Create a goal",
        description: "A main goal, or a sub-goal with `parentId` (a goal of the same strategy). Numbers are unique within a strategy.",
        requestBody: requestBody("GoalCreate", "The new goal."),
        responses: { ...createdResponse("GoalDetail"), ...errorResponses(WRITE_ERRORS) },
      },
    },
    "/goals/{id}": {
      parameters: [idParameter],
      get: {
        tags: ["Goals"],
        operationId: "getGoal",
        summary: "Get a goal with its linked measures",
        responses: { ...ok("GoalDetail"), ...errorResponses([...READ_ERRORS, 404]) },
      },
      ...updateOperations({
        tag: "Goals",
        noun: "goal",
        schema: "GoalDetail",
        body: "GoalUpdate",
        idPrefix: "Goal",
        description: `${CONCURRENCY_NOTE} A goal stays in its strategy (a different \`strategyId\` is a 400).`,
      }),
    },
  },
  schemas: {
    input: {
      StrategyCreate: strategyCreateBodySchema,
      StrategyUpdate: strategyUpdateBodySchema,
      GoalCreate: goalCreateBodySchema,
      GoalUpdate: goalUpdateBodySchema,
    },
    output: {
      Strategy: strategySchema,
      StrategyDetail: strategyDetailSchema,
      StrategyList: strategyListSchema,
      Goal: goalSchema,
      GoalDetail: goalDetailSchema,
      GoalNode: goalNodeSchema,
      GoalFlatItem: goalFlatItemSchema,
      GoalTree: goalTreeSchema,
      GoalFlatList: goalFlatListSchema,
    },
  },
};
