/**
 * Schemas of the JSON API v1: request bodies and query strings (derived from the domain input schemas, so
 * they cannot drift) and the response representations (which the serializers are typed against).
 * The OpenAPI document is generated from these with z.toJSONSchema.
 */
import { z } from "zod";
import { versionField } from "~/kit/api.server";
import { BENEFICIARIES, BENEFIT_RECURRENCE, BENEFIT_STATUSES, BENEFIT_TYPES, INDICATOR_DIRECTIONS, INDICATOR_FREQUENCIES, INDICATOR_UNITS, MEASUREMENT_ASSESSMENTS } from "~/domains/benefits";
import { benefitInputSchema, indicatorInputSchema, measurementInputSchema } from "~/domains/benefits/index.server";
import { measureInputSchema } from "~/domains/measures/index.server";
import { COST_RECURRENCE, COST_TYPES, FUNDING_SOURCES, MEASURE_STATUSES } from "~/domains/measures";
import { createGoalSchema, strategyInputSchema, updateGoalSchema } from "~/domains/plan/index.server";
import { ERROR_STATUS } from "~/kit/errors";

// ── Requests ────────────────────────────────────────────────────────────────

/** The `version` the client's change is based on (optimistic concurrency). */


const measureShape = measureInputSchema.shape;
export const MEASURE_INPUT_FIELDS = Object.keys(measureShape) as Array<keyof typeof measureShape>;

/** POST /measures: code and title are required; every other field has a default (see EMPTY_MEASURE). */
export const measureCreateBodySchema = z.object(measureShape).partial().required({ code: true, title: true });

/** PATCH/PUT /measures/:id: version and any subset of the fields. */
export const measureUpdateBodySchema = z.object(measureShape).partial().extend({ version: versionField });

const strategyShape = strategyInputSchema.shape;
export const STRATEGY_INPUT_FIELDS = Object.keys(strategyShape) as Array<keyof typeof strategyShape>;

export const strategyCreateBodySchema = z.object(strategyShape).partial().required({ title: true, periodFrom: true, periodTo: true });
export const strategyUpdateBodySchema = z.object(strategyShape).partial().extend({ version: versionField });

export const GOAL_CREATE_FIELDS = Object.keys(createGoalSchema.shape) as Array<keyof typeof createGoalSchema.shape>;
export const GOAL_UPDATE_FIELDS = Object.keys(updateGoalSchema.shape) as Array<keyof typeof updateGoalSchema.shape>;

export const goalCreateBodySchema = createGoalSchema;
export const goalUpdateBodySchema = updateGoalSchema.partial().extend({ version: versionField });

// Benefits, indicators and measurements: the domain schemas are object → transform pipes; `.in` is the object.
const benefitShape = benefitInputSchema.in.shape;
export const BENEFIT_INPUT_FIELDS = Object.keys(benefitShape) as Array<keyof typeof benefitShape>;
/** POST /measures/:id/benefits: title and type are required; every other field has a default (status `proposed`). */
export const benefitCreateBodySchema = z.object(benefitShape).partial().required({ title: true, type: true });
export const benefitUpdateBodySchema = z.object(benefitShape).partial().extend({ version: versionField });

const indicatorShape = indicatorInputSchema.in.shape;
export const INDICATOR_INPUT_FIELDS = Object.keys(indicatorShape) as Array<keyof typeof indicatorShape>;
/** POST /benefits/:id/indicators: name, unit and direction are required. */
export const indicatorCreateBodySchema = z.object(indicatorShape).partial().required({ name: true, unit: true, direction: true });
export const indicatorUpdateBodySchema = z.object(indicatorShape).partial().extend({ version: versionField });

/** The measurement's value is parsed in the indicator's unit; the shape is the same for every unit. */
const measurementShape = measurementInputSchema("custom").in.shape;
export const MEASUREMENT_INPUT_FIELDS = Object.keys(measurementShape) as Array<keyof typeof measurementShape>;
export const measurementCreateBodySchema = z.object(measurementShape).partial().required({ measuredOn: true, value: true });
export const measurementUpdateBodySchema = z.object(measurementShape).partial().extend({ version: versionField });

/** DELETE query string: an optional version; when given and stale, the answer is 409 and nothing is deleted. */
export const deleteQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional().describe("The version the deletion is based on; a stale version gives 409."),
});

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
const status = z.enum(MEASURE_STATUSES);

export const measureRefSchema = z.object({ id, code: z.string(), title: z.string() });
export const measureLinkSchema = measureRefSchema.extend({ status });

