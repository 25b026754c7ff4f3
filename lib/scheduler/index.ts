// The scheduler: the public surface the routes, pages, admin tools and instrumentation use.
import type { Db } from "@/lib/db/connect";
import { schedulerConfig } from "./config";
import { reapExpiredRuns, type ReapCounts } from "./reap.sql";

export { runTick, type TickReport } from "./tick";
export { wakeTicker } from "./ticker";
export { tickerEnabled, schedulerConfig, type SchedulerConfig } from "./config";
export { readLease, type LeaseState } from "./lease.sql";
export { queueManualRun, type ManualRun } from "./manual-run";
export { schedulerDashboard, upcomingRuns, outcomesPerHour, listEvents, UPCOMING_LIMIT, type SchedulerDashboard, type UpcomingRun, type HourlyOutcomes, type EventRow } from "./queries";
export { dashboardJson, eventJson } from "./serializers";
export { describeCron } from "./describe-cron";
export { setHandler, SIGNATURE_HEADER, signPayload, verifySignature } from "./handlers";
export * from "./schemas";
export { schedulerOperations } from "./openapi";

/** The reaper with the configured retry backoff (the tick runs it first; admins can run it on demand). */
export function reapStaleRuns(db: Db, limit = 10_000): Promise<ReapCounts> {
  const config = schedulerConfig();
  return reapExpiredRuns(db, { baseMs: config.retryBaseMs, capMs: config.retryCapMs }, limit);
}
