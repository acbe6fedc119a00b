/**
 * Schemas of the strategy and goal endpoints of the JSON API v1: request bodies and query strings (derived from the
 * domain input schemas, so they cannot drift) and the response representations (which the serializers are typed
 * against). The OpenAPI document is generated from these (./openapi.ts).
 */
import { z } from "zod";
import { readOnlyFields, versionField } from "~/kit/api.server";
import { measureLinkSchema } from "~/domains/measures/index.server";
import { createGoalSchema, strategyInputSchema, updateGoalSchema } from "../schema";

// ── Requests ────────────────────────────────────────────────────────────────

const strategyShape = strategyInputSchema.shape;
export const STRATEGY_INPUT_FIELDS = Object.keys(strategyShape) as Array<keyof typeof strategyShape>;

export const strategyCreateBodySchema = z.object(strategyShape).partial().required({ title: true, periodFrom: true, periodTo: true });
export const strategyUpdateBodySchema = z.object(strategyShape).partial().extend({ version: versionField });

export const GOAL_CREATE_FIELDS = Object.keys(createGoalSchema.shape) as Array<keyof typeof createGoalSchema.shape>;
export const GOAL_UPDATE_FIELDS = Object.keys(updateGoalSchema.shape) as Array<keyof typeof updateGoalSchema.shape>;

export const goalCreateBodySchema = createGoalSchema;
export const goalUpdateBodySchema = updateGoalSchema.partial().extend({ version: versionField });

/** GET /goals query string. */
export const goalListQuerySchema = z.object({
  strategyId: z.uuid().optional().describe("Only the goals of this strategy (404 when the strategy does not exist)."),
  format: z
    .enum(["tree", "flat"])
    .default("tree")
    .describe("`tree` (default): main goals with nested `children`. `flat`: every goal once, depth-first in tree order, with `depth` and without `children`."),
});

// ── Responses ───────────────────────────────────────────────────────────────

const id = z.uuid();
const dateTime = z.iso.datetime();
const date = z.iso.date();

export const strategySchema = z.object({
  id,
  title: z.string(),
  periodFrom: z.number().int(),
  periodTo: z.number().int(),
  adoptedOn: date.nullable(),
  caseReference: z.string().nullable(),
  summary: z.string().nullable(),
  focusAreas: z.array(z.string()),
  version: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const strategyListSchema = z.object({ data: z.array(strategySchema) });

const goalBase = {
  id,
  strategyId: id,
  parentId: id.nullable(),
  number: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  indicator: z.string().nullable(),
  version: z.number().int(),
};

export const goalSchema = z.object({
  ...goalBase,
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const goalDetailSchema = goalSchema.extend({
  measures: z.array(measureLinkSchema).describe("Measures linked to this goal, by code."),
});

export interface GoalNodeJson {
  id: string;
  strategyId: string;
  parentId: string | null;
  number: string;
  title: string;
  description: string | null;
  indicator: string | null;
  version: number;
  measureCount: number;
  children: GoalNodeJson[];
}

export const goalNodeSchema: z.ZodType<GoalNodeJson> = z.object({
  ...goalBase,
  measureCount: z.number().int().describe("Number of measures linked directly to this goal."),
  get children() {
    return z.array(goalNodeSchema);
  },
});

export const goalFlatItemSchema = z.object({
  ...goalBase,
  measureCount: z.number().int(),
  depth: z.number().int().describe("0 for main goals."),
});

export const strategyDetailSchema = strategySchema.extend({
  goals: z.array(goalNodeSchema).describe("The strategy's goals as a tree."),
});

export const goalTreeSchema = z.object({ data: z.array(goalNodeSchema) });
export const goalFlatListSchema = z.object({ data: z.array(goalFlatItemSchema) });

export type StrategyJson = z.output<typeof strategySchema>;
export type StrategyDetailJson = z.output<typeof strategyDetailSchema>;
export type GoalJson = z.output<typeof goalSchema>;
export type GoalDetailJson = z.output<typeof goalDetailSchema>;
export type GoalFlatItemJson = z.output<typeof goalFlatItemSchema>;

/** Fields of a representation that a client may send back but cannot change: ignored in request bodies. */
export const STRATEGY_READ_ONLY_FIELDS = readOnlyFields(strategyDetailSchema, STRATEGY_INPUT_FIELDS);
export const GOAL_READ_ONLY_FIELDS = [...readOnlyFields(goalDetailSchema, GOAL_CREATE_FIELDS), "measureCount", "children", "depth"];
/** A goal stays in its strategy: strategyId is ignored when updating. */
export const GOAL_UPDATE_READ_ONLY_FIELDS = [...GOAL_READ_ONLY_FIELDS, "strategyId"];
