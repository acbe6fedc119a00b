CREATE TABLE "benefit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"type" text NOT NULL,
	"beneficiaries" text[] DEFAULT '{}'::text[] NOT NULL,
	"quantitative" boolean DEFAULT false NOT NULL,
	"disbenefit" boolean DEFAULT false NOT NULL,
	"owner_user_id" text,
	"owner_text" text,
	"manager_user_id" text,
	"manager_text" text,
	"period_from" date,
	"period_to" date,
	"assumptions" text,
	"risks" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"status_reason" text,
	"alternative_use" text,
	"recurrence" text DEFAULT 'annual' NOT NULL,
	"planned_hours_per_year" numeric(20, 4),
	"planned_nok_per_year" numeric(20, 4),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_planned_hours_non_negative" CHECK ("benefit"."planned_hours_per_year" is null or "benefit"."planned_hours_per_year" >= 0),
	CONSTRAINT "benefit_period_order" CHECK ("benefit"."period_from" is null or "benefit"."period_to" is null or "benefit"."period_from" <= "benefit"."period_to")
);
--> statement-breakpoint
CREATE TABLE "benefit_goal" (
	"benefit_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "benefit_goal_benefit_id_goal_id_pk" PRIMARY KEY("benefit_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"benefit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"custom_unit" text,
	"direction" text NOT NULL,
	"method" text,
	"baseline_value" numeric(20, 4),
	"baseline_date" date,
	"target_value" numeric(20, 4),
	"target_date" date,
	"frequency" text DEFAULT 'yearly' NOT NULL,
	"responsible_user_id" text,
	"responsible_text" text,
	"is_valuation_indicator" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_target_differs" CHECK ("indicator"."baseline_value" is null or "indicator"."target_value" is null or "indicator"."baseline_value" <> "indicator"."target_value")
);
--> statement-breakpoint
CREATE TABLE "measurement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"comment" text,
	"assessment" text,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality_valuation" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"hourly_cost_nok" numeric(12, 2) DEFAULT 700 NOT NULL,
	"hours_per_fte" numeric(8, 2) DEFAULT 1695 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_valuation_hourly_cost_positive" CHECK ("municipality_valuation"."hourly_cost_nok" > 0),
	CONSTRAINT "municipality_valuation_hours_per_fte_positive" CHECK ("municipality_valuation"."hours_per_fte" > 0)
);
--> statement-breakpoint
ALTER TABLE "benefit" ADD CONSTRAINT "benefit_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit" ADD CONSTRAINT "benefit_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit" ADD CONSTRAINT "benefit_owner_user_id_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit" ADD CONSTRAINT "benefit_manager_user_id_user_id_fk" FOREIGN KEY ("manager_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_goal" ADD CONSTRAINT "benefit_goal_benefit_id_benefit_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."benefit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_goal" ADD CONSTRAINT "benefit_goal_goal_id_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_goal" ADD CONSTRAINT "benefit_goal_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_benefit_id_benefit_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."benefit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_responsible_user_id_user_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_valuation" ADD CONSTRAINT "municipality_valuation_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benefit_measure_idx" ON "benefit" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "benefit_municipality_status_idx" ON "benefit" USING btree ("municipality_id","status");--> statement-breakpoint
CREATE INDEX "benefit_owner_idx" ON "benefit" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "benefit_manager_idx" ON "benefit" USING btree ("manager_user_id");--> statement-breakpoint
CREATE INDEX "benefit_goal_goal_idx" ON "benefit_goal" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "benefit_goal_municipality_idx" ON "benefit_goal" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "indicator_benefit_idx" ON "indicator" USING btree ("benefit_id");--> statement-breakpoint
CREATE INDEX "indicator_municipality_idx" ON "indicator" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "indicator_responsible_idx" ON "indicator" USING btree ("responsible_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_one_valuation_per_benefit" ON "indicator" USING btree ("benefit_id") WHERE "indicator"."is_valuation_indicator";--> statement-breakpoint
CREATE INDEX "measurement_indicator_idx" ON "measurement" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "measurement_municipality_idx" ON "measurement" USING btree ("municipality_id","measured_on");--> statement-breakpoint
CREATE INDEX "measurement_created_by_idx" ON "measurement" USING btree ("created_by");