-- The leader records how long its last tick took and the budget it ran under, so that "tick duration near its
-- budget" (docs/runbook.md) is one query. Nullable columns without a default: a catalog-only change on the
-- one-row scheduler_leases table.
-- Rollback: ALTER TABLE "scheduler_leases" DROP COLUMN "last_tick_duration_ms", DROP COLUMN "last_tick_budget_ms";
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
ALTER TABLE "scheduler_leases" ADD COLUMN "last_tick_duration_ms" integer;--> statement-breakpoint
ALTER TABLE "scheduler_leases" ADD COLUMN "last_tick_budget_ms" integer;