-- Execution tracking of weekly reports (seed 002): report_data_weeks.execution_id, which has existed since
-- migration 0010 without being filled, becomes a checked link to workflow_executions, and so does
-- task_execution_logs.workflow_execution_id (migration 0007). Both foreign keys are ON DELETE SET NULL: deleting
-- an execution keeps the weeks' data and the runs, unlinked. Added the seed's way: NOT VALID (catalog only, new
-- writes checked from then on), then VALIDATE, which scans the existing rows under a SHARE UPDATE EXCLUSIVE lock
-- that lets reads and writes go on. scripts/db-migrate.ts applies pending migrations in one transaction, where
-- the ADD's brief write lock lasts until the commit: on a large live table, run each ADD ... NOT VALID and its
-- VALIDATE by hand first, in transactions of their own; this migration then finds the constraints and skips them.
-- Also: one row per (collection, week) — the key a week's write upserts on — and the seed's two partial indexes.
-- A database whose old weeks hold duplicates stops here with the query that lists them: a week's data can be
-- collected again, so delete the older duplicate and migrate again.
-- Rollback: DROP INDEX "workflow_executions_open_idx", "idx_report_data_weeks_collection_execution",
-- "idx_report_data_weeks_execution_id", "report_data_weeks_collection_week_key",
-- "task_execution_logs_workflow_execution_id_idx"; ALTER TABLE "report_data_weeks" DROP CONSTRAINT
-- "fk_report_data_weeks_execution_id"; ALTER TABLE "task_execution_logs" DROP CONSTRAINT
-- "task_execution_logs_workflow_execution_id_fk". The execution ids written meanwhile can stay (seed 002).
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '10min';--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'fk_report_data_weeks_execution_id') THEN
    ALTER TABLE "report_data_weeks" ADD CONSTRAINT "fk_report_data_weeks_execution_id" FOREIGN KEY ("execution_id") REFERENCES "public"."workflow_executions"("id") ON DELETE set null ON UPDATE no action NOT VALID;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'task_execution_logs_workflow_execution_id_fk') THEN
    ALTER TABLE "task_execution_logs" ADD CONSTRAINT "task_execution_logs_workflow_execution_id_fk" FOREIGN KEY ("workflow_execution_id") REFERENCES "public"."workflow_executions"("id") ON DELETE set null ON UPDATE no action NOT VALID;
  END IF;
END $$;--> statement-breakpoint
-- squawk-ignore constraint-missing-not-valid
ALTER TABLE "report_data_weeks" VALIDATE CONSTRAINT "fk_report_data_weeks_execution_id";--> statement-breakpoint
-- squawk-ignore constraint-missing-not-valid
ALTER TABLE "task_execution_logs" VALIDATE CONSTRAINT "task_execution_logs_workflow_execution_id_fk";--> statement-breakpoint
DO $$
DECLARE duplicate_weeks bigint;
BEGIN
  SELECT count(*) INTO duplicate_weeks FROM (
    SELECT 1 FROM "report_data_weeks" GROUP BY "collection_id", "week_start_date" HAVING count(*) > 1
  ) AS d;
  IF duplicate_weeks > 0 THEN
    RAISE EXCEPTION '% (collection, week) pairs of report_data_weeks have more than one row', duplicate_weeks
      USING HINT = 'List them with: SELECT collection_id, week_start_date, array_agg(id ORDER BY updated_at DESC) FROM report_data_weeks GROUP BY 1, 2 HAVING count(*) > 1; keep the first id of each, delete the others, and migrate again.';
  END IF;
END $$;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE UNIQUE INDEX IF NOT EXISTS "report_data_weeks_collection_week_key" ON "report_data_weeks" USING btree ("collection_id","week_start_date");--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "idx_report_data_weeks_execution_id" ON "report_data_weeks" USING btree ("execution_id") WHERE "report_data_weeks"."execution_id" is not null;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "idx_report_data_weeks_collection_execution" ON "report_data_weeks" USING btree ("collection_id","execution_id") WHERE "report_data_weeks"."execution_id" is not null;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "task_execution_logs_workflow_execution_id_idx" ON "task_execution_logs" USING btree ("workflow_execution_id") WHERE "task_execution_logs"."workflow_execution_id" is not null;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "workflow_executions_open_idx" ON "workflow_executions" USING btree ("created_at") WHERE "workflow_executions"."status" in ('queued', 'running');
