-- task_execution_logs as the legacy scheduler had it (seed 000): one row per run of a task, the tenant kept
-- as an INTEGER user_id. Tickboard's own ids are already UUIDs (API.md); the legacy row id and legacy task
-- id of imported history are kept in legacy_id (unique where set: an import is idempotent) and legacy_task_id/_name.
-- The canonical TEXT identity arrives in 0006, on top of whatever legacy rows this table holds by then.
-- Rollback: DROP TABLE "task_execution_logs";
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
CREATE TABLE "task_execution_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid,
	"user_id" integer,
	"status" text NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	"attempt" integer DEFAULT 1 NOT NULL,
	"error" text,
	"output" jsonb,
	"legacy_id" bigint,
	"legacy_task_id" bigint,
	"legacy_task_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_execution_logs_status_check" CHECK ("task_execution_logs"."status" in ('queued', 'running', 'succeeded', 'failed', 'timed_out', 'cancelled')),
	CONSTRAINT "task_execution_logs_attempt_check" CHECK ("task_execution_logs"."attempt" >= 1),
	CONSTRAINT "task_execution_logs_duration_ms_check" CHECK ("task_execution_logs"."duration_ms" is null or "task_execution_logs"."duration_ms" >= 0)
);
--> statement-breakpoint
ALTER TABLE "task_execution_logs" ADD CONSTRAINT "task_execution_logs_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_execution_logs_user_id_idx" ON "task_execution_logs" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "task_execution_logs_task_id_scheduled_for_idx" ON "task_execution_logs" USING btree ("task_id","scheduled_for");--> statement-breakpoint
CREATE UNIQUE INDEX "task_execution_logs_legacy_id_key" ON "task_execution_logs" USING btree ("legacy_id") WHERE "task_execution_logs"."legacy_id" is not null;
