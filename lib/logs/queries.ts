// Reads of execution logs, always through the compatible tenant filter (tenant-filter.ts): a tenant sees
// its own runs, legacy and new, and nobody else's; another tenant's run is "not found".
// Indexes relied on: idx_task_execution_logs_user_id_str_status_date and the partial
// idx_task_execution_logs_legacy_user_id_status_date (the tenant, optionally by status, by date — see the
// EXPLAIN in docs/benchmarks.md), task_execution_logs_task_id_scheduled_for_idx (one task's runs),
// task_execution_logs_pkey (one run).
import { and, asc, count, eq, gte, ilike, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { taskExecutionLogs as logs, tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors";
import { offsetOf } from "@/lib/http/pagination";
import type { LogFilter, LogListQuery, LogSortColumn } from "./schemas";
import type { LogRow } from "./serializers";
import { visibleTo } from "./tenant-filter";

const SORT_COLUMNS = {
  scheduled_for: logs.scheduledFor,
  started_at: logs.startedAt,
  finished_at: logs.finishedAt,
  duration_ms: logs.durationMs,
  status: logs.status,
  attempt: logs.attempt,
  created_at: logs.createdAt,
} satisfies Record<LogSortColumn, unknown>;

const NULLABLE_SORT_COLUMNS = new Set<LogSortColumn>(["started_at", "finished_at", "duration_ms"]);

const selection = {
  id: logs.id,
  taskId: logs.taskId,
  identity: sql<string>`coalesce(${logs.userIdStr}, ${logs.userId}::text)`,
  status: logs.status,
  scheduledFor: logs.scheduledFor,
  startedAt: logs.startedAt,
  finishedAt: logs.finishedAt,
  durationMs: logs.durationMs,
  attempt: logs.attempt,
  epoch: logs.epoch,
  error: logs.error,
  output: logs.output,
  workflowExecutionId: logs.workflowExecutionId,
  trigger: logs.trigger,
  taskTitle: tasks.title,
  taskProjectId: tasks.projectId,
  taskPlatform: tasks.platform,
  taskHandlerKind: tasks.handlerKind,
};

interface Selected extends Omit<LogRow, "task"> {
  taskTitle: string | null;
  taskProjectId: string | null;
  taskPlatform: string | null;
  taskHandlerKind: NonNullable<LogRow["task"]>["handlerKind"] | null;
}

export interface LogPage {
  logs: LogRow[];
  totalCount: number;
}

/** One page of the tenant's runs, filtered and sorted as asked, with the count of all that match. */
export async function listLogs(db: Db, userId: string, query: LogListQuery): Promise<LogPage> {
  const where = whereOf(userId, query);
  // The count's LEFT JOIN on the tasks primary key is dropped by the planner unless q needs the title.
  const [rows, [total]] = await Promise.all([
    selectLogs(db, where, query).limit(query.page_size).offset(offsetOf(query)),
    db.select({ n: count() }).from(logs).leftJoin(tasks, eq(tasks.id, logs.taskId)).where(where),
  ]);
  return { logs: rows.map(toLogRow), totalCount: total?.n ?? 0 };
}

/** Counts the tenant's runs that match a filter (what an export of it would hold). */
export async function countLogs(db: Db, userId: string, filter: LogFilter): Promise<number> {
  const [total] = await db.select({ n: count() }).from(logs).leftJoin(tasks, eq(tasks.id, logs.taskId)).where(whereOf(userId, filter));
  return total?.n ?? 0;
}

/**
 * Every run matching a filter, in its sort order, read `pageSize` rows per query so that an export of many
 * thousands of runs never sits in memory at once. Stops after `limit` rows.
 */
export async function* iterateLogs(db: Db, userId: string, filter: LogFilter, { limit, pageSize = 1000 }: { limit: number; pageSize?: number }) {
  const where = whereOf(userId, filter);
  for (let offset = 0; offset < limit; offset += pageSize) {
    const rows = await selectLogs(db, where, filter).limit(Math.min(pageSize, limit - offset)).offset(offset);
    for (const row of rows) yield toLogRow(row);
    if (rows.length < pageSize) return;
  }
}

/** One of the tenant's runs; NotFoundError when it doesn't exist or belongs to someone else. */
export async function getLog(db: Db, userId: string, executionId: string): Promise<LogRow> {
  const [row] = await db
    .select(selection)
    .from(logs)
    .leftJoin(tasks, eq(tasks.id, logs.taskId))
    .where(and(eq(logs.id, executionId), visibleTo(userId)));
  if (!row) throw new NotFoundError("run");
  return toLogRow(row);
}

function selectLogs(db: Db, where: SQL | undefined, filter: LogFilter) {
  const column = SORT_COLUMNS[filter.sort.column];
  // Empty values sort last whichever the direction; the id breaks ties so pages never overlap.
  const nullable = NULLABLE_SORT_COLUMNS.has(filter.sort.column);
  const order =
    filter.sort.direction === "asc" ? sql`${column} asc` : nullable ? sql`${column} desc nulls last` : sql`${column} desc`;
  return db
    .select(selection)
    .from(logs)
    .leftJoin(tasks, eq(tasks.id, logs.taskId))
    .where(where)
    .orderBy(order, asc(logs.id))
    .$dynamic();
}

function whereOf(userId: string, filter: LogFilter): SQL | undefined {
  const conditions: SQL[] = [visibleTo(userId)];
  if (filter.status) conditions.push(eq(logs.status, filter.status));
  if (filter.task_id) conditions.push(eq(logs.taskId, filter.task_id));
  if (filter.from) conditions.push(gte(logs.scheduledFor, filter.from.at));
  if (filter.to) conditions.push(filter.to.inclusive ? lte(logs.scheduledFor, filter.to.at) : lt(logs.scheduledFor, filter.to.at));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(or(ilike(logs.error, pattern), ilike(tasks.title, pattern))!);
  }
  return and(...conditions);
}

function toLogRow(row: Selected): LogRow {
  const { taskTitle, taskProjectId, taskPlatform, taskHandlerKind, ...rest } = row;
  return {
    ...rest,
    // The task is read through the run's task_id, which only ever names a task of the run's own tenant.
    task:
      row.taskId && taskTitle !== null && taskProjectId !== null && taskHandlerKind !== null
        ? { id: row.taskId, title: taskTitle, projectId: taskProjectId, platform: taskPlatform, handlerKind: taskHandlerKind }
        : null,
  };
}
