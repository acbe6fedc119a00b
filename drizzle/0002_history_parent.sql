ALTER TABLE "change_log" ADD COLUMN "parent_entity_type" text;--> statement-breakpoint
ALTER TABLE "change_log" ADD COLUMN "parent_entity_id" uuid;--> statement-breakpoint
CREATE INDEX "change_log_parent_idx" ON "change_log" USING btree ("parent_entity_type","parent_entity_id","changed_at");--> statement-breakpoint
-- Backfill: history rows of indicators and measurements that still exist point at their benefit.
UPDATE "change_log" SET "parent_entity_type" = 'benefit', "parent_entity_id" = "indicator"."benefit_id"
FROM "indicator" WHERE "change_log"."entity_type" = 'indicator' AND "change_log"."entity_id" = "indicator"."id";--> statement-breakpoint
UPDATE "change_log" SET "parent_entity_type" = 'benefit', "parent_entity_id" = "indicator"."benefit_id"
FROM "measurement" JOIN "indicator" ON "indicator"."id" = "measurement"."indicator_id"
WHERE "change_log"."entity_type" = 'measurement' AND "change_log"."entity_id" = "measurement"."id";
