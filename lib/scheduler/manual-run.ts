// "Run now": queue one run of a task for the scheduler's next tick (POST /api/tasks/{taskId}/run). Idempotent
// per Idempotency-Key: the same key for the same task gives back the run the first call queued, even when
// two calls race (the unique (task_id, idempotency_key) index decides, ON CONFLICT DO NOTHING).
// The run is a normal queued run (trigger 'manual', slot = now()): claimed, leased, retried and reaped like any
// other. A disabled task can still be run by hand: `enabled` is about its schedule. A run queued for a workflow
// execution (a report collection's "Run") carries its id, which its handler takes up.
import { and, eq, sql } from "drizzle-orm";
import { taskExecutionLogs as logs, tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors";
import { identityColumns } from "@/lib/logs";

export interface ManualRun {
  executionId: string;
  /** False when the Idempotency-Key had already queued this run. */
  created: boolean;
}

export async function queueManualRun(
  db: Db,
  userId: string,
  taskId: string,
  idempotencyKey: string | null,
  workflowExecutionId: string | null = null,
): Promise<ManualRun> {
  const identity = identityColumns(userId);
  const inserted = await db.execute<{ id: string }>(sql`
    insert into task_execution_logs (task_id, user_id, user_id_str, status, scheduled_for, available_at, attempt, trigger, idempotency_key, workflow_execution_id)
    select t.id, ${identity.userId}, ${identity.userIdStr}, 'queued', now(), now(), 1, 'manual', ${idempotencyKey}, ${workflowExecutionId}::uuid
    from tasks t where t.id = ${taskId} and t.user_id = ${userId}
    on conflict (task_id, idempotency_key) where idempotency_key is not null do nothing
    returning id
  `);
  const id = inserted.rows[0]?.id;
  if (id) return { executionId: id, created: true };
  if (idempotencyKey !== null) {
    const [existing] = await db
      .select({ id: logs.id })
      .from(logs)
      .innerJoin(tasks, eq(tasks.id, logs.taskId))
      .where(and(eq(logs.taskId, taskId), eq(logs.idempotencyKey, idempotencyKey), eq(tasks.userId, userId)));
    if (existing) return { executionId: existing.id, created: false };
  }
  throw new NotFoundError("No such task.");
}