export const costLineSchema = z.object({
  id,
  amountNok: z.number().int().nullable().describe("Planned amount in NOK. Null means the amount is unknown."),
  usedNok: z.number().int().nullable().describe("Amount used (spent) so far in NOK. Null means not reported."),
  recurrence: z.enum(COST_RECURRENCE),
  year: z.number().int().nullable(),
  costType: z.enum(COST_TYPES),
  fundingSource: z.enum(FUNDING_SOURCES),
  description: z.string().nullable(),
});

export const statusEventSchema = z.object({
  id,
  fromStatus: status.nullable(),
  toStatus: status,
  reason: z.string().nullable(),
  changedAt: dateTime,
  changedByName: z.string().nullable(),
});

export const measureSchema = z.object({
  id,
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  sectorId: id.nullable(),
  sector: z.object({ id, name: z.string(), codePrefix: z.string() }).nullable(),
  responsibleText: z.string().nullable(),
  responsibleUserId: z.string().nullable(),
  responsibleUser: z.object({ id: z.string(), name: z.string() }).nullable(),
  userOriented: z.boolean(),
  tags: z.array(z.string()),
  status,
  statusChangedAt: dateTime,
  completedOn: date.nullable(),
  dropReason: z.string().nullable(),
  mergedIntoId: id.nullable(),
  mergedInto: measureRefSchema.nullable(),
  mergedFrom: z.array(measureRefSchema),
  planYear: z.number().int().nullable(),
  priority: z.number().int().nullable(),
  startPeriod: z.string().nullable().describe('Half-year or year, e.g. "2025H1", "2026", or "continuous".'),
  endPeriod: z.string().nullable(),
  benefitsCitizens: z.string().nullable(),
  benefitsEmployees: z.string().nullable(),
  benefitsQuantitative: z.string().nullable(),
  published: z.boolean().describe("Shown on the public plan page and in open data when the municipality has opted in."),
  goals: z.array(z.object({ id, number: z.string(), title: z.string() })),
  dependsOn: z.array(measureLinkSchema),
  dependents: z.array(measureLinkSchema),
  costs: z.array(costLineSchema),
  statusEvents: z.array(statusEventSchema).describe("Newest first."),
  version: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const measureListItemSchema = z.object({
  id,
  code: z.string(),
  title: z.string(),
  status,
  sectorId: id.nullable(),
  sectorName: z.string().nullable(),
  responsible: z.string().nullable().describe("The responsible user's name, or else the free-text responsible."),
  userOriented: z.boolean(),
  priority: z.number().int().nullable(),
  planYear: z.number().int().nullable(),
  startPeriod: z.string().nullable(),
  endPeriod: z.string().nullable(),
  knownCostNok: z.number().int().describe("Sum of the known cost amounts."),
  goalNumbers: z.array(z.string()),
  updatedAt: dateTime,
  version: z.number().int(),
});

export const pageMetaSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
});

export const measureListSchema = z.object({ data: z.array(measureListItemSchema), meta: pageMetaSchema });

export const historyEntrySchema = z.object({
  id: z.number().int(),
  changeSetId: id.describe("Rows changed together share a change set."),
  action: z.enum(["create", "update", "delete"]),
  field: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  changedAt: dateTime,
  changedByName: z.string().nullable(),
  actorLabel: z.string().nullable().describe('Set when the change was not made by a signed-in user, e.g. "API: <token name>".'),
});

export const historySchema = z.object({ data: z.array(historyEntrySchema).describe("Newest first.") });

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

