// Reads of the scheduler's state for one tenant (or an admin): the dashboard's figures, upcoming runs,
// outcomes per hour, the event log. All read-only; runs are read through the logs' compatible tenant filter.
// Indexes relied on: idx_task_execution_logs_user_id_str_status_date (a tenant's runs by status and date),
// tasks_user_id_idx (a tenant's tasks), scheduler_events_user_id_created_at_idx and
// scheduler_events_scheduler_wide_created_at_idx (a tenant's events and the scheduler-wide ones, newest first).
import { and, asc, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { EXECUTION_STATUSES, schedulerEvents, taskExecutionLogs as logs, tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { offsetOf } from "@/lib/http/pagination";
import { visibleTo } from "@/lib/logs/tenant-filter";
import { readLease, type LeaseState } from "./lease.sql";
import type { EventListQuery } from "./schemas";

type Status = (typeof EXECUTION_STATUSES)[number];

export const UPCOMING_LIMIT = 10;

export interface UpcomingRun {
  task: { id: string; title: string; projectId: string; platform: string | null; handlerKind: "noop" | "http" | "report_collection" };
  nextRunAt: Date;
  cron: string;
  timezone: string;
}

export interface SchedulerDashboard {
  countsByStatus: Record<Status, number>;
  last24h: { runs: number; succeeded: number; failed: number; timedOut: number; p50Ms: number | null; p95Ms: number | null };
  upcoming: UpcomingRun[];
  lease: LeaseState | null;
}

export async function schedulerDashboard(db: Db, userId: string): Promise<SchedulerDashboard> {
  const [byStatus, last24h, upcoming, lease] = await Promise.all([
    db
      .select({ status: logs.status, n: count() })
      .from(logs)
      .where(and(visibleTo(userId), or(sql`${logs.scheduledFor} >= now() - interval '24 hours'`, sql`${logs.status} in ('queued', 'running')`)))
      .groupBy(logs.status),
    db.execute<{ runs: number; succeeded: number; failed: number; timed_out: number; p50: number | null; p95: number | null }>(sql`
      select count(*)::int as runs,
             count(*) filter (where status = 'succeeded')::int as succeeded,
             count(*) filter (where status = 'failed')::int as failed,
             count(*) filter (where status = 'timed_out')::int as timed_out,
             round(percentile_cont(0.5) within group (order by duration_ms))::int as p50,
             round(percentile_cont(0.95) within group (order by duration_ms))::int as p95
      from task_execution_logs
      where ${visibleTo(userId)} and status in ('succeeded', 'failed', 'timed_out') and scheduled_for >= now() - interval '24 hours'
    `),
    upcomingRuns(db, userId, UPCOMING_LIMIT),
    readLease(db),
  ]);
  const countsByStatus = Object.fromEntries(EXECUTION_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const row of byStatus) countsByStatus[row.status] = Number(row.n);
  const figures = last24h.rows[0]!;
  return {
    countsByStatus,
    last24h: {
      runs: Number(figures.runs),
      succeeded: Number(figures.succeeded),
      failed: Number(figures.failed),
      timedOut: Number(figures.timed_out),
      p50Ms: figures.p50 === null ? null : Number(figures.p50),
      p95Ms: figures.p95 === null ? null : Number(figures.p95),
    },
    upcoming,
    lease,
  };
}

/** The tenant's enabled scheduled tasks, soonest next run first. */
export async function upcomingRuns(db: Db, userId: string, limit: number): Promise<UpcomingRun[]> {
  const rows = await db
    .select({
      id: tasks.id,
      title: tasks.title,
      projectId: tasks.projectId,
      platform: tasks.platform,
      handlerKind: tasks.handlerKind,
      nextRunAt: tasks.nextRunAt,
      cron: tasks.cron,
      timezone: tasks.timezone,
    })
    .from(tasks)
    .where(and(eq(tasks.userId, userId), eq(tasks.enabled, true), isNotNull(tasks.nextRunAt)))
    .orderBy(asc(tasks.nextRunAt))
    .limit(limit);
  return rows.map((r) => ({
    task: { id: r.id, title: r.title, projectId: r.projectId, platform: r.platform, handlerKind: r.handlerKind },
    nextRunAt: r.nextRunAt!,
    cron: r.cron ?? "",
    timezone: r.timezone ?? "UTC",
  }));
}

export interface HourlyOutcomes {
  hour: Date;
  succeeded: number;
  failed: number;
  timedOut: number;
}

/** Finished runs per hour over the last 24 hours (the hours with none included), oldest first. */
export async function outcomesPerHour(db: Db, userId: string): Promise<HourlyOutcomes[]> {
  const result = await db.execute<{ hour: string | Date; succeeded: number; failed: number; timed_out: number }>(sql`
    with hours as (
      select generate_series(date_trunc('hour', now()) - interval '23 hours', date_trunc('hour', now()), interval '1 hour') as hour
    ), runs as (
      select date_trunc('hour', scheduled_for) as hour, status from task_execution_logs
      where ${visibleTo(userId)} and status in ('succeeded', 'failed', 'timed_out')
        and scheduled_for >= date_trunc('hour', now()) - interval '23 hours'
    )
    select h.hour,
           count(r.status) filter (where r.status = 'succeeded')::int as succeeded,
           count(r.status) filter (where r.status = 'failed')::int as failed,
           count(r.status) filter (where r.status = 'timed_out')::int as timed_out
    from hours h left join runs r on r.hour = h.hour
    group by h.hour order by h.hour
  `);
  return result.rows.map((r) => ({ hour: new Date(r.hour), succeeded: Number(r.succeeded), failed: Number(r.failed), timedOut: Number(r.timed_out) }));
}

export interface EventViewer {
  id: string;
  isAdmin: boolean;
}

export type EventRow = typeof schedulerEvents.$inferSelect;

/** Events a viewer may see: a tenant its own and the scheduler-wide ones; an admin all. Newest first. */
export async function listEvents(db: Db, viewer: EventViewer, query: EventListQuery): Promise<{ events: EventRow[]; totalCount: number }> {
  const conditions: SQL[] = [];
  if (!viewer.isAdmin) conditions.push(or(eq(schedulerEvents.userId, viewer.id), isNull(schedulerEvents.userId))!);
  if (query.type) conditions.push(eq(schedulerEvents.type, query.type));
  const where = conditions.length ? and(...conditions) : undefined;
  const [events, [total]] = await Promise.all([
    db.select().from(schedulerEvents).where(where).orderBy(desc(schedulerEvents.createdAt), desc(schedulerEvents.id)).limit(query.page_size).offset(offsetOf(query)),
    db.select({ n: count() }).from(schedulerEvents).where(where),
  ]);
  return { events, totalCount: Number(total?.n ?? 0) };
}
