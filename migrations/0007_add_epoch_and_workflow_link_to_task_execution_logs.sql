-- Two nullable columns of the ExecutionLog JSON that the scheduler (step 4) and report workflows (step 5)
-- fill in: epoch, the fencing epoch of the leader that dispatched the run, and workflow_execution_id, the
-- report workflow run it belongs to (its foreign key comes with the workflow_executions table).
-- Catalog-only changes: instant at any table size.
-- Rollback: ALTER TABLE "task_execution_logs" DROP COLUMN "epoch", DROP COLUMN "workflow_execution_id";
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
ALTER TABLE "task_execution_logs" ADD COLUMN "epoch" bigint;--> statement-breakpoint
ALTER TABLE "task_execution_logs" ADD COLUMN "workflow_execution_id" uuid;
