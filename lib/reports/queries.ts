// Reads of report collections, their weeks and their workflow executions, always scoped to one tenant: another
// tenant's collection or execution is "not found" (API.md).
// Indexes relied on: report_data_collections_user_id_created_at_idx (the list), report_data_weeks_collection_week_key
// (a collection's weeks in order), idx_report_data_weeks_execution_id (an execution's weeks and progress),
// workflow_executions_collection_id_created_at_idx (a collection's executions), task_execution_logs_workflow_execution_id_idx (its run).
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { reportDataCollections as collections, reportDataWeeks as weeks, workflowExecutions as executions } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors";
import type { CollectionRow, WeekRow, WorkflowExecutionRow } from "./serializers";

// The subqueries name their outer table in full: drizzle leaves a column of a one-table select unqualified,
// which inside a subquery would mean the subquery's own column.
const executionColumns = {
  id: executions.id,
  kind: executions.kind,
  status: executions.status,
  collectionId: executions.collectionId,
  params: executions.params,
  error: executions.error,
  createdAt: executions.createdAt,
  startedAt: executions.startedAt,
  finishedAt: executions.finishedAt,
  weeksCompleted: sql<number>`(select count(*) from report_data_weeks w where w.execution_id = workflow_executions.id and w.status = 'completed')::int`,
  weeksFailed: sql<number>`(select count(*) from report_data_weeks w where w.execution_id = workflow_executions.id and w.status = 'failed')::int`,
  runId: sql<string | null>`(select l.id from task_execution_logs l where l.workflow_execution_id = workflow_executions.id order by l.attempt desc, l.created_at desc limit 1)`,
};

const weekColumns = {
  id: weeks.id,
  weekStartDate: weeks.weekStartDate,
  weekEndDate: weeks.weekEndDate,
  status: weeks.status,
  executionId: weeks.executionId,
  data: weeks.data,
  errorMessage: weeks.errorMessage,
  updatedAt: weeks.updatedAt,
};

const collectionColumns = {
  id: collections.id,
  name: collections.name,
  startDate: collections.startDate,
  endDate: collections.endDate,
  taskId: collections.taskId,
  createdAt: collections.createdAt,
  weeksCollected: sql<number>`(select count(*) from report_data_weeks w where w.collection_id = report_data_collections.id and w.status in ('completed', 'failed'))::int`,
};

/** The latest execution of each collection. */
async function latestExecutions(db: Db, userId: string, collectionIds: string[]): Promise<Map<string, WorkflowExecutionRow>> {
  if (collectionIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([executions.collectionId], executionColumns)
    .from(executions)
    .where(and(eq(executions.userId, userId), inArray(executions.collectionId, collectionIds)))
    .orderBy(executions.collectionId, desc(executions.createdAt), desc(executions.id));
  return new Map(rows.map((row) => [row.collectionId!, row]));
}

/** The tenant's collections, newest first, each with its latest execution. */
export async function listCollections(db: Db, userId: string): Promise<CollectionRow[]> {
  const rows = await db.select(collectionColumns).from(collections).where(eq(collections.userId, userId)).orderBy(desc(collections.createdAt), asc(collections.id));
  const latest = await latestExecutions(db, userId, rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, latestExecution: latest.get(row.id) ?? null }));
}

export async function getCollection(db: Db, userId: string, collectionId: string): Promise<CollectionRow> {
  const [row] = await db.select(collectionColumns).from(collections).where(and(eq(collections.id, collectionId), eq(collections.userId, userId)));
  if (!row) throw new NotFoundError("collection");
  const latest = await latestExecutions(db, userId, [row.id]);
  return { ...row, latestExecution: latest.get(row.id) ?? null };
}

/** The collection's written weeks, oldest first. */
export async function listWeeks(db: Db, userId: string, collectionId: string): Promise<WeekRow[]> {
  const [owned] = await db.select({ id: collections.id }).from(collections).where(and(eq(collections.id, collectionId), eq(collections.userId, userId)));
  if (!owned) throw new NotFoundError("collection");
  return db.select(weekColumns).from(weeks).where(eq(weeks.collectionId, collectionId)).orderBy(asc(weeks.weekStartDate));
}

export async function getWorkflowExecution(db: Db, userId: string, executionId: string): Promise<WorkflowExecutionRow> {
  const [row] = await db.select(executionColumns).from(executions).where(and(eq(executions.id, executionId), eq(executions.userId, userId)));
  if (!row) throw new NotFoundError("workflow execution");
  return row;
}

/** The weeks whose current data this execution wrote, oldest first. */
export async function listExecutionWeeks(db: Db, userId: string, executionId: string): Promise<WeekRow[]> {
  return db
    .select(weekColumns)
    .from(weeks)
    .innerJoin(executions, eq(executions.id, weeks.executionId))
    .where(and(eq(weeks.executionId, executionId), eq(executions.userId, userId)))
    .orderBy(asc(weeks.weekStartDate));
}

/** A collection's executions, newest first (the collection page lists the last few). */
export async function listCollectionExecutions(db: Db, userId: string, collectionId: string, limit = 10): Promise<WorkflowExecutionRow[]> {
  return db
    .select(executionColumns)
    .from(executions)
    .where(and(eq(executions.collectionId, collectionId), eq(executions.userId, userId)))
    .orderBy(desc(executions.createdAt), desc(executions.id))
    .limit(limit);
}
