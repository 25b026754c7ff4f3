-- Two indexes on tasks: (project_id, created_at) for a project's tasks table, newest first, and
-- (project_id, lower(title)) for bulk create's `title` and `title_and_milestone` duplicate strategies.
-- On a large live table, build them first by hand, outside a transaction, so writes are never blocked:
--   CREATE INDEX CONCURRENTLY IF NOT EXISTS tasks_project_id_created_at_idx ON tasks (project_id, created_at);
--   CREATE INDEX CONCURRENTLY IF NOT EXISTS tasks_project_id_lower_title_idx ON tasks (project_id, lower(title));
-- then this migration finds them present and does nothing.
-- Rollback: DROP INDEX "tasks_project_id_created_at_idx"; DROP INDEX "tasks_project_id_lower_title_idx";
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "tasks_project_id_created_at_idx" ON "tasks" USING btree ("project_id","created_at");--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "tasks_project_id_lower_title_idx" ON "tasks" USING btree ("project_id",lower("title"));
