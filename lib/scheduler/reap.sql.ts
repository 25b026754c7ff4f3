// Reaping: runs still `running` after their lease expired — their worker crashed, was killed, or overran its
// timeout by more than the grace — become `timed_out`, and are retried like any timed-out attempt. One
// statement, timed by the database's now(). Done at every tick and by POST /api/admin/reconcile/stale-executions.
//
// Idempotent and safe to run concurrently: a run is reaped only while it is still running with an expired
// lease (the UPDATE re-checks that on the row's latest version), and its retry is keyed by (task, slot,
// attempt + 1). A worker that comes back after its run was reaped finds it no longer running and writes nothing
// (lib/scheduler/complete.sql.ts).
// Index relied on: task_execution_logs_running_lease_idx (partial, status = 'running').
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { queueRetries, type Backoff } from "./retry.sql";

export interface ReapCounts {
  reaped: number;
  retried: number;
}

export async function reapExpiredRuns(db: Db, backoff: Backoff, limit = 1_000): Promise<ReapCounts> {
  const result = await db.execute<{ reaped: number; retried: number }>(sql`
    with expired as (
      select id from task_execution_logs
      where status = 'running' and lease_expires_at < now()
      order by lease_expires_at
      limit ${limit}
      for update skip locked
    ),
    reaped as (
      update task_execution_logs l
      set status = 'timed_out', finished_at = now(), lease_expires_at = null,
          duration_ms = greatest(0, round(extract(epoch from now() - l.started_at) * 1000))::integer,
          error = 'Reaped: the run''s lease expired while it was still running (its worker stopped, or overran timeout_seconds).'
      from expired e
      where l.id = e.id
      returning l.id, l.task_id, l.user_id, l.user_id_str, l.scheduled_for, l.attempt, l.status, l.epoch, l.locked_by, l.workflow_execution_id, true as retryable
    ),
    retried as (${queueRetries(sql`reaped`, backoff)}),
    events as (
      insert into scheduler_events (type, task_id, execution_id, user_id, epoch, detail)
      select 'reaped', r.task_id, r.id, r.user_id_str, r.epoch, jsonb_build_object('attempt', r.attempt, 'worker', r.locked_by)
      from reaped r
      union all
      select 'retried', r.task_id, r.id, r.user_id_str, null, jsonb_build_object('attempt', r.attempt, 'available_at', r.available_at)
      from retried r
    )
    select (select count(*) from reaped)::int as reaped, (select count(*) from retried)::int as retried
  `);
  const row = result.rows[0]!;
  return { reaped: Number(row.reaped), retried: Number(row.retried) };
}
