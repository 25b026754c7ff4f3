-- Validation report of the task_execution_logs user_id_str backfill (seed 000, P2.A).
-- Run:   psql "$DATABASE_URL" -f scripts/sql/task_execution_log_user_id_backfill_report.sql
-- Read-only. GET /api/admin/backfill-report and the admin page compute the same figures with the same query
-- (lib/logs/backfill-report.sql.ts; a test keeps the two identical).
-- Go: unresolved_rows = 0 and mismatched_rows = 0, and pending_backfill_rows = 0 once
--     POST /api/admin/reconcile/execution-log-identity has run.
-- No-go: any of them above 0. pending_backfill_rows > 0: run the reconcile. unresolved_rows > 0: rows with
--     neither id, no tenant can see them: find their owner in the legacy system's records. mismatched_rows > 0:
--     a writer disagrees with the legacy id; user_id_str decides visibility. orphaned_rows: history of users
--     with no account yet; it becomes visible when the account is created.
select
  count(*)::int as total_rows,
  count(*) filter (where l.user_id_str is not null)::int as rows_with_user_id_str,
  count(*) filter (where l.user_id is not null)::int as legacy_rows,
  count(*) filter (where l.user_id is not null and l.user_id_str = l.user_id::text)::int as backfilled_legacy_rows,
  count(*) filter (where l.user_id is not null and l.user_id_str is null)::int as pending_backfill_rows,
  count(*) filter (where l.user_id is null and l.user_id_str is null)::int as unresolved_rows,
  count(*) filter (where l.user_id_str <> l.user_id::text)::int as mismatched_rows,
  count(*) filter (where coalesce(l.user_id_str, l.user_id::text) is not null and u.id is null)::int as orphaned_rows
from task_execution_logs as l
left join "user" as u on u.id = coalesce(l.user_id_str, l.user_id::text);
