import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "~/domains/tenancy/db.auth";
import { measure } from "~/domains/measures/db";
import { municipality } from "~/domains/tenancy/db";
import { ROUND_STATES, type StatusParameters, TRAFFIC_LIGHTS } from "./constants";

/** A reporting round ("Status pr. januar 2026"): which measures must report, by when. */
export const reportingRound = pgTable(
  "reporting_round",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    deadline: date("deadline").notNull(),
    // The scope as chosen when the round was opened; empty means "all".
    scopeSectorIds: uuid("scope_sector_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    scopeStatuses: text("scope_statuses")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    state: text("state", { enum: ROUND_STATES }).notNull().default("open"),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    openedBy: text("opened_by").references(() => user.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: text("closed_by").references(() => user.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("reporting_round_municipality_idx").on(t.municipalityId, t.openedAt),
    // Referenced by the composite foreign keys that keep round links, status updates and snapshots in its municipality.
    unique("reporting_round_municipality_id_id_unique").on(t.municipalityId, t.id),
  ],
);

/** The measures expected to report in a round, fixed when the round opens. */
export const reportingRoundMeasure = pgTable(
  "reporting_round_measure",
  {
    roundId: uuid("round_id").notNull(),
    measureId: uuid("measure_id").notNull(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.measureId] }),
    index("reporting_round_measure_measure_idx").on(t.measureId),
    foreignKey({
      name: "reporting_round_measure_round_id_tenant_fk",
      columns: [t.municipalityId, t.roundId],
      foreignColumns: [reportingRound.municipalityId, reportingRound.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "reporting_round_measure_measure_id_tenant_fk",
      columns: [t.municipalityId, t.measureId],
      foreignColumns: [measure.municipalityId, measure.id],
    }).onDelete("cascade"),
  ],
);

/** A status update for one measure: a draft until published, frozen afterwards. */
export const statusUpdate = pgTable(
  "status_update",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    measureId: uuid("measure_id").notNull(),
    roundId: uuid("round_id"),
    periodLabel: text("period_label").notNull(),
    overall: text("overall", { enum: TRAFFIC_LIGHTS }),
    parameters: jsonb("parameters").$type<StatusParameters>().notNull().default({}),
    progressPercent: integer("progress_percent"),
    // Internal only: never shown outside the signed-in application.
    internalComment: text("internal_comment"),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("status_update_measure_idx").on(t.measureId, t.publishedAt),
    index("status_update_round_idx").on(t.roundId),
    foreignKey({
      name: "status_update_measure_id_tenant_fk",
      columns: [t.municipalityId, t.measureId],
      foreignColumns: [measure.municipalityId, measure.id],
    }).onDelete("cascade"),
    // ON DELETE SET NULL only clears round_id: the migration (0007) spells out the column list, which drizzle-kit
    // does not emit. Plain SET NULL would also null municipality_id.
    foreignKey({
      name: "status_update_round_id_tenant_fk",
      columns: [t.municipalityId, t.roundId],
      foreignColumns: [reportingRound.municipalityId, reportingRound.id],
    }).onDelete("set null"),
    // At most one draft per measure: a second writer continues the existing draft.
    uniqueIndex("status_update_one_draft")
      .on(t.measureId)
      .where(sql`published_at is null`),
    check("status_update_progress_range", sql`${t.progressPercent} is null or (${t.progressPercent} >= 0 and ${t.progressPercent} <= 100)`),
    check("status_update_published_overall", sql`${t.publishedAt} is null or ${t.overall} is not null`),
  ],
);

/** One row per measure in the portfolio when a round was closed; never changed afterwards. */
export const snapshotRow = pgTable(
  "snapshot_row",
  {
    roundId: uuid("round_id").notNull(),
    // No foreign key: the snapshot outlives a deleted measure.
    measureId: uuid("measure_id").notNull(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    data: jsonb("data").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.measureId] }),
    foreignKey({
      name: "snapshot_row_round_id_tenant_fk",
      columns: [t.municipalityId, t.roundId],
      foreignColumns: [reportingRound.municipalityId, reportingRound.id],
    }).onDelete("cascade"),
  ],
);

/** In-app notifications (reminders), shown to one user; text is a catalogue key so it follows the user's language. */
export const notification = pgTable(
  "notification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    messageKey: text("message_key").notNull(),
    params: jsonb("params").$type<Record<string, string | number>>().notNull().default({}),
    href: text("href"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notification_user_idx").on(t.userId, t.municipalityId, t.createdAt)],
);
