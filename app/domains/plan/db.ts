import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, date, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { municipality } from "~/domains/tenancy/index.server";

export const strategy = pgTable(
  "strategy",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    periodFrom: integer("period_from").notNull(),
    periodTo: integer("period_to").notNull(),
    adoptedOn: date("adopted_on"),
    caseReference: text("case_reference"),
    summary: text("summary"),
    focusAreas: text("focus_areas").array().notNull().default(sql`'{}'::text[]`),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("strategy_municipality_idx").on(t.municipalityId),
    check("strategy_period_order", sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);

export const goal = pgTable(
  "goal",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    strategyId: uuid("strategy_id")
      .notNull()
      .references(() => strategy.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => goal.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    indicator: text("indicator"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("goal_number_unique").on(t.strategyId, t.number),
    index("goal_municipality_idx").on(t.municipalityId),
    index("goal_parent_idx").on(t.parentId),
  ],
);
