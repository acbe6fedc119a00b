/**
 * Schemas of the benefit, indicator and measurement endpoints of the JSON API v1: request bodies (derived from the
 * domain input schemas, so they cannot drift) and the response representations (which the serializers are typed
 * against). The OpenAPI document is generated from these (./openapi.ts).
 */
import { z } from "zod";
import { readOnlyFields, versionField } from "~/kit/api.server";
import {
  BENEFICIARIES,
  BENEFIT_RECURRENCE,
  BENEFIT_STATUSES,
  BENEFIT_TYPES,
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_UNITS,
  MEASUREMENT_ASSESSMENTS,
} from "../constants";
import { benefitInputSchema, indicatorInputSchema, measurementInputSchema } from "../schema";

// ── Requests ────────────────────────────────────────────────────────────────

// The domain schemas are object → transform pipes; `.in` is the object.
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

// ── Responses ───────────────────────────────────────────────────────────────

const id = z.uuid();
const dateTime = z.iso.datetime();
const date = z.iso.date();

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

export type BenefitJson = z.output<typeof benefitSchema>;
export type IndicatorJson = z.output<typeof indicatorSchema>;
export type MeasurementJson = z.output<typeof measurementSchema>;

/** Fields of a representation that a client may send back but cannot change: ignored in request bodies. */
export const BENEFIT_READ_ONLY_FIELDS = readOnlyFields(benefitSchema, BENEFIT_INPUT_FIELDS);
export const INDICATOR_READ_ONLY_FIELDS = readOnlyFields(indicatorSchema, INDICATOR_INPUT_FIELDS);
export const MEASUREMENT_READ_ONLY_FIELDS = readOnlyFields(measurementSchema, MEASUREMENT_INPUT_FIELDS);
