CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"message_key" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"href" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reporting_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" text NOT NULL,
	"deadline" date NOT NULL,
	"scope_sector_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"scope_statuses" text[] DEFAULT '{}'::text[] NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_by" text,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_round_measure" (
	"round_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "reporting_round_measure_round_id_measure_id_pk" PRIMARY KEY("round_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "snapshot_row" (
	"round_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "snapshot_row_round_id_measure_id_pk" PRIMARY KEY("round_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "status_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"round_id" uuid,
	"period_label" text NOT NULL,
	"overall" text,
	"parameters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"progress_percent" integer,
	"internal_comment" text,
	"author_id" text,
	"published_at" timestamp with time zone,
	"published_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "status_update_progress_range" CHECK ("status_update"."progress_percent" is null or ("status_update"."progress_percent" >= 0 and "status_update"."progress_percent" <= 100)),
	CONSTRAINT "status_update_published_overall" CHECK ("status_update"."published_at" is null or "status_update"."overall" is not null)
);
--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_round" ADD CONSTRAINT "reporting_round_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_round" ADD CONSTRAINT "reporting_round_opened_by_user_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_round" ADD CONSTRAINT "reporting_round_closed_by_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_round_measure" ADD CONSTRAINT "reporting_round_measure_round_id_reporting_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_round_measure" ADD CONSTRAINT "reporting_round_measure_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_round_measure" ADD CONSTRAINT "reporting_round_measure_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_row" ADD CONSTRAINT "snapshot_row_round_id_reporting_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_row" ADD CONSTRAINT "snapshot_row_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_round_id_reporting_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_round"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "reporting_round_municipality_idx" ON "reporting_round" USING btree ("municipality_id","opened_at");--> statement-breakpoint
CREATE INDEX "reporting_round_measure_measure_idx" ON "reporting_round_measure" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "status_update_measure_idx" ON "status_update" USING btree ("measure_id","published_at");--> statement-breakpoint
CREATE INDEX "status_update_round_idx" ON "status_update" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "status_update_one_draft" ON "status_update" USING btree ("measure_id") WHERE published_at is null;