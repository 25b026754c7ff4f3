-- Weekly report collections (seed 002), in the shape they had before execution tracking: the collections, the
-- workflow executions that collect them, and report_data_weeks exactly as the seed shows it — its execution_id
-- column exists but nothing fills it and nothing checks it yet. Migration 0012 adds its foreign key and indexes.
-- New, empty tables: the indexes and foreign keys below are created before any row exists, so they lock nothing
-- that is in use.
-- Rollback: DROP TABLE "report_data_weeks", "workflow_executions", "report_data_collections";
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
CREATE TABLE "report_data_collections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"task_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_data_collections_range_check" CHECK ("report_data_collections"."end_date" >= "report_data_collections"."start_date"),
	CONSTRAINT "report_data_collections_name_length_check" CHECK (char_length("report_data_collections"."name") between 1 and 200)
);
--> statement-breakpoint
-- The seed's shape, varchar(50) status included.
CREATE TABLE "report_data_weeks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collection_id" uuid NOT NULL,
	"week_start_date" date NOT NULL,
	"week_end_date" date NOT NULL,
	-- squawk-ignore prefer-text-field
	"status" varchar(50) DEFAULT 'pending' NOT NULL,
	"execution_id" uuid,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"error_message" text
);
--> statement-breakpoint
CREATE TABLE "workflow_executions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"collection_id" uuid,
	CONSTRAINT "workflow_executions_kind_check" CHECK ("workflow_executions"."kind" in ('report_collection')),
	CONSTRAINT "workflow_executions_status_check" CHECK ("workflow_executions"."status" in ('queued', 'running', 'succeeded', 'failed', 'partial'))
);
--> statement-breakpoint
ALTER TABLE "report_data_collections" ADD CONSTRAINT "report_data_collections_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_data_collections" ADD CONSTRAINT "report_data_collections_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_data_weeks" ADD CONSTRAINT "fk_collection_id" FOREIGN KEY ("collection_id") REFERENCES "public"."report_data_collections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_executions" ADD CONSTRAINT "workflow_executions_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_executions" ADD CONSTRAINT "workflow_executions_collection_id_report_data_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."report_data_collections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_data_collections_user_id_created_at_idx" ON "report_data_collections" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "workflow_executions_user_id_created_at_idx" ON "workflow_executions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "workflow_executions_collection_id_created_at_idx" ON "workflow_executions" USING btree ("collection_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_executions_live_collection_key" ON "workflow_executions" USING btree ("collection_id") WHERE "workflow_executions"."status" in ('queued', 'running');