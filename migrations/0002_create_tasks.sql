-- Tasks (seeds 003 and 004): UUID id; user_id TEXT NOT NULL -> user.id ON DELETE CASCADE, indexed;
-- external_id unique per project through tasks_project_id_external_id_key (NULLs distinct: any number of
-- tasks without one), which is also the index the idempotent create and the external_id lookup use.
-- Rollback: DROP TABLE "tasks";
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"milestone_id" uuid,
	"user_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'open' NOT NULL,
	"priority_score" integer DEFAULT 0 NOT NULL,
	"external_id" text,
	"platform" text,
	"cron" text,
	"timezone" text,
	"misfire_policy" text DEFAULT 'run_once' NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"next_run_at" timestamp with time zone,
	"handler_kind" text DEFAULT 'noop' NOT NULL,
	"handler_config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"timeout_seconds" integer DEFAULT 60 NOT NULL,
	"max_attempts" integer DEFAULT 3 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_status_check" CHECK ("tasks"."status" in ('open', 'in_progress', 'done', 'archived')),
	CONSTRAINT "tasks_handler_kind_check" CHECK ("tasks"."handler_kind" in ('noop', 'http', 'report_collection')),
	CONSTRAINT "tasks_misfire_policy_check" CHECK ("tasks"."misfire_policy" in ('skip', 'run_once', 'run_all')),
	CONSTRAINT "tasks_title_length_check" CHECK (char_length("tasks"."title") between 1 and 500),
	CONSTRAINT "tasks_platform_length_check" CHECK ("tasks"."platform" is null or char_length("tasks"."platform") between 1 and 64),
	CONSTRAINT "tasks_schedule_complete_check" CHECK (("tasks"."cron" is null) = ("tasks"."timezone" is null)),
	CONSTRAINT "tasks_timeout_seconds_check" CHECK ("tasks"."timeout_seconds" between 1 and 86400),
	CONSTRAINT "tasks_max_attempts_check" CHECK ("tasks"."max_attempts" between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_user_id_idx" ON "tasks" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_project_id_external_id_key" ON "tasks" USING btree ("project_id","external_id");