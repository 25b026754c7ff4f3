// One week of a collection, computed and written by one statement: the week's figures come from the tenant's
// task_execution_logs of that week, and the same INSERT … ON CONFLICT writes them with execution_id = the
// workflow execution that computed them (seed 002). A week's data and the execution that produced it therefore
// change together or not at all: a re-run replaces both, a crash in between leaves the previous pair whole.
//
// Weeks are UTC: [Monday 00:00Z, next Monday 00:00Z) of scheduled_for.
// Indexes relied on: the compatible tenant read (lib/logs visibleTo) on idx_task_execution_logs_user_id_str_status_date
// and idx_task_execution_logs_legacy_user_id_status_date. `status = any(every status)` is there so that the
// week's range on scheduled_for, the index's third column, bounds the scan (one descent per status) instead of
// reading all the tenant's runs; report_data_weeks_collection_week_key is the upsert's target.
import { sql } from "drizzle-orm";
import { EXECUTION_STATUSES, taskExecutionLogs as logs } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { visibleTo } from "@/lib/logs";
import type { IsoWeek } from "./iso-weeks";

export interface WeekTarget {
  collectionId: string;
  executionId: string;
  userId: string;
  week: IsoWeek;
}

const DAY_MS = 86_400_000;

function figures(filter = sql`true`) {
  return sql`
    count(*) filter (where ${filter})::int as runs,
    count(*) filter (where ${filter} and status = 'succeeded')::int as succeeded,
    count(*) filter (where ${filter} and status = 'failed')::int as failed,
    count(*) filter (where ${filter} and status = 'timed_out')::int as timed_out,
    round((percentile_cont(0.5) within group (order by duration_ms) filter (where ${filter}))::numeric, 1)::float8 as p50_ms,
    round((percentile_cont(0.95) within group (order by duration_ms) filter (where ${filter}))::numeric, 1)::float8 as p95_ms`;
}

/** Collects the week and writes it `completed`, linked to the execution. Throws if either step fails. */
export async function writeCollectedWeek(db: Db, target: WeekTarget): Promise<void> {
  const from = new Date(`${target.week.start}T00:00:00Z`);
  const to = new Date(from.getTime() + 7 * DAY_MS);
  await db.execute(sql`
    with runs as (
      select ${logs.status} as status, ${logs.durationMs} as duration_ms, t.platform
      from ${logs} left join tasks t on t.id = ${logs.taskId}
      where ${visibleTo(target.userId)}
        and ${logs.status} = any(${sql.raw(`array[${EXECUTION_STATUSES.map((s) => `'${s}'`).join(", ")}]`)})
        and ${logs.scheduledFor} >= ${from.toISOString()}::timestamptz and ${logs.scheduledFor} < ${to.toISOString()}::timestamptz
    ),
    total as (select ${figures()} from runs),
    per_platform as (select platform, ${figures()} from runs group by platform),
    data as (
      select jsonb_build_object(
        'runs', total.runs, 'succeeded', total.succeeded, 'failed', total.failed, 'timed_out', total.timed_out,
        'p50_ms', total.p50_ms, 'p95_ms', total.p95_ms,
        'by_platform', coalesce((
          select jsonb_agg(to_jsonb(p) order by p.runs desc, p.platform nulls last) from per_platform p
        ), '[]'::jsonb)
      ) as data
      from total
    )
    insert into report_data_weeks (collection_id, week_start_date, week_end_date, status, execution_id, data, error_message)
    select ${target.collectionId}, ${target.week.start}::date, ${target.week.end}::date, 'completed', ${target.executionId}, data.data, null
    from data
    on conflict (collection_id, week_start_date) do update
    set week_end_date = excluded.week_end_date, status = 'completed', execution_id = excluded.execution_id,
        data = excluded.data, error_message = null, updated_at = now()
  `);
}

/**
 * Records that the execution could not collect the week: `failed`, its error, no data. The week's previous data
 * goes: it belonged to an earlier execution, and execution_id now names this one (run the collection again to
 * collect the week again).
 */
export async function writeFailedWeek(db: Db, target: WeekTarget, errorMessage: string): Promise<void> {
  await db.execute(sql`
    insert into report_data_weeks (collection_id, week_start_date, week_end_date, status, execution_id, data, error_message)
    values (${target.collectionId}, ${target.week.start}::date, ${target.week.end}::date, 'failed', ${target.executionId}, null, ${errorMessage})
    on conflict (collection_id, week_start_date) do update
    set week_end_date = excluded.week_end_date, status = 'failed', execution_id = excluded.execution_id,
        data = null, error_message = excluded.error_message, updated_at = now()
  `);
}
