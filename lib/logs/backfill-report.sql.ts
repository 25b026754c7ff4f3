// The validation report of the user_id_str backfill (seed 000, P2.A), as one read-only statement. The same
// SELECT is scripts/sql/task_execution_log_user_id_backfill_report.sql, for psql; lib/logs/backfill-report.test.ts
// checks that both give the same figures on a known data set.
// The figures (each row counted by what its two identity columns hold):
// - legacy_rows: rows carrying a legacy integer user_id;
// - backfilled_legacy_rows: of those, rows whose user_id_str is user_id::text;
// - pending_backfill_rows: of those, rows still without user_id_str (the reconcile's work left);
// - unresolved_rows: rows with neither id: no tenant can ever see them;
// - mismatched_rows: user_id_str ≠ user_id::text where both exist: user_id_str wins for visibility;
// - orphaned_rows: rows whose identity (user_id_str, else user_id::text) matches no user account.
// It scans the whole table once (a hash join against "user"): an admin report, not a hot path.
import { sql } from "drizzle-orm";

export const BACKFILL_REPORT_SQL = sql.raw(`
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
left join "user" as u on u.id = coalesce(l.user_id_str, l.user_id::text)
`);
