// Claiming: the leader takes a batch of queued runs whose time has come and marks them running, each with a
// lease (locked_by, lease_expires_at = now() + the task's timeout_seconds + a grace). One statement.
//
// Guarantees, and why they hold:
// - A run is claimed once: FOR UPDATE SKIP LOCKED hands each row to one claimer, and the status moves from
//   queued to running in the same statement, so a later claim no longer sees it.
// - Fenced: only the leader at the current epoch claims (leaseFence); a stale leader claims nothing.
// - Every claim is a `dispatched` event, written by the same statement.
// Index relied on: task_execution_logs_queued_available_at_idx (partial, status = 'queued').
import { sql } from "drizzle-orm";
import type { HANDLER_KINDS } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { leaseFence } from "./lease.sql";

export interface ClaimedRun {
  id: string;
  taskId: string;
  userIdStr: string;
  scheduledFor: Date;
  attempt: number;
  /** The workflow execution this run carries out (a report collection), if any. */
  workflowExecutionId: string | null;
  title: string;
  /** The task's owner (tasks.user_id): the tenant the handler works for. */
  ownerId: string;
  projectId: string;
  handlerKind: (typeof HANDLER_KINDS)[number];
  handlerConfig: Record<string, unknown>;
  signingSecret: string | null;
  timeoutSeconds: number;
}

export async function claimRuns(
  db: Db,
  fence: { holder: string; epoch: number },
  options: { limit: number; leaseGraceMs: number },
): Promise<ClaimedRun[]> {
  const result = await db.execute<{
    id: string;
    task_id: string;
    user_id_str: string;
    scheduled_for: string | Date;
    attempt: number;
    workflow_execution_id: string | null;
    title: string;
    owner_id: string;
    project_id: string;
    handler_kind: ClaimedRun["handlerKind"];
    handler_config: Record<string, unknown>;
    signing_secret: string | null;
    timeout_seconds: number;
  }>(sql`
    with fence as (${leaseFence(fence.holder, fence.epoch)}),
    picked as (
      select id from task_execution_logs
      where status = 'queued' and available_at <= now() and exists (select 1 from fence)
      order by available_at
      limit ${options.limit}
      for update skip locked
    ),
    claimed as (
      update task_execution_logs l
      set status = 'running', started_at = now(), locked_by = ${fence.holder}, epoch = ${fence.epoch},
          lease_expires_at = now() + (t.timeout_seconds * 1000 + ${options.leaseGraceMs}) * interval '1 millisecond'
      from picked p, tasks t
      where l.id = p.id and t.id = l.task_id
      returning l.id, l.task_id, l.user_id_str, l.scheduled_for, l.attempt, l.workflow_execution_id,
                t.title, t.user_id as owner_id, t.project_id, t.handler_kind, t.handler_config, t.signing_secret, t.timeout_seconds
    ),
    dispatched as (
      insert into scheduler_events (type, task_id, execution_id, user_id, epoch, detail)
      select 'dispatched', c.task_id, c.id, c.user_id_str, ${fence.epoch}, jsonb_build_object('attempt', c.attempt)
      from claimed c
    )
    select * from claimed
  `);
  return result.rows.map((r) => ({
    id: r.id,
    taskId: r.task_id,
    userIdStr: r.user_id_str,
    scheduledFor: new Date(r.scheduled_for),
    attempt: Number(r.attempt),
    workflowExecutionId: r.workflow_execution_id,
    title: r.title,
    ownerId: r.owner_id,
    projectId: r.project_id,
    handlerKind: r.handler_kind,
    handlerConfig: r.handler_config,
    signingSecret: r.signing_secret,
    timeoutSeconds: Number(r.timeout_seconds),
  }));
}
