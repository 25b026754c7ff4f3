-- Seed 000 (P2.A), its migration 007: the canonical string identity of execution logs.
-- 1. user_id_str VARCHAR(255), nullable: adding it changes only the catalog, instant at any table size.
-- 2. The seed's indexes idx_task_execution_logs_user_id_str and idx_task_execution_logs_user_id_str_status_date
--    (partial, WHERE user_id_str IS NOT NULL: a legacy row enters them when it is backfilled, not before, and
--    `user_id_str = :id` implies the predicate, so reads use them), plus two more partial ones: the legacy arm of the compatible read (rows still without user_id_str, by
--    user_id, status, date) and the backfill's keyset walk (rows it still has to fill, by id).
-- 3. The backfill, user_id_str = user_id::text where it is missing: done here in one statement only when at
--    most 50,000 rows need it. A bigger table is left to the online backfill, which fills it in short keyset
--    batches without holding up writers: POST /api/admin/reconcile/execution-log-identity (or "Run backfill"
--    on the admin page). Reads are right meanwhile: the compatible read finds those rows by user_id.
-- On a large live table, prepare by hand first, outside a transaction, so that writes are never blocked:
--   ALTER TABLE task_execution_logs ADD COLUMN IF NOT EXISTS user_id_str varchar(255);
--   CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_task_execution_logs_user_id_str
--     ON task_execution_logs (user_id_str) WHERE user_id_str IS NOT NULL;
--   CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_task_execution_logs_user_id_str_status_date
--     ON task_execution_logs (user_id_str, status, scheduled_for) WHERE user_id_str IS NOT NULL;
--   CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_task_execution_logs_legacy_user_id_status_date
--     ON task_execution_logs (user_id, status, scheduled_for) WHERE user_id_str IS NULL;
--   CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_task_execution_logs_user_id_str_pending
--     ON task_execution_logs (id) WHERE user_id_str IS NULL AND user_id IS NOT NULL;
-- then this migration finds them present, leaves the backfill to the reconcile, and finishes at once.
-- Check with: psql "$DATABASE_URL" -f scripts/sql/task_execution_log_user_id_backfill_report.sql
-- Rollback: not needed for code (the integer user_id is untouched and old code ignores the new column). To
-- remove it in a maintenance window: ALTER TABLE "task_execution_logs" DROP COLUMN "user_id_str"; (drops the
-- four indexes with it).
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
-- VARCHAR(255) is the seed's type (and the legacy readers'); the column is new, so no resize lock is involved.
-- squawk-ignore prefer-text-field
ALTER TABLE "task_execution_logs" ADD COLUMN IF NOT EXISTS "user_id_str" varchar(255);--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "idx_task_execution_logs_user_id_str" ON "task_execution_logs" USING btree ("user_id_str") WHERE "task_execution_logs"."user_id_str" is not null;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "idx_task_execution_logs_user_id_str_status_date" ON "task_execution_logs" USING btree ("user_id_str","status","scheduled_for") WHERE "task_execution_logs"."user_id_str" is not null;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "idx_task_execution_logs_legacy_user_id_status_date" ON "task_execution_logs" USING btree ("user_id","status","scheduled_for") WHERE "task_execution_logs"."user_id_str" is null;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "idx_task_execution_logs_user_id_str_pending" ON "task_execution_logs" USING btree ("id") WHERE "task_execution_logs"."user_id_str" is null and "task_execution_logs"."user_id" is not null;--> statement-breakpoint
DO $$
BEGIN
  IF (SELECT count(*) FROM (SELECT 1 FROM task_execution_logs WHERE user_id_str IS NULL AND user_id IS NOT NULL LIMIT 50001) AS pending) <= 50000 THEN
    UPDATE task_execution_logs SET user_id_str = user_id::text WHERE user_id_str IS NULL AND user_id IS NOT NULL;
  ELSE
    RAISE NOTICE 'task_execution_logs: over 50000 rows to backfill, left to POST /api/admin/reconcile/execution-log-identity';
  END IF;
END $$;
