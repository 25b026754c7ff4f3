// The retry half of finishing and reaping: a failed or timed-out attempt whose task allows more attempts is
// queued again as attempt + 1 of the same slot, after an exponential backoff with jitter (half of the delay
// fixed, half random, so that runs that failed together do not all come back together).
// The identity columns are copied from the attempt being retried: the same tenant, written the compatible way;
// so is the workflow execution the attempt carried out, which the retry takes up again.
// ON CONFLICT on the (task_id, scheduled_for, attempt) key: a retry queued twice (the reaper and a late finish,
// or two reapers) exists once.
import { sql, type SQL } from "drizzle-orm";

export interface Backoff {
  baseMs: number;
  capMs: number;
}

/**
 * A CTE body that queues the retries of `ended` — a CTE with columns id, task_id, user_id, user_id_str,
 * scheduled_for, attempt, status, retryable, workflow_execution_id — returning the new runs (id, task_id, user_id_str, attempt,
 * available_at, previous_id).
 */
export function queueRetries(ended: SQL, backoff: Backoff): SQL {
  return sql`
    insert into task_execution_logs (task_id, user_id, user_id_str, status, scheduled_for, available_at, attempt, trigger, workflow_execution_id)
    select e.task_id, e.user_id, e.user_id_str, 'queued', e.scheduled_for,
           now() + least(${backoff.capMs}::float8, ${backoff.baseMs}::float8 * power(2, e.attempt - 1)) * (0.5 + random() * 0.5) * interval '1 millisecond',
           e.attempt + 1, 'retry', e.workflow_execution_id
    from ${ended} e join tasks t on t.id = e.task_id
    where e.status in ('failed', 'timed_out') and e.retryable and e.attempt < t.max_attempts
    on conflict (task_id, scheduled_for, attempt) where legacy_id is null do nothing
    returning id, task_id, user_id_str, attempt, available_at`;
}
