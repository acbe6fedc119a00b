import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "~/domains/tenancy/db.auth";
import { municipality } from "~/domains/tenancy/db";
import { IMPORT_STATES } from "./constants";

/**
 * An uploaded plan document and its draft under review. The document model is kept so the draft can be
 * extracted again (with a column mapping for Excel/CSV); the draft holds the reviewer's edits and decisions.
 */
export const planImport = pgTable(
  "plan_import",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    format: text("format").notNull(),
    byteSize: integer("byte_size").notNull(),
    document: jsonb("document").notNull(),
    draft: jsonb("draft").notNull(),
    state: text("state", { enum: IMPORT_STATES }).notNull().default("review"),
    // What the commit wrote: counts and the strategy it used.
    result: jsonb("result"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp("committed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("plan_import_municipality_idx").on(t.municipalityId, t.createdAt)],
);

/** Column mappings saved per municipality: a normalised header text and the field it was mapped to. */
export const importColumnMapping = pgTable(
  "import_column_mapping",
  {
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipality.id, { onDelete: "cascade" }),
    header: text("header").notNull(),
    field: text("field").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.header] })],
);