export const benefitSchema = z.object({
  id,
  measureId: id,
  title: z.string(),
  description: z.string().nullable(),
  type: z.enum(BENEFIT_TYPES),
  beneficiaries: z.array(z.enum(BENEFICIARIES)),
  quantitative: z.boolean(),
  disbenefit: z.boolean().describe("A negative effect (ulempe)."),
  ownerUserId: z.string().nullable(),
  ownerText: z.string().nullable(),
  managerUserId: z.string().nullable(),
  managerText: z.string().nullable(),
  periodFrom: date.nullable().describe("Start of the realisation period."),
  periodTo: date.nullable(),
  assumptions: z.string().nullable(),
  risks: z.string().nullable(),
  status: z.enum(BENEFIT_STATUSES),
  statusReason: z.string().nullable().describe("Set when status is `not_realised`."),
  alternativeUse: z.string().nullable().describe("For freed capacity: what the freed time is used for instead."),
  recurrence: z.enum(BENEFIT_RECURRENCE),
  plannedHoursPerYear: z.number().nullable().describe("Per year for `annual`, in total for `one_off`."),
  plannedNokPerYear: z.number().nullable(),
  goals: z.array(z.object({ id, number: z.string(), title: z.string() })),
  version: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const benefitListSchema = z.object({ data: z.array(benefitSchema) });

export const indicatorSchema = z.object({
  id,
  benefitId: id,
  name: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  customUnit: z.string().nullable().describe("Set when unit is `custom`."),
  direction: z.enum(INDICATOR_DIRECTIONS),
  method: z.string().nullable(),
  baselineValue: z.number().nullable().describe("Nullpunkt."),
  baselineDate: date.nullable(),
  targetValue: z.number().nullable(),
  targetDate: date.nullable(),
  frequency: z.enum(INDICATOR_FREQUENCIES),
  responsibleUserId: z.string().nullable(),
  responsibleText: z.string().nullable(),
  isValuationIndicator: z.boolean().describe("The indicator whose measurements give the benefit's realised hours/NOK (at most one per benefit)."),
  version: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const indicatorListSchema = z.object({ data: z.array(indicatorSchema) });

export const measurementSchema = z.object({
  id,
  indicatorId: id,
  measuredOn: date,
  value: z.number(),
  comment: z.string().nullable(),
  assessment: z.enum(MEASUREMENT_ASSESSMENTS).nullable(),
  outsidePeriod: z.boolean().describe("Warning: dated outside the benefit's realisation period. Such a measurement is saved all the same."),
  version: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const measurementListSchema = z.object({ data: z.array(measurementSchema).describe("Newest first.") });

export const API_ERROR_CODES = [...(Object.keys(ERROR_STATUS) as Array<keyof typeof ERROR_STATUS>), "method_not_allowed"] as const;

export const errorSchema = z.object({
  error: z.looseObject({
    code: z.enum(API_ERROR_CODES),
    message: z.string().describe("Human-readable, in the language of Accept-Language (nb by default, nn supported)."),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('Validation errors per field; nested fields are dotted ("costs.0.amountNok"), "_form" is the body as a whole.'),
    currentVersion: z.number().int().optional().describe("On 409: the version now stored."),
    current: z.record(z.string(), z.unknown()).optional().describe("On 409: the resource as now stored (same representation as GET)."),
  }),
});

export type MeasureJson = z.output<typeof measureSchema>;
export type MeasureListItemJson = z.output<typeof measureListItemSchema>;
export type HistoryEntryJson = z.output<typeof historyEntrySchema>;
export type StrategyJson = z.output<typeof strategySchema>;
export type StrategyDetailJson = z.output<typeof strategyDetailSchema>;
export type GoalJson = z.output<typeof goalSchema>;
export type GoalDetailJson = z.output<typeof goalDetailSchema>;
export type GoalFlatItemJson = z.output<typeof goalFlatItemSchema>;
export type BenefitJson = z.output<typeof benefitSchema>;
export type IndicatorJson = z.output<typeof indicatorSchema>;
export type MeasurementJson = z.output<typeof measurementSchema>;

function readOnly(representation: z.ZodObject, writable: readonly string[]): string[] {
  return Object.keys(representation.shape).filter((key) => !writable.includes(key));
}

/** Fields of a representation that a client may send back but cannot change: ignored in request bodies. */
export const MEASURE_READ_ONLY_FIELDS = readOnly(measureSchema, MEASURE_INPUT_FIELDS);
export const STRATEGY_READ_ONLY_FIELDS = readOnly(strategyDetailSchema, STRATEGY_INPUT_FIELDS);
export const GOAL_READ_ONLY_FIELDS = [...readOnly(goalDetailSchema, GOAL_CREATE_FIELDS), "measureCount", "children", "depth"];
/** A goal stays in its strategy: strategyId is ignored when updating. */
export const GOAL_UPDATE_READ_ONLY_FIELDS = [...GOAL_READ_ONLY_FIELDS, "strategyId"];
export const BENEFIT_READ_ONLY_FIELDS = readOnly(benefitSchema, BENEFIT_INPUT_FIELDS);
export const INDICATOR_READ_ONLY_FIELDS = readOnly(indicatorSchema, INDICATOR_INPUT_FIELDS);
export const MEASUREMENT_READ_ONLY_FIELDS = readOnly(measurementSchema, MEASUREMENT_INPUT_FIELDS);
