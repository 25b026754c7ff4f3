// Finishing: the outcomes of a batch of runs, recorded in one statement with their events and retries.
//
// Guarantees, and why they hold:
// - Fenced per run: a run is finished only while it is still `running` and held by this worker (locked_by).
//   A worker whose run was reaped meanwhile (its lease expired: status timed_out) writes nothing, so the
//   reaper's verdict and the retry it queued stand.
// - A failed or timed-out attempt is retried at most once (queueRetries: ON CONFLICT on the slot key).
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { queueRetries, type Backoff } from "./retry.sql";

export interface RunOutcome {
  id: string;
  status: "succeeded" | "failed" | "timed_out";
  durationMs: number;
  error: string | null;
  output: unknown;
  /** False for a failure another attempt cannot fix (PermanentHandlerError): no retry. */
  retryable: boolean;
}

export interface FinishCounts {
  succeeded: number;
  failed: number;
  timedOut: number;
  retried: number;
  /** Outcomes not recorded because the run was no longer ours (reaped). */
  fenced: number;
}

export async function finishRuns(db: Db, holder: string, outcomes: RunOutcome[], backoff: Backoff): Promise<FinishCounts> {
  if (outcomes.length === 0) return { succeeded: 0, failed: 0, timedOut: 0, retried: 0, fenced: 0 };
  const json = JSON.stringify(
    outcomes.map((o) => ({ id: o.id, status: o.status, duration_ms: Math.max(0, Math.round(o.durationMs)), error: o.error, output: o.output ?? null, retryable: o.retryable })),
  );
  const result = await db.execute<{ succeeded: number; failed: number; timed_out: number; retried: number; finished: number }>(sql`
    with outcome as (
      select * from json_to_recordset(${json}::json)
        as o(id uuid, status text, duration_ms integer, error text, output jsonb, retryable boolean)
    ),
    finished as (
      update task_execution_logs l
      set status = o.status, finished_at = now(), duration_ms = o.duration_ms, error = o.error, output = o.output,
          lease_expires_at = null
      from outcome o
      where l.id = o.id and l.status = 'running' and l.locked_by = ${holder}
      returning l.id, l.task_id, l.user_id, l.user_id_str, l.scheduled_for, l.attempt, l.status, l.epoch, l.duration_ms, l.workflow_execution_id, o.retryable
    ),
    retried as (${queueRetries(sql`finished`, backoff)}),
    events as (
      insert into scheduler_events (type, task_id, execution_id, user_id, epoch, detail)
      select f.status, f.task_id, f.id, f.user_id_str, f.epoch, jsonb_build_object('attempt', f.attempt, 'duration_ms', f.duration_ms)
      from finished f
      union all
      select 'retried', r.task_id, r.id, r.user_id_str, null, jsonb_build_object('attempt', r.attempt, 'available_at', r.available_at)
      from retried r
    )
    select count(*) filter (where status = 'succeeded')::int as succeeded,
           count(*) filter (where status = 'failed')::int as failed,
           count(*) filter (where status = 'timed_out')::int as timed_out,
           (select count(*) from retried)::int as retried,
           count(*)::int as finished
    from finished
  `);
  const row = result.rows[0]!;
  return {
    succeeded: Number(row.succeeded),
    failed: Number(row.failed),
    timedOut: Number(row.timed_out),
    retried: Number(row.retried),
    fenced: outcomes.length - Number(row.finished),
  };
}
