import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "~/domains/tenancy/db.auth";
import { measure } from "~/domains/measures/db";
import { goal } from "~/domains/plan/db";
import { municipality } from "~/domains/tenancy/db";
import {
  BENEFICIARIES,
  BENEFIT_RECURRENCE,
  BENEFIT_STATUSES,
  BENEFIT_TYPES,
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_UNITS,
  MEASUREMENT_ASSESSMENTS,
} from "./constants";

/** Amounts (hours, NOK) and indicator values: 15 significant digits as parseNumericValue accepts, 4 decimals. */
const amount = (name: string) => numeric(name, { precision: 20, scale: 4, mode: "number" });

export const benefit = pgTable(
  "benefit",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    measureId: uuid("measure_id").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    type: text("type", { enum: BENEFIT_TYPES }).notNull(),
    beneficiaries: text("beneficiaries", { enum: BENEFICIARIES })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    quantitative: boolean("quantitative").notNull().default(false),
    disbenefit: boolean("disbenefit").notNull().default(false),
    ownerUserId: text("owner_user_id").references(() => user.id, { onDelete: "set null" }),
    ownerText: text("owner_text"),
    managerUserId: text("manager_user_id").references(() => user.id, { onDelete: "set null" }),
    managerText: text("manager_text"),
    periodFrom: date("period_from"),
    periodTo: date("period_to"),
    assumptions: text("assumptions"),
    risks: text("risks"),
    status: text("status", { enum: BENEFIT_STATUSES }).notNull().default("proposed"),
    /** Required when status is not_realised. */
    statusReason: text("status_reason"),
    /** For freed capacity: what the freed time is used for instead. Required before it counts as realised. */
    alternativeUse: text("alternative_use"),
    recurrence: text("recurrence", { enum: BENEFIT_RECURRENCE }).notNull().default("annual"),
    /** Planned per year (annual) or in total (one_off). */
    plannedHoursPerYear: amount("planned_hours_per_year"),
    plannedNokPerYear: amount("planned_nok_per_year"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("benefit_measure_idx").on(t.measureId),
    index("benefit_municipality_status_idx").on(t.municipalityId, t.status),
    index("benefit_owner_idx").on(t.ownerUserId),
    index("benefit_manager_idx").on(t.managerUserId),
    // Referenced by the composite foreign keys that keep children and links in the benefit's municipality.
    unique("benefit_municipality_id_id_unique").on(t.municipalityId, t.id),
    foreignKey({
      name: "benefit_measure_id_tenant_fk",
      columns: [t.municipalityId, t.measureId],
      foreignColumns: [measure.municipalityId, measure.id],
    }).onDelete("cascade"),
    check("benefit_planned_hours_non_negative", sql`${t.plannedHoursPerYear} is null or ${t.plannedHoursPerYear} >= 0`),
    check("benefit_period_order", sql`${t.periodFrom} is null or ${t.periodTo} is null or ${t.periodFrom} <= ${t.periodTo}`),
  ],
);

export const benefitGoal = pgTable(
  "benefit_goal",
  {
    benefitId: uuid("benefit_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.benefitId, t.goalId] }),
    index("benefit_goal_goal_idx").on(t.goalId),
    index("benefit_goal_municipality_idx").on(t.municipalityId),
    foreignKey({
      name: "benefit_goal_benefit_id_tenant_fk",
      columns: [t.municipalityId, t.benefitId],
      foreignColumns: [benefit.municipalityId, benefit.id],
    }).onDelete("cascade"),
    foreignKey({ name: "benefit_goal_goal_id_tenant_fk", columns: [t.municipalityId, t.goalId], foreignColumns: [goal.municipalityId, goal.id] }).onDelete(
      "cascade",
    ),
  ],
);

export const indicator = pgTable(
  "indicator",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    benefitId: uuid("benefit_id").notNull(),
    name: text("name").notNull(),
    unit: text("unit", { enum: INDICATOR_UNITS }).notNull(),
    customUnit: text("custom_unit"),
    direction: text("direction", { enum: INDICATOR_DIRECTIONS }).notNull(),
    method: text("method"),
    baselineValue: amount("baseline_value"),
    baselineDate: date("baseline_date"),
    targetValue: amount("target_value"),
    targetDate: date("target_date"),
    frequency: text("frequency", { enum: INDICATOR_FREQUENCIES }).notNull().default("yearly"),
    responsibleUserId: text("responsible_user_id").references(() => user.id, { onDelete: "set null" }),
    responsibleText: text("responsible_text"),
    /** The indicator whose measurements give the benefit's realised hours/NOK (at most one per benefit). */
    isValuationIndicator: boolean("is_valuation_indicator").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("indicator_benefit_idx").on(t.benefitId),
    index("indicator_municipality_idx").on(t.municipalityId),
    index("indicator_responsible_idx").on(t.responsibleUserId),
    // Referenced by measurement's composite foreign key, which keeps it in the indicator's municipality.
    unique("indicator_municipality_id_id_unique").on(t.municipalityId, t.id),
    foreignKey({
      name: "indicator_benefit_id_tenant_fk",
      columns: [t.municipalityId, t.benefitId],
      foreignColumns: [benefit.municipalityId, benefit.id],
    }).onDelete("cascade"),
    uniqueIndex("indicator_one_valuation_per_benefit")
      .on(t.benefitId)
      .where(sql`${t.isValuationIndicator}`),
    check("indicator_target_differs", sql`${t.baselineValue} is null or ${t.targetValue} is null or ${t.baselineValue} <> ${t.targetValue}`),
  ],
);

export const measurement = pgTable(
  "measurement",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id").notNull(),
    measuredOn: date("measured_on").notNull(),
    value: amount("value").notNull(),
    comment: text("comment"),
    assessment: text("assessment", { enum: MEASUREMENT_ASSESSMENTS }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("measurement_indicator_idx").on(t.indicatorId, t.measuredOn),
    index("measurement_municipality_idx").on(t.municipalityId, t.measuredOn),
    index("measurement_created_by_idx").on(t.createdBy),
    foreignKey({
      name: "measurement_indicator_id_tenant_fk",
      columns: [t.municipalityId, t.indicatorId],
      foreignColumns: [indicator.municipalityId, indicator.id],
    }).onDelete("cascade"),
  ],
);

/**
 * Valuation settings per municipality (1:1). A row is optional: without one the defaults from
 * valuation.ts apply (the column defaults repeat them: 700 NOK/hour, 1695 hours per FTE).
 * Kept in its own table rather than as columns on `municipality` so the benefits area owns it.
 */
export const municipalityValuation = pgTable(
  "municipality_valuation",
  {
    municipalityId: uuid("municipality_id")
      .primaryKey()
      .references(() => municipality.id, { onDelete: "cascade" }),
    hourlyCostNok: numeric("hourly_cost_nok", { precision: 12, scale: 2, mode: "number" }).notNull().default(700),
    hoursPerFte: numeric("hours_per_fte", { precision: 8, scale: 2, mode: "number" }).notNull().default(1695),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("municipality_valuation_hourly_cost_positive", sql`${t.hourlyCostNok} > 0`),
    check("municipality_valuation_hours_per_fte_positive", sql`${t.hoursPerFte} > 0`),
  ],
);
