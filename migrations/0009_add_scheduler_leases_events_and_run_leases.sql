-- The scheduler (step 4, seed 001 P1.A/P1.B): the leader lease row, the event log, the webhook signing
-- secret of http tasks, and the run columns the claim and the reaper use (trigger, available_at, locked_by,
-- lease_expires_at, idempotency_key).
--
-- No duplicate dispatch: a unique key on (task_id, scheduled_for, attempt). Imported legacy history may break
-- it: the legacy scheduler dispatched some slots twice (the bug P1.B fixed), and the import keeps its rows as
-- they were. Those rows are exempt (the key is partial, WHERE legacy_id IS NULL) and kept, unchanged; the
-- NOTICE below says how many such slots the database holds. Tickboard's own runs (no legacy_id) have never had
-- a duplicate before this migration: the scheduler is the first writer of scheduled runs.
--
-- Every new column is nullable without a default: catalog-only, instant. The indexes on task_execution_logs scan
-- it under a SHARE lock (writes wait). For a large live table, create them by hand first, outside a
-- transaction, and this migration finds them (IF NOT EXISTS):
--   CREATE UNIQUE INDEX CONCURRENTLY task_execution_logs_task_slot_attempt_key ON task_execution_logs (task_id, scheduled_for, attempt) WHERE legacy_id IS NULL;
--   (and likewise the three partial indexes below; they start almost empty: no row is queued, running or keyed yet)
--   ALTER TABLE task_execution_logs ADD CONSTRAINT task_execution_logs_trigger_check CHECK (trigger is null or trigger in ('schedule', 'retry', 'manual')) NOT VALID;
--   ALTER TABLE task_execution_logs VALIDATE CONSTRAINT task_execution_logs_trigger_check;
--
-- Rollback: DROP TABLE "scheduler_events", "scheduler_leases"; DROP the four task_execution_logs indexes and
-- tasks_next_run_at_idx; ALTER TABLE "task_execution_logs" DROP CONSTRAINT "task_execution_logs_trigger_check",
-- DROP COLUMN "trigger", "available_at", "locked_by", "lease_expires_at", "idempotency_key";
-- ALTER TABLE "tasks" DROP COLUMN "signing_secret".
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '10min';--> statement-breakpoint
DO $$
DECLARE duplicate_slots bigint;
BEGIN
  SELECT count(*) INTO duplicate_slots FROM (
    SELECT 1 FROM "task_execution_logs" WHERE "legacy_id" IS NOT NULL AND "task_id" IS NOT NULL
    GROUP BY "task_id", "scheduled_for", "attempt" HAVING count(*) > 1
  ) AS d;
  IF duplicate_slots > 0 THEN
    RAISE NOTICE 'task_execution_logs: % (task, slot, attempt) groups of imported legacy history hold more than one run; they are kept as imported and exempt from the new unique key', duplicate_slots;
  END IF;
END $$;--> statement-breakpoint
CREATE TABLE "scheduler_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"task_id" uuid,
	"execution_id" uuid,
	"user_id" text,
	"epoch" bigint,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scheduler_events_type_check" CHECK ("scheduler_events"."type" in ('leader_changed', 'dispatched', 'succeeded', 'failed', 'timed_out', 'reaped', 'retried', 'misfire_skipped', 'schedule_invalid'))
);
--> statement-breakpoint
CREATE TABLE "scheduler_leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"epoch" bigint NOT NULL,
	"acquired_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_tick_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "signing_secret" text;--> statement-breakpoint
ALTER TABLE "task_execution_logs" ADD COLUMN "trigger" text;--> statement-breakpoint
ALTER TABLE "task_execution_logs" ADD COLUMN "available_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "task_execution_logs" ADD COLUMN "locked_by" text;--> statement-breakpoint
ALTER TABLE "task_execution_logs" ADD COLUMN "lease_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "task_execution_logs" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
-- squawk-ignore constraint-missing-not-valid
ALTER TABLE "scheduler_events" ADD CONSTRAINT "scheduler_events_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_events" ADD CONSTRAINT "scheduler_events_execution_id_task_execution_logs_id_fk" FOREIGN KEY ("execution_id") REFERENCES "public"."task_execution_logs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_events" ADD CONSTRAINT "scheduler_events_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "scheduler_events_user_id_created_at_idx" ON "scheduler_events" USING btree ("user_id","created_at");--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "scheduler_events_scheduler_wide_created_at_idx" ON "scheduler_events" USING btree ("created_at") WHERE "scheduler_events"."user_id" is null;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "scheduler_events_created_at_idx" ON "scheduler_events" USING btree ("created_at");--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "scheduler_events_task_id_idx" ON "scheduler_events" USING btree ("task_id");--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "scheduler_events_execution_id_idx" ON "scheduler_events" USING btree ("execution_id");--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "tasks_next_run_at_idx" ON "tasks" USING btree ("next_run_at") WHERE "tasks"."next_run_at" is not null;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE UNIQUE INDEX IF NOT EXISTS "task_execution_logs_task_slot_attempt_key" ON "task_execution_logs" USING btree ("task_id","scheduled_for","attempt") WHERE "task_execution_logs"."legacy_id" is null;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "task_execution_logs_queued_available_at_idx" ON "task_execution_logs" USING btree ("available_at") WHERE "task_execution_logs"."status" = 'queued';--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "task_execution_logs_running_lease_idx" ON "task_execution_logs" USING btree ("lease_expires_at") WHERE "task_execution_logs"."status" = 'running';--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE UNIQUE INDEX IF NOT EXISTS "task_execution_logs_task_idempotency_key" ON "task_execution_logs" USING btree ("task_id","idempotency_key") WHERE "task_execution_logs"."idempotency_key" is not null;--> statement-breakpoint
-- In a DO block so that a hand-run `ADD CONSTRAINT … NOT VALID` + `VALIDATE CONSTRAINT` on a large live table
-- (see above) is found and kept; otherwise the check is added here, one scan of a column that is null everywhere.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'task_execution_logs_trigger_check') THEN
    ALTER TABLE "task_execution_logs" ADD CONSTRAINT "task_execution_logs_trigger_check" CHECK ("task_execution_logs"."trigger" is null or "task_execution_logs"."trigger" in ('schedule', 'retry', 'manual'));
  END IF;
END $$;