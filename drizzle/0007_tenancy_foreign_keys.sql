-- Composite foreign keys (municipality_id, parent_id) -> parent(municipality_id, id): the database itself keeps a
-- child or link row in its parent's municipality. The single-column foreign keys they replace are dropped last.
-- Existing rows must already be consistent. Nothing is repaired or deleted here: if any row links across
-- municipalities, the migration stops with a list of them and changes nothing.
-- ON DELETE SET NULL on a composite key would also null municipality_id (NOT NULL), so the three nullable references
-- (measure.sector_id, measure.merged_into_id, status_update.round_id) name the one column to clear: SET NULL (col),
-- PostgreSQL 15+. drizzle-kit does not emit that column list; it is written here by hand.
DO $$
DECLARE
  problems text := '';
  found bigint;
  pair record;
BEGIN
  FOR pair IN SELECT * FROM (VALUES
    ('benefit', 'measure_id', 'measure'),
    ('benefit_goal', 'benefit_id', 'benefit'),
    ('benefit_goal', 'goal_id', 'goal'),
    ('indicator', 'benefit_id', 'benefit'),
    ('measurement', 'indicator_id', 'indicator'),
    ('measure', 'sector_id', 'sector'),
    ('measure', 'merged_into_id', 'measure'),
    ('measure_cost', 'measure_id', 'measure'),
    ('measure_dependency', 'measure_id', 'measure'),
    ('measure_dependency', 'depends_on_id', 'measure'),
    ('measure_goal', 'measure_id', 'measure'),
    ('measure_goal', 'goal_id', 'goal'),
    ('measure_status_event', 'measure_id', 'measure'),
    ('goal', 'strategy_id', 'strategy'),
    ('goal', 'parent_id', 'goal'),
    ('reporting_round_measure', 'round_id', 'reporting_round'),
    ('reporting_round_measure', 'measure_id', 'measure'),
    ('snapshot_row', 'round_id', 'reporting_round'),
    ('status_update', 'measure_id', 'measure'),
    ('status_update', 'round_id', 'reporting_round')
  ) AS p(child, col, parent) LOOP
    EXECUTE format('SELECT count(*) FROM %I c JOIN %I p ON p.id = c.%I WHERE p.municipality_id <> c.municipality_id', pair.child, pair.parent, pair.col)
      INTO found;
    IF found > 0 THEN
      problems := problems || format(' %s.%s -> %s: %s row(s);', pair.child, pair.col, pair.parent, found);
    END IF;
  END LOOP;
  IF problems <> '' THEN
    RAISE EXCEPTION USING
      ERRCODE = 'foreign_key_violation',
      MESSAGE = 'tenancy_foreign_keys: rows link to a parent in another municipality:' || problems,
      HINT = 'Correct or remove these rows by hand, then run the migration again.';
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "benefit" ADD CONSTRAINT "benefit_municipality_id_id_unique" UNIQUE("municipality_id","id");
--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_municipality_id_id_unique" UNIQUE("municipality_id","id");
--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_municipality_id_id_unique" UNIQUE("municipality_id","id");
--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_municipality_id_id_unique" UNIQUE("municipality_id","id");
--> statement-breakpoint
ALTER TABLE "strategy" ADD CONSTRAINT "strategy_municipality_id_id_unique" UNIQUE("municipality_id","id");
--> statement-breakpoint
ALTER TABLE "reporting_round" ADD CONSTRAINT "reporting_round_municipality_id_id_unique" UNIQUE("municipality_id","id");
--> statement-breakpoint
ALTER TABLE "sector" ADD CONSTRAINT "sector_municipality_id_id_unique" UNIQUE("municipality_id","id");
--> statement-breakpoint
ALTER TABLE "benefit" ADD CONSTRAINT "benefit_measure_id_tenant_fk" FOREIGN KEY ("municipality_id","measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "benefit_goal" ADD CONSTRAINT "benefit_goal_benefit_id_tenant_fk" FOREIGN KEY ("municipality_id","benefit_id") REFERENCES "public"."benefit"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "benefit_goal" ADD CONSTRAINT "benefit_goal_goal_id_tenant_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goal"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_benefit_id_tenant_fk" FOREIGN KEY ("municipality_id","benefit_id") REFERENCES "public"."benefit"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_indicator_id_tenant_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicator"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_sector_id_tenant_fk" FOREIGN KEY ("municipality_id","sector_id") REFERENCES "public"."sector"("municipality_id","id") ON DELETE set null ("sector_id") ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_merged_into_id_tenant_fk" FOREIGN KEY ("municipality_id","merged_into_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE set null ("merged_into_id") ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure_cost" ADD CONSTRAINT "measure_cost_measure_id_tenant_fk" FOREIGN KEY ("municipality_id","measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure_dependency" ADD CONSTRAINT "measure_dependency_measure_id_tenant_fk" FOREIGN KEY ("municipality_id","measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure_dependency" ADD CONSTRAINT "measure_dependency_depends_on_id_tenant_fk" FOREIGN KEY ("municipality_id","depends_on_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure_goal" ADD CONSTRAINT "measure_goal_measure_id_tenant_fk" FOREIGN KEY ("municipality_id","measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure_goal" ADD CONSTRAINT "measure_goal_goal_id_tenant_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goal"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measure_status_event" ADD CONSTRAINT "measure_status_event_measure_id_tenant_fk" FOREIGN KEY ("municipality_id","measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_strategy_id_tenant_fk" FOREIGN KEY ("municipality_id","strategy_id") REFERENCES "public"."strategy"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_parent_id_tenant_fk" FOREIGN KEY ("municipality_id","parent_id") REFERENCES "public"."goal"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "reporting_round_measure" ADD CONSTRAINT "reporting_round_measure_round_id_tenant_fk" FOREIGN KEY ("municipality_id","round_id") REFERENCES "public"."reporting_round"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "reporting_round_measure" ADD CONSTRAINT "reporting_round_measure_measure_id_tenant_fk" FOREIGN KEY ("municipality_id","measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "snapshot_row" ADD CONSTRAINT "snapshot_row_round_id_tenant_fk" FOREIGN KEY ("municipality_id","round_id") REFERENCES "public"."reporting_round"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_measure_id_tenant_fk" FOREIGN KEY ("municipality_id","measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_round_id_tenant_fk" FOREIGN KEY ("municipality_id","round_id") REFERENCES "public"."reporting_round"("municipality_id","id") ON DELETE set null ("round_id") ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "benefit" DROP CONSTRAINT "benefit_measure_id_measure_id_fk";
--> statement-breakpoint
ALTER TABLE "benefit_goal" DROP CONSTRAINT "benefit_goal_benefit_id_benefit_id_fk";
--> statement-breakpoint
ALTER TABLE "benefit_goal" DROP CONSTRAINT "benefit_goal_goal_id_goal_id_fk";
--> statement-breakpoint
ALTER TABLE "indicator" DROP CONSTRAINT "indicator_benefit_id_benefit_id_fk";
--> statement-breakpoint
ALTER TABLE "measurement" DROP CONSTRAINT "measurement_indicator_id_indicator_id_fk";
--> statement-breakpoint
ALTER TABLE "measure" DROP CONSTRAINT "measure_sector_id_sector_id_fk";
--> statement-breakpoint
ALTER TABLE "measure" DROP CONSTRAINT "measure_merged_into_id_measure_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_cost" DROP CONSTRAINT "measure_cost_measure_id_measure_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_dependency" DROP CONSTRAINT "measure_dependency_measure_id_measure_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_dependency" DROP CONSTRAINT "measure_dependency_depends_on_id_measure_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_goal" DROP CONSTRAINT "measure_goal_measure_id_measure_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_goal" DROP CONSTRAINT "measure_goal_goal_id_goal_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_status_event" DROP CONSTRAINT "measure_status_event_measure_id_measure_id_fk";
--> statement-breakpoint
ALTER TABLE "goal" DROP CONSTRAINT "goal_strategy_id_strategy_id_fk";
--> statement-breakpoint
ALTER TABLE "goal" DROP CONSTRAINT "goal_parent_id_goal_id_fk";
--> statement-breakpoint
ALTER TABLE "reporting_round_measure" DROP CONSTRAINT "reporting_round_measure_round_id_reporting_round_id_fk";
--> statement-breakpoint
ALTER TABLE "reporting_round_measure" DROP CONSTRAINT "reporting_round_measure_measure_id_measure_id_fk";
--> statement-breakpoint
ALTER TABLE "snapshot_row" DROP CONSTRAINT "snapshot_row_round_id_reporting_round_id_fk";
--> statement-breakpoint
ALTER TABLE "status_update" DROP CONSTRAINT "status_update_measure_id_measure_id_fk";
--> statement-breakpoint
ALTER TABLE "status_update" DROP CONSTRAINT "status_update_round_id_reporting_round_id_fk";
