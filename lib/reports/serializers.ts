// The one place where report rows (camelCase) become API JSON (snake_case).
import type { WEEK_STATUSES, WORKFLOW_KINDS, WORKFLOW_STATUSES } from "@/drizzle";
import { countIsoWeeks } from "./iso-weeks";
import type { CollectionJson, WeekData, WeekJson, WorkflowExecutionJson } from "./schemas";

export interface WorkflowExecutionRow {
  id: string;
  kind: (typeof WORKFLOW_KINDS)[number];
  status: (typeof WORKFLOW_STATUSES)[number];
  collectionId: string | null;
  params: Record<string, unknown>;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  weeksCompleted: number;
  weeksFailed: number;
  runId: string | null;
}

export interface WeekRow {
  id: string;
  weekStartDate: string;
  weekEndDate: string;
  status: (typeof WEEK_STATUSES)[number];
  executionId: string | null;
  data: Record<string, unknown> | null;
  errorMessage: string | null;
  updatedAt: Date | null;
}

export interface CollectionRow {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  taskId: string | null;
  createdAt: Date;
  weeksCollected: number;
  latestExecution: WorkflowExecutionRow | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function workflowExecutionJson(row: WorkflowExecutionRow): WorkflowExecutionJson {
  const planned = row.params.weeks_planned;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    collection_id: row.collectionId,
    params: row.params,
    error: row.error,
    weeks_planned: typeof planned === "number" ? planned : null,
    weeks_completed: Number(row.weeksCompleted),
    weeks_failed: Number(row.weeksFailed),
    run_id: row.runId,
    created_at: row.createdAt.toISOString(),
    started_at: iso(row.startedAt),
    finished_at: iso(row.finishedAt),
    duration_ms: row.startedAt && row.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
  };
}

export function weekJson(row: WeekRow): WeekJson {
  return {
    id: row.id,
    week_start_date: row.weekStartDate,
    week_end_date: row.weekEndDate,
    status: row.status,
    execution_id: row.executionId,
    // Written by collect-week.sql.ts in this shape; legacy rows may hold anything, shown as it is.
    data: row.data as WeekData | null,
    error_message: row.errorMessage,
    updated_at: iso(row.updatedAt),
  };
}

export function collectionJson(row: CollectionRow): CollectionJson {
  return {
    id: row.id,
    name: row.name,
    start_date: row.startDate,
    end_date: row.endDate,
    week_count: countIsoWeeks(row.startDate, row.endDate),
    weeks_collected: Number(row.weeksCollected),
    task_id: row.taskId,
    latest_execution: row.latestExecution ? workflowExecutionJson(row.latestExecution) : null,
    created_at: row.createdAt.toISOString(),
  };
}
