// Scheduled tasks in bulk, inserted directly (the scheduler's tests start from rows, not from the task API),
// and the figures the scheduler's tests check.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

export interface TaskSpec {
  count?: number;
  cron?: string | null;
  timezone?: string;
  misfirePolicy?: "skip" | "run_once" | "run_all";
  /** SQL expression for next_run_at, e.g. `date_trunc('minute', now())`. */
  nextRunAt?: string;
  handlerKind?: "noop" | "http" | "report_collection";
  handlerConfig?: Record<string, unknown>;
  signingSecret?: string | null;
  timeoutSeconds?: number;
  maxAttempts?: number;
  title?: string;
}

export async function insertTasks(db: Db, userId: string, projectId: string, spec: TaskSpec = {}): Promise<string[]> {
  const cron = spec.cron === undefined ? "* * * * *" : spec.cron;
  const result = await db.execute<{ id: string }>(sql`
    insert into tasks (project_id, user_id, title, cron, timezone, misfire_policy, next_run_at, handler_kind, handler_config,
                       signing_secret, timeout_seconds, max_attempts)
    select ${projectId}, ${userId}, ${spec.title ?? "Task"} || ' ' || i, ${cron}, ${cron === null ? null : (spec.timezone ?? "UTC")},
           ${spec.misfirePolicy ?? "run_once"}, ${sql.raw(cron === null ? "null" : (spec.nextRunAt ?? "date_trunc('minute', now())"))},
           ${spec.handlerKind ?? "noop"}, ${JSON.stringify(spec.handlerConfig ?? {})}::jsonb, ${spec.signingSecret ?? null},
           ${spec.timeoutSeconds ?? 60}, ${spec.maxAttempts ?? 3}
    from generate_series(1, ${spec.count ?? 1}) as i
    returning id
  `);
  return result.rows.map((r) => r.id);
}

/** Runs grouped by (task, slot, attempt) that occur more than once: must always be 0. */
export async function duplicateRuns(db: Db): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from (
      select 1 from task_execution_logs where legacy_id is null group by task_id, scheduled_for, attempt having count(*) > 1
    ) d
  `);
  return Number(result.rows[0]!.n);
}

export async function runsByStatus(db: Db): Promise<Record<string, number>> {
  const result = await db.execute<{ status: string; n: number }>(sql`select status, count(*)::int as n from task_execution_logs group by status`);
  return Object.fromEntries(result.rows.map((r) => [r.status, Number(r.n)]));
}
