import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { municipality } from "~/domains/tenancy/db";

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
    focusAreas: text("focus_areas")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("strategy_municipality_idx").on(t.municipalityId),
    unique("strategy_municipality_id_id_unique").on(t.municipalityId, t.id),
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
    strategyId: uuid("strategy_id").notNull(),
    parentId: uuid("parent_id"),
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
    // Referenced by the composite foreign keys that keep children and links in the goal's municipality.
    unique("goal_municipality_id_id_unique").on(t.municipalityId, t.id),
    foreignKey({
      name: "goal_strategy_id_tenant_fk",
      columns: [t.municipalityId, t.strategyId],
      foreignColumns: [strategy.municipalityId, strategy.id],
    }).onDelete("cascade"),
    foreignKey({ name: "goal_parent_id_tenant_fk", columns: [t.municipalityId, t.parentId], foreignColumns: [t.municipalityId, t.id] }).onDelete("cascade"),
  ],
);
