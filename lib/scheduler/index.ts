// The scheduler: the public surface the routes, pages, admin tools and instrumentation use.
import type { Db } from "@/lib/db/connect";
import { schedulerConfig } from "./config";
import { reapExpiredRuns, type ReapCounts } from "./reap.sql";
import { endAbandonedWorkflows } from "./workflows.sql";

export { runTick, type TickReport } from "./tick";
export { wakeTicker } from "./ticker";
export { tickerEnabled, schedulerConfig, type SchedulerConfig } from "./config";
export { readLease, type LeaseState } from "./lease.sql";
export { queueManualRun, type ManualRun } from "./manual-run";
export { schedulerDashboard, upcomingRuns, outcomesPerHour, listEvents, UPCOMING_LIMIT, type SchedulerDashboard, type UpcomingRun, type HourlyOutcomes, type EventRow } from "./queries";
export { dashboardJson, eventJson } from "./serializers";
export { describeCron } from "./describe-cron";
export { PermanentHandlerError, SIGNATURE_HEADER, signPayload, verifySignature, type Handler, type RunContext } from "./handlers";
export * from "./schemas";
export { schedulerOperations } from "./openapi";

/**
 * The reaper with the configured retry backoff, then the sweep of workflow executions whose runs have all ended
 * (the tick runs both first; admins can run them on demand).
 */
export async function reapStaleRuns(db: Db, limit = 10_000): Promise<ReapCounts & { workflowsEnded: number }> {
  const config = schedulerConfig();
  const reaped = await reapExpiredRuns(db, { baseMs: config.retryBaseMs, capMs: config.retryCapMs }, limit);
  return { ...reaped, workflowsEnded: await endAbandonedWorkflows(db, limit) };
}
