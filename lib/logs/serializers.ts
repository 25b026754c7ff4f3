// The one place where an execution-log row (camelCase) becomes ExecutionLog JSON (snake_case).
import type { EXECUTION_STATUSES, HANDLER_KINDS, RUN_TRIGGERS } from "@/drizzle";
import type { ExecutionLogJson } from "./schemas";

export interface LogRow {
  id: string;
  taskId: string | null;
  /** coalesce(user_id_str, user_id::text): the tenant the compatible read resolved the row to. */
  identity: string;
  status: (typeof EXECUTION_STATUSES)[number];
  scheduledFor: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
  attempt: number;
  epoch: number | null;
  error: string | null;
  output: unknown;
  workflowExecutionId: string | null;
  trigger: (typeof RUN_TRIGGERS)[number] | null;
  task: {
    id: string;
    title: string;
    projectId: string;
    platform: string | null;
    handlerKind: (typeof HANDLER_KINDS)[number];
  } | null;
}

export function executionLogJson(row: LogRow): ExecutionLogJson {
  return {
    id: row.id,
    task_id: row.taskId,
    user_id_str: row.identity,
    status: row.status,
    scheduled_for: row.scheduledFor.toISOString(),
    started_at: row.startedAt?.toISOString() ?? null,
    finished_at: row.finishedAt?.toISOString() ?? null,
    duration_ms: row.durationMs,
    attempt: row.attempt,
    epoch: row.epoch,
    error: row.error,
    output: row.output ?? null,
    workflow_execution_id: row.workflowExecutionId,
    trigger: row.trigger,
    task: row.task
      ? {
          id: row.task.id,
          title: row.task.title,
          project_id: row.task.projectId,
          platform: row.task.platform,
          handler_kind: row.task.handlerKind,
        }
      : null,
  };
}
