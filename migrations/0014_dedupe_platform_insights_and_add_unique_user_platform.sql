-- Seed 001's migration 008: UNIQUE (user_id, platform) on platform_insights, the ON CONFLICT target of the
-- reconcile. The table may hold duplicates from before (it had no key): the newest row of each (user_id,
-- platform) is kept — latest computed_at, then the highest id — the others are deleted, and the migration says
-- how many (NOTICE "platform_insights: removed N duplicate row(s)", printed by npm run db:migrate). The table
-- is locked against writes first, so no new duplicate can appear between the delete and the constraint.
-- platform_insights holds one row per tenant and platform, so the lock lasts milliseconds. The unique key's
-- index also serves a tenant's lookups, so the plain user_id index goes.
-- Rollback: ALTER TABLE "platform_insights" DROP CONSTRAINT "platform_insights_user_id_platform_key"; CREATE
-- INDEX "platform_insights_user_id_idx" ON "platform_insights" ("user_id"). The deleted duplicates were stale
-- copies: the reconcile recomputes every row.
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
LOCK TABLE "platform_insights" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
DO $$
DECLARE removed bigint;
BEGIN
  WITH ranked AS (
    SELECT "id", row_number() OVER (PARTITION BY "user_id", "platform" ORDER BY "computed_at" DESC, "id" DESC) AS rank
    FROM "platform_insights"
  )
  DELETE FROM "platform_insights" p USING ranked WHERE p."id" = ranked."id" AND ranked.rank > 1;
  GET DIAGNOSTICS removed = ROW_COUNT;
  RAISE NOTICE 'platform_insights: removed % duplicate row(s), kept the newest of each (user_id, platform)', removed;
END $$;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-deletion
DROP INDEX "platform_insights_user_id_idx";--> statement-breakpoint
-- The table is small (see above); building the key under the lock is milliseconds.
-- squawk-ignore constraint-missing-not-valid, disallowed-unique-constraint
ALTER TABLE "platform_insights" ADD CONSTRAINT "platform_insights_user_id_platform_key" UNIQUE("user_id","platform");
