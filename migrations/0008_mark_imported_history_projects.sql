-- projects.kind: `imported_history` marks the one project per tenant that the legacy execution-log import
-- puts its tasks in; a partial unique index keeps it to one per tenant (the import's ON CONFLICT target).
-- Every existing project is `standard` (a constant default: catalog-only, instant). The unique index starts
-- empty, since no project is imported_history yet. The CHECK scans the table once under the ALTER's lock:
-- projects is a small table (a few rows per tenant), so that is a matter of milliseconds.
-- Rollback: DROP INDEX "projects_imported_history_key"; ALTER TABLE "projects" DROP COLUMN "kind";
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "kind" text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE UNIQUE INDEX IF NOT EXISTS "projects_imported_history_key" ON "projects" USING btree ("user_id") WHERE "projects"."kind" = 'imported_history';--> statement-breakpoint
-- squawk-ignore constraint-missing-not-valid
ALTER TABLE "projects" ADD CONSTRAINT "projects_kind_check" CHECK ("projects"."kind" in ('standard', 'imported_history'));
