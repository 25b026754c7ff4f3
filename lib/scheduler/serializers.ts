// Where the scheduler's rows (camelCase) become API JSON (snake_case).
import type { EventRow, SchedulerDashboard } from "./queries";

export function dashboardJson(d: SchedulerDashboard) {
  return {
    counts_by_status: d.countsByStatus,
    last_24h: { runs: d.last24h.runs, succeeded: d.last24h.succeeded, failed: d.last24h.failed, timed_out: d.last24h.timedOut, p50_ms: d.last24h.p50Ms, p95_ms: d.last24h.p95Ms },
    upcoming: d.upcoming.map((u) => ({
      task: { id: u.task.id, title: u.task.title, project_id: u.task.projectId, platform: u.task.platform, handler_kind: u.task.handlerKind },
      next_run_at: u.nextRunAt.toISOString(),
    })),
    leader: d.lease?.live ? { holder: d.lease.holder, epoch: d.lease.epoch, expires_at: d.lease.expiresAt.toISOString() } : null,
    last_tick_at: d.lease?.lastTickAt.toISOString() ?? null,
  };
}

export function eventJson(e: EventRow) {
  return { id: e.id, type: e.type, execution_id: e.executionId, task_id: e.taskId, epoch: e.epoch, detail: e.detail, created_at: e.createdAt.toISOString() };
}
