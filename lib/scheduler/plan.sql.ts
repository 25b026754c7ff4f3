// Planning: find the tasks whose next run has come, and record what planSlots decided for them — the runs to
// queue, the new next_run_at, the skipped misfires — in one statement per batch.
//
// Guarantees, and why they hold:
// - Fenced: the statement writes only while the lease is still ours at the epoch the plan was made under
//   (leaseFence, FOR SHARE): a stale leader's plan matches nothing.
// - Compare-and-set: next_run_at advances only from the value the plan was computed from. A task edited in
//   between (a new schedule, disabled) keeps the edit; its plan is dropped and redone at the next tick.
// - No duplicate runs: runs are queued only for the tasks whose next_run_at this statement advanced, and the
//   unique (task_id, scheduled_for, attempt) key turns any slot planned twice into a no-op (ON CONFLICT).
// Index relied on: tasks_next_run_at_idx (partial, next_run_at is not null).
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { identityColumns } from "@/lib/logs";
import { leaseFence } from "./lease.sql";
import type { MisfirePolicy } from "./plan";

export interface DueTaskRow {
  id: string;
  userId: string;
  cron: string;
  timezone: string;
  misfirePolicy: MisfirePolicy;
  nextRunAt: Date;
  /** next_run_at exactly as stored (microseconds included), for the compare-and-set. */
  nextRunAtExact: string;
}

/** The database's now() and up to `limit` due tasks, soonest first. */
export async function selectDueTasks(db: Db, limit: number): Promise<{ now: Date; tasks: DueTaskRow[] }> {
  const result = await db.execute<{
    db_now: string | Date;
    id: string | null;
    user_id: string;
    cron: string;
    timezone: string;
    misfire_policy: MisfirePolicy;
    next_run_at: string | Date;
    next_run_at_exact: string;
  }>(sql`
    select now() as db_now, d.* from (select 1) as one
    left join lateral (
      select id, user_id, cron, timezone, misfire_policy, next_run_at, to_json(next_run_at)#>>'{}' as next_run_at_exact
      from tasks
      where next_run_at <= now() and enabled and cron is not null and timezone is not null
      order by next_run_at
      limit ${limit}
    ) as d on true
  `);
  const now = new Date(result.rows[0]!.db_now);
  const tasks = result.rows
    .filter((r) => r.id !== null)
    .map((r) => ({
      id: r.id!,
      userId: r.user_id,
      cron: r.cron,
      timezone: r.timezone,
      misfirePolicy: r.misfire_policy,
      nextRunAt: new Date(r.next_run_at),
      nextRunAtExact: r.next_run_at_exact,
    }));
  return { now, tasks };
}

export interface TaskPlan {
  task: DueTaskRow;
  run: Date[];
  nextRunAt: Date | null;
  /** Event detail for a misfire_skipped (or schedule_invalid) event, when there is one. */
  event: { type: "misfire_skipped" | "schedule_invalid"; detail: Record<string, unknown> } | null;
}

export interface PlanWrite {
  /** Tasks whose next_run_at moved on. Fewer than planned: some were edited meanwhile, or the lease was lost. */
  advanced: number;
  queued: number;
  skippedEvents: number;
}

export async function writePlans(db: Db, fence: { holder: string; epoch: number }, plans: TaskPlan[]): Promise<PlanWrite> {
  if (plans.length === 0) return { advanced: 0, queued: 0, skippedEvents: 0 };
  const advances = plans.map((p) => ({
    task_id: p.task.id,
    expected: p.task.nextRunAtExact,
    next_run_at: p.nextRunAt?.toISOString() ?? null,
    event_type: p.event?.type ?? null,
    event_detail: p.event?.detail ?? null,
  }));
  // The compatible write path (lib/logs): identity columns from the tenant's id, as every writer sets them.
  const runs = plans.flatMap((p) => {
    const identity = identityColumns(p.task.userId);
    return p.run.map((slot) => ({ task_id: p.task.id, scheduled_for: slot.toISOString(), user_id: identity.userId, user_id_str: identity.userIdStr }));
  });
  const result = await db.execute<{ advanced: number; queued: number; events: number }>(sql`
    with fence as (${leaseFence(fence.holder, fence.epoch)}),
    plan as (
      select * from json_to_recordset(${JSON.stringify(advances)}::json)
        as p(task_id uuid, expected timestamptz, next_run_at timestamptz, event_type text, event_detail jsonb)
    ),
    advanced as (
      update tasks t set next_run_at = p.next_run_at
      from plan p
      where t.id = p.task_id and t.next_run_at = p.expected and exists (select 1 from fence)
      returning t.id, t.user_id
    ),
    slots as (
      select * from json_to_recordset(${JSON.stringify(runs)}::json)
        as r(task_id uuid, scheduled_for timestamptz, user_id integer, user_id_str text)
    ),
    queued as (
      insert into task_execution_logs (task_id, user_id, user_id_str, status, scheduled_for, available_at, attempt, epoch, trigger)
      select r.task_id, r.user_id, r.user_id_str, 'queued', r.scheduled_for, r.scheduled_for, 1, ${fence.epoch}, 'schedule'
      from slots r join advanced a on a.id = r.task_id
      on conflict (task_id, scheduled_for, attempt) where legacy_id is null do nothing
      returning 1
    ),
    events as (
      insert into scheduler_events (type, task_id, user_id, epoch, detail)
      select p.event_type, p.task_id, a.user_id, ${fence.epoch}, p.event_detail
      from plan p join advanced a on a.id = p.task_id
      where p.event_type is not null
      returning 1
    )
    select (select count(*) from advanced)::int as advanced,
           (select count(*) from queued)::int as queued,
           (select count(*) from events)::int as events
  `);
  const row = result.rows[0]!;
  return { advanced: Number(row.advanced), queued: Number(row.queued), skippedEvents: Number(row.events) };
}
