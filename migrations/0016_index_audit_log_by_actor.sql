-- The audit log page filters by actor (GET /api/admin/audit-log?actor_user_id=). audit_log holds one row per admin
-- action, a small table: the plain CREATE INDEX blocks its writes for milliseconds.
-- Rollback: DROP INDEX "audit_log_actor_user_id_created_at_idx";
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "audit_log_actor_user_id_created_at_idx" ON "audit_log" USING btree ("actor_user_id","created_at");