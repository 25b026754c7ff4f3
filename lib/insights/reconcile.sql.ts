// The platform-insights reconcile (seed 001, P2.B): one set-based statement recomputes every tenant's
// insights from its tasks and their runs and upserts them on UNIQUE (user_id, platform).
//
// Guarantees, and why they hold:
// - Race-safe: ON CONFLICT (user_id, platform) DO UPDATE turns a concurrent call's insert of the same pair
//   into an update of it, so no call fails and no pair is stored twice. The rows are upserted in
//   (user_id, platform) order, so two calls lock the rows they share in the same order and cannot deadlock.
// - Idempotent: the rows depend only on the data, so any number of calls, one after another or at once,
//   leave the same rows as one call (computed_at says which call wrote each last).
// - Rows of platforms that no tenant task carries any more are deleted by the same statement.
// Counted: runs of the last 7 days by their slot (scheduled_for, the index task_execution_logs_task_id_
// scheduled_for_idx per task), once started (queued runs are not runs yet); success rate = succeeded ÷
// finished among them. Tasks without a platform label are not a platform and are not counted.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

export interface InsightsReconcileResult {
  /** Insight rows written (inserted or updated). */
  upserted: number;
  /** Tenants with at least one platform. */
  tenants: number;
  /** Rows deleted because their platform no longer has tasks. */
  removed: number;
}

const FINISHED = sql.raw(`('succeeded', 'failed', 'timed_out', 'cancelled')`);

export async function upsertPlatformInsights(db: Db): Promise<InsightsReconcileResult> {
  const result = await db.execute<{ upserted: number; tenants: number; removed: number }>(sql`
    with per_task as (
      select t.user_id, t.platform, w.runs, w.succeeded, w.finished, last_run.started_at as last_run_at
      from tasks t
      cross join lateral (
        select count(*)::int as runs,
               count(*) filter (where l.status = 'succeeded')::int as succeeded,
               count(*) filter (where l.status in ${FINISHED})::int as finished
        from task_execution_logs l
        where l.task_id = t.id and l.scheduled_for >= now() - interval '7 days' and l.scheduled_for <= now() and l.status <> 'queued'
      ) w
      left join lateral (
        select l.started_at from task_execution_logs l
        where l.task_id = t.id and l.started_at is not null
        order by l.scheduled_for desc, l.started_at desc
        limit 1
      ) last_run on true
      where t.platform is not null
    ), fresh as (
      select user_id, platform, count(*)::int as tasks, sum(runs)::int as runs_7d,
             case when sum(finished) = 0 then null else round(sum(succeeded)::numeric / sum(finished), 4)::float8 end as success_rate_7d,
             max(last_run_at) as last_run_at
      from per_task
      group by user_id, platform
    ), upserted as (
      insert into platform_insights (user_id, platform, tasks, runs_7d, success_rate_7d, last_run_at, computed_at)
      select user_id, platform, tasks, runs_7d, success_rate_7d, last_run_at, now() from fresh
      order by user_id, platform
      on conflict (user_id, platform) do update set
        tasks = excluded.tasks,
        runs_7d = excluded.runs_7d,
        success_rate_7d = excluded.success_rate_7d,
        last_run_at = excluded.last_run_at,
        computed_at = excluded.computed_at
      returning user_id
    ), removed as (
      delete from platform_insights p
      where not exists (select 1 from fresh f where f.user_id = p.user_id and f.platform = p.platform)
      returning 1
    )
    select (select count(*)::int from upserted) as upserted,
           (select count(distinct user_id)::int from upserted) as tenants,
           (select count(*)::int from removed) as removed
  `);
  const row = result.rows[0]!;
  return { upserted: row.upserted, tenants: row.tenants, removed: row.removed };
}
