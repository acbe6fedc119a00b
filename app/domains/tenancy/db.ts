import { ROLES, type Role } from "~/kit/permissions";
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./db.auth";

export const municipality = pgTable(
  "municipality",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    language: text("language", { enum: ["nb", "nn"] })
      .notNull()
      .default("nb"),
    // The public plan page and open data (/kommune/:code, /api/v1/public/:code/plan): opt-in, off until an admin turns it on.
    publicPlanEnabled: boolean("public_plan_enabled").notNull().default(false),
    publicShowCosts: boolean("public_show_costs").notNull().default(false),
    accessibilityStatementUrl: text("accessibility_statement_url"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("municipality_code_format", sql`${t.code} ~ '^[0-9]{4}$'`)],
);

export const sector = pgTable(
  "sector",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    codePrefix: text("code_prefix").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    unique("sector_prefix_unique").on(t.municipalityId, t.codePrefix),
    unique("sector_name_unique").on(t.municipalityId, t.name),
    // Referenced by measure's composite foreign key on (municipality_id, sector_id).
    unique("sector_municipality_id_id_unique").on(t.municipalityId, t.id),
  ],
);

export { ROLES, type Role };

export const membership = pgTable(
  "membership",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    // Coordinators may be limited to some sectors; empty means all sectors.
    sectorIds: uuid("sector_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("membership_user_municipality").on(t.userId, t.municipalityId), index("membership_municipality_idx").on(t.municipalityId)],
);

export const apiToken = pgTable("api_token", {
  id: uuid("id").primaryKey().defaultRandom(),
  municipalityId: uuid("municipality_id")
    .notNull()
    .references(() => municipality.id, { onDelete: "cascade" }),
  role: text("role", { enum: ROLES }).notNull(),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});
