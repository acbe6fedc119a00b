ALTER TABLE "measure" ADD COLUMN "published" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality" ADD COLUMN "public_plan_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality" ADD COLUMN "public_show_costs" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality" ADD COLUMN "accessibility_statement_url" text;--> statement-breakpoint
CREATE INDEX "measure_published_idx" ON "measure" USING btree ("municipality_id","code") WHERE "measure"."published";