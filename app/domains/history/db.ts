import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "~/domains/tenancy/db.auth";
import { municipality } from "~/domains/tenancy/db";

// One row per changed field. Rows written by the same save share a changeSetId.
export const changeLog = pgTable(
  "change_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    changeSetId: uuid("change_set_id").notNull(),
    action: text("action", { enum: ["create", "update", "delete"] }).notNull(),
    field: text("field"),
    oldValue: jsonb("old_value"),
    newValue: jsonb("new_value"),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    changedBy: text("changed_by").references(() => user.id, { onDelete: "set null" }),
    // Who made the change when it was not a signed-in user: an API token name, "demo", or an import source.
    actorLabel: text("actor_label"),
    // The entity this one belongs to (a benefit for its indicators and measurements), so the parent's history also
    // finds changes to children that have been deleted since.
    parentEntityType: text("parent_entity_type"),
    parentEntityId: uuid("parent_entity_id"),
  },
  (t) => [
    index("change_log_entity_idx").on(t.entityType, t.entityId, t.changedAt),
    index("change_log_municipality_idx").on(t.municipalityId, t.changedAt),
    index("change_log_parent_idx").on(t.parentEntityType, t.parentEntityId, t.changedAt),
  ],
);
