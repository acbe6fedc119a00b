import { sql } from "drizzle-orm";
import { bigint, boolean, check, customType, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "~/domains/tenancy/db.auth";
import { goal } from "~/domains/plan/db";
import { municipality, sector } from "~/domains/tenancy/db";
import { COST_RECURRENCE, COST_TYPES, FUNDING_SOURCES, MEASURE_STATUSES } from "./constants";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const measure = pgTable(
  "measure",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    sectorId: uuid("sector_id"),
    responsibleText: text("responsible_text"),
    responsibleUserId: text("responsible_user_id").references(() => user.id, { onDelete: "set null" }),
    userOriented: boolean("user_oriented").notNull().default(false),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text("status", { enum: MEASURE_STATUSES }).notNull().default("idea"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    completedOn: date("completed_on"),
    dropReason: text("drop_reason"),
    mergedIntoId: uuid("merged_into_id"),
    planYear: integer("plan_year"),
    priority: integer("priority"),
    startPeriod: text("start_period"),
    endPeriod: text("end_period"),
    // First and last calendar year the measure spans (derived from the periods), used by the year filter.
    startYear: integer("start_year"),
    endYear: integer("end_year"),
    benefitsCitizens: text("benefits_citizens"),
    benefitsEmployees: text("benefits_employees"),
    benefitsQuantitative: text("benefits_quantitative"),
    // Shown on the public plan page and in open data (when the municipality has opted in).
    published: boolean("published").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('norwegian', coalesce(code, '') || ' ' || coalesce(title, '')), 'A') || setweight(to_tsvector('norwegian', coalesce(description, '') || ' ' || coalesce(responsible_text, '') || ' ' || coalesce(benefits_citizens, '') || ' ' || coalesce(benefits_employees, '') || ' ' || coalesce(benefits_quantitative, '')), 'B') || to_tsvector('simple', coalesce(code, '') || ' ' || coalesce(title, '') || ' ' || coalesce(description, ''))`,
    ),
  },
  (t) => [
    unique("measure_code_unique").on(t.municipalityId, t.code),
    // Referenced by the composite foreign keys that keep children and links in the measure's municipality.
    unique("measure_municipality_id_id_unique").on(t.municipalityId, t.id),
    // ON DELETE SET NULL on these two only clears sector_id / merged_into_id: the migration (0007) spells out the
    // column list, which drizzle-kit does not emit. Plain SET NULL would also null municipality_id.
    foreignKey({ name: "measure_sector_id_tenant_fk", columns: [t.municipalityId, t.sectorId], foreignColumns: [sector.municipalityId, sector.id] }).onDelete(
      "set null",
    ),
    foreignKey({ name: "measure_merged_into_id_tenant_fk", columns: [t.municipalityId, t.mergedIntoId], foreignColumns: [t.municipalityId, t.id] }).onDelete(
      "set null",
    ),
    index("measure_municipality_status_idx").on(t.municipalityId, t.status),
    index("measure_municipality_sector_idx").on(t.municipalityId, t.sectorId),
    index("measure_search_idx").using("gin", t.searchVector),
    index("measure_published_idx")
      .on(t.municipalityId, t.code)
      .where(sql`${t.published}`),
    check("measure_priority_positive", sql`${t.priority} is null or ${t.priority} > 0`),
  ],
);

export const measureGoal = pgTable(
  "measure_goal",
  {
    measureId: uuid("measure_id").notNull(),
    goalId: uuid("goal_id").notNull(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.goalId] }),
    index("measure_goal_goal_idx").on(t.goalId),
    foreignKey({
      name: "measure_goal_measure_id_tenant_fk",
      columns: [t.municipalityId, t.measureId],
      foreignColumns: [measure.municipalityId, measure.id],
    }).onDelete("cascade"),
    foreignKey({ name: "measure_goal_goal_id_tenant_fk", columns: [t.municipalityId, t.goalId], foreignColumns: [goal.municipalityId, goal.id] }).onDelete(
      "cascade",
    ),
  ],
);

export const measureCost = pgTable(
  "measure_cost",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    measureId: uuid("measure_id").notNull(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    // Null means the amount is unknown ("Ukjent").
    amountNok: bigint("amount_nok", { mode: "number" }),
    // Used (spent) so far on this line; null means not reported.
    usedNok: bigint("used_nok", { mode: "number" }),
    recurrence: text("recurrence", { enum: COST_RECURRENCE }).notNull(),
    year: integer("year"),
    costType: text("cost_type", { enum: COST_TYPES }).notNull(),
    fundingSource: text("funding_source", { enum: FUNDING_SOURCES }).notNull(),
    description: text("description"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    index("measure_cost_measure_idx").on(t.measureId),
    foreignKey({
      name: "measure_cost_measure_id_tenant_fk",
      columns: [t.municipalityId, t.measureId],
      foreignColumns: [measure.municipalityId, measure.id],
    }).onDelete("cascade"),
    index("measure_cost_municipality_year_idx").on(t.municipalityId, t.year),
    check("measure_cost_amount_non_negative", sql`${t.amountNok} is null or ${t.amountNok} >= 0`),
    check("measure_cost_used_non_negative", sql`${t.usedNok} is null or ${t.usedNok} >= 0`),
  ],
);

export const measureDependency = pgTable(
  "measure_dependency",
  {
    measureId: uuid("measure_id").notNull(),
    dependsOnId: uuid("depends_on_id").notNull(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.dependsOnId] }),
    index("measure_dependency_reverse_idx").on(t.dependsOnId),
    foreignKey({
      name: "measure_dependency_measure_id_tenant_fk",
      columns: [t.municipalityId, t.measureId],
      foreignColumns: [measure.municipalityId, measure.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "measure_dependency_depends_on_id_tenant_fk",
      columns: [t.municipalityId, t.dependsOnId],
      foreignColumns: [measure.municipalityId, measure.id],
    }).onDelete("cascade"),
    check("measure_dependency_not_self", sql`${t.measureId} <> ${t.dependsOnId}`),
  ],
);

export const measureStatusEvent = pgTable(
  "measure_status_event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    measureId: uuid("measure_id").notNull(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: MEASURE_STATUSES }),
    toStatus: text("to_status", { enum: MEASURE_STATUSES }).notNull(),
    reason: text("reason"),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    changedBy: text("changed_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    index("measure_status_event_measure_idx").on(t.measureId, t.changedAt),
    foreignKey({
      name: "measure_status_event_measure_id_tenant_fk",
      columns: [t.municipalityId, t.measureId],
      foreignColumns: [measure.municipalityId, measure.id],
    }).onDelete("cascade"),
  ],
);
