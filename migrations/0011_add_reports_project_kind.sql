-- projects.kind `reports`: the one project per tenant that holds the runner tasks of its report collections
-- (each collection is run by a report_collection task). A partial unique index keeps it to one per tenant (the
-- ON CONFLICT target of lib/reports/create-collection.ts); it starts empty. The widened CHECK scans the table
-- once under the ALTER's lock: projects is a small table (a few rows per tenant), so that is milliseconds.
-- Rollback: DELETE FROM "projects" WHERE "kind" = 'reports' (and their tasks go with them); DROP INDEX
-- "projects_reports_key"; then restore the CHECK of migration 0008.
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
ALTER TABLE "projects" DROP CONSTRAINT "projects_kind_check";--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE UNIQUE INDEX "projects_reports_key" ON "projects" USING btree ("user_id") WHERE "projects"."kind" = 'reports';--> statement-breakpoint
-- squawk-ignore constraint-missing-not-valid
ALTER TABLE "projects" ADD CONSTRAINT "projects_kind_check" CHECK ("projects"."kind" in ('standard', 'imported_history', 'reports'));
