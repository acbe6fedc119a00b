/**
 * Schemas of the measure endpoints of the JSON API v1: request bodies (derived from the domain input schema, so
 * they cannot drift) and the response representations (which the serializers are typed against).
 * The OpenAPI document is generated from these (./openapi.ts).
 */
import { z } from "zod";
import { pageMetaSchema, readOnlyFields, versionField } from "~/kit/api.server";
import { COST_RECURRENCE, COST_TYPES, FUNDING_SOURCES, MEASURE_STATUSES } from "../constants";
import { measureInputSchema } from "../schema";

// ── Requests ────────────────────────────────────────────────────────────────

const measureShape = measureInputSchema.shape;
export const MEASURE_INPUT_FIELDS = Object.keys(measureShape) as Array<keyof typeof measureShape>;

/** POST /measures: code and title are required; every other field has a default (see EMPTY_MEASURE). */
export const measureCreateBodySchema = z.object(measureShape).partial().required({ code: true, title: true });

/** PATCH/PUT /measures/:id: version and any subset of the fields. */
export const measureUpdateBodySchema = z.object(measureShape).partial().extend({ version: versionField });

// ── Responses ───────────────────────────────────────────────────────────────

const id = z.uuid();
const dateTime = z.iso.datetime();
const date = z.iso.date();
const status = z.enum(MEASURE_STATUSES);

export const measureRefSchema = z.object({ id, code: z.string(), title: z.string() });
/** A linked measure (dependencies, a goal's measures). */
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

export const measureListSchema = z.object({ data: z.array(measureListItemSchema), meta: pageMetaSchema });

export type MeasureJson = z.output<typeof measureSchema>;
export type MeasureListItemJson = z.output<typeof measureListItemSchema>;

/** Fields of the representation that a client may send back but cannot change: ignored in request bodies. */
export const MEASURE_READ_ONLY_FIELDS = readOnlyFields(measureSchema, MEASURE_INPUT_FIELDS);
