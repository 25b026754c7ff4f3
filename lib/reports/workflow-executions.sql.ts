// The life of a report_collection workflow execution: queued (by POST …/run, or opened by a scheduled run of
// the collection's task), running while its run collects the weeks, then succeeded, partial or failed.
// Guarantee: at most one live (queued or running) execution per collection — the partial unique index
// workflow_executions_live_collection_key decides, so two runs never collect the same collection at once.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import type { WORKFLOW_STATUSES } from "@/drizzle";

export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/**
 * A run of the collection's task that was not queued for an execution (its schedule, or "Run now" on the task
 * page) opens one and links itself to it, in one statement. `executionId` is null when the collection already
 * has a live execution (that one does the work); `collectionExists` is false when the tenant has no such collection.
 */
export async function openExecutionForRun(
  db: Db,
  userId: string,
  collectionId: string,
  runId: string,
): Promise<{ executionId: string | null; collectionExists: boolean }> {
  const result = await db.execute<{ id: string | null; collection_exists: boolean }>(sql`
    with c as (
      select id, start_date, end_date from report_data_collections where id = ${collectionId} and user_id = ${userId}
    ),
    created as (
      insert into workflow_executions (user_id, kind, status, params, collection_id)
      select ${userId}, 'report_collection', 'queued',
             jsonb_build_object('collection_id', c.id, 'start_date', c.start_date, 'end_date', c.end_date), c.id
      from c
      on conflict (collection_id) where status in ('queued', 'running') do nothing
      returning id
    ),
    linked as (
      update task_execution_logs set workflow_execution_id = (select id from created)
      where id = ${runId} and exists (select 1 from created)
    )
    select (select id from created) as id, exists (select 1 from c) as collection_exists
  `);
  const row = result.rows[0]!;
  return { executionId: row.id, collectionExists: row.collection_exists };
}

export interface StartedExecution {
  collectionId: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The database's current date (UTC): weeks that start after it are not collected yet. */
  today: string;
}

/** Marks the execution running (again, for a retry) and reads what it collects. Null: no such execution. */
export async function startExecution(db: Db, userId: string, executionId: string): Promise<StartedExecution | null> {
  const result = await db.execute<{ collection_id: string | null; start_date: string | null; end_date: string | null; today: string }>(sql`
    update workflow_executions we
    set status = 'running', started_at = coalesce(we.started_at, now()), finished_at = null, error = null
    from (select (now() at time zone 'UTC')::date::text as today) d
    where we.id = ${executionId} and we.user_id = ${userId}
    returning we.collection_id,
              (select c.start_date::text from report_data_collections c where c.id = we.collection_id) as start_date,
              (select c.end_date::text from report_data_collections c where c.id = we.collection_id) as end_date,
              d.today
  `);
  const row = result.rows[0];
  if (!row) return null;
  return { collectionId: row.collection_id, startDate: row.start_date, endDate: row.end_date, today: row.today };
}

export async function recordWeeksPlanned(db: Db, executionId: string, weeksPlanned: number): Promise<void> {
  await db.execute(sql`
    update workflow_executions set params = params || jsonb_build_object('weeks_planned', ${weeksPlanned}::int)
    where id = ${executionId}
  `);
}

/** Ends a running execution. An execution something else already ended (the sweep of abandoned runs) stays as it is. */
export async function finishExecution(db: Db, executionId: string, status: Exclude<WorkflowStatus, "queued" | "running">, error: string | null): Promise<void> {
  await db.execute(sql`
    update workflow_executions set status = ${status}, error = ${error}, finished_at = now()
    where id = ${executionId} and status = 'running'
  `);
}
