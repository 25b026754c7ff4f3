// Workflow executions whose runs have all ended without the workflow ending. A workflow (a report collection)
// is ended by its handler; when the handler never got to (its worker crashed and the reaped run was not retried,
// the run failed before the handler started, or its task was deleted with its runs) the execution would stay
// queued or running for ever — and a collection's live execution blocks its next run. This sweep ends it as
// failed, saying what happened to its last run. One statement, run at every tick after the reaper.
//
// Safe against the handler: an execution is swept only while none of its runs is queued or running, and a
// handler runs only inside a running run; finishing a run and queueing its retry are one statement
// (complete.sql.ts, reap.sql.ts), so a retry in between is never missed. A retry that starts later reopens it.
// Indexes relied on: workflow_executions_open_idx, task_execution_logs_workflow_execution_id_idx.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

export async function endAbandonedWorkflows(db: Db, limit = 1_000): Promise<number> {
  const result = await db.execute<{ ended: number }>(sql`
    with abandoned as (
      select we.id, last_run.status as run_status, last_run.error as run_error
      from workflow_executions we
      left join lateral (
        select l.status, l.error from task_execution_logs l
        where l.workflow_execution_id = we.id
        order by l.attempt desc, l.created_at desc
        limit 1
      ) last_run on true
      where we.status in ('queued', 'running')
        and not exists (
          select 1 from task_execution_logs l
          where l.workflow_execution_id = we.id and l.status in ('queued', 'running')
        )
      order by we.created_at
      limit ${limit}
      for update of we skip locked
    ),
    ended as (
      update workflow_executions we
      set status = 'failed', finished_at = now(),
          error = coalesce(we.error, case
            when a.run_status is null then 'Its run no longer exists (the task that ran it was deleted).'
            else 'Its run ended ' || a.run_status || ' before the workflow finished' || coalesce(': ' || a.run_error, '.')
          end)
      from abandoned a
      where we.id = a.id
      returning we.id
    )
    select count(*)::int as ended from ended
  `);
  return Number(result.rows[0]!.ended);
}
