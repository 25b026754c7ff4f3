// One tick of the scheduler: take or renew the leader lease, reap expired runs, plan due slots, then claim
// and run batches of queued runs until there are none or the time budget is spent. Called by
// GET/POST /api/cron/tick (Vercel Cron) and by the in-process ticker (self-hosted); any number of instances
// may call it at once — only the leader does anything, and every guarantee lives in the SQL it runs
// (lease.sql.ts, plan.sql.ts, claim.sql.ts, complete.sql.ts, reap.sql.ts).
import type { Db } from "@/lib/db/connect";
import { logError } from "@/lib/log";
import { claimRuns } from "./claim.sql";
import { finishRuns } from "./complete.sql";
import { schedulerConfig, type SchedulerConfig } from "./config";
import { executeRuns } from "./execute";
import { acquireLease, recordTickDuration, renewLease } from "./lease.sql";
import { planSlots } from "./plan";
import { selectDueTasks, writePlans, type DueTaskRow, type TaskPlan } from "./plan.sql";
import { reapExpiredRuns } from "./reap.sql";
import { endAbandonedWorkflows } from "./workflows.sql";

export interface TickReport {
  leader: boolean;
  epoch: number | null;
  reaped: number;
  dispatched: number;
  succeeded: number;
  failed: number;
  timed_out: number;
  duration_ms: number;
  /** Added to API.md's keys: runs queued from due slots, retries queued, and why the tick stopped early. */
  queued: number;
  retried: number;
  stopped: "done" | "budget" | "lease_lost" | null;
}

// Ticks of one holder run one after another within a process (the in-process ticker and a cron request may
// overlap); different holders — other instances, or the tests' simulated ones — run concurrently.
const running = new Map<string, Promise<TickReport>>();

export function runTick(db: Db, overrides: Partial<SchedulerConfig> = {}): Promise<TickReport> {
  const config = schedulerConfig(overrides);
  const previous = running.get(config.holder) ?? Promise.resolve(null);
  const next = previous.catch(() => null).then(() => tickAndRecord(db, config));
  running.set(config.holder, next);
  const forget = () => {
    if (running.get(config.holder) === next) running.delete(config.holder);
  };
  next.then(forget, forget);
  return next;
}

async function tickAndRecord(db: Db, config: SchedulerConfig): Promise<TickReport> {
  const report = await tickOnce(db, config);
  if (report.leader && report.epoch !== null) {
    // Bookkeeping for the runbook's tick-duration alert: a failure here must not fail the tick.
    await recordTickDuration(db, config.holder, report.epoch, report.duration_ms, config.tickBudgetMs).catch((error) =>
      logError("recording the tick duration failed", { component: "scheduler" }, error),
    );
  }
  return report;
}

async function tickOnce(db: Db, config: SchedulerConfig): Promise<TickReport> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const report: TickReport = { leader: false, epoch: null, reaped: 0, dispatched: 0, succeeded: 0, failed: 0, timed_out: 0, duration_ms: 0, queued: 0, retried: 0, stopped: null };
  const done = (stopped: TickReport["stopped"]) => ({ ...report, stopped, duration_ms: Math.round(elapsed()) });

  const lease = await acquireLease(db, config.holder, config.leaseMs);
  report.epoch = lease.epoch;
  if (!lease.leader || lease.epoch === null) return done(null);
  report.leader = true;
  const fence = { holder: config.holder, epoch: lease.epoch };
  const backoff = { baseMs: config.retryBaseMs, capMs: config.retryCapMs };
  let renewedAt = elapsed();
  // Renewal is an optimisation (the fence is what makes writes safe): renew once a third of the lease has gone.
  const keepLease = async () => {
    if (elapsed() - renewedAt < config.leaseMs / 3) return true;
    renewedAt = elapsed();
    return renewLease(db, config.holder, fence.epoch, config.leaseMs);
  };

  const reaped = await reapExpiredRuns(db, backoff);
  report.reaped = reaped.reaped;
  report.retried += reaped.retried;
  await endAbandonedWorkflows(db);

  for (;;) {
    if (elapsed() >= config.tickBudgetMs) return done("budget");
    if (!(await keepLease())) return done("lease_lost");
    const { now, tasks } = await selectDueTasks(db, config.planBatchSize);
    if (tasks.length === 0) break;
    const written = await writePlans(db, fence, tasks.map((task) => planTask(task, now, config.misfireGraceMs)));
    report.queued += written.queued;
    // Nothing advanced: the lease is gone (the fence matched nothing) or every task was edited meanwhile.
    if (written.advanced === 0) {
      if (!(await renewLease(db, config.holder, fence.epoch, config.leaseMs))) return done("lease_lost");
      break;
    }
    if (tasks.length < config.planBatchSize) break;
  }

  // `workers` claim loops side by side (SKIP LOCKED hands each a different batch): one runs its handlers while
  // another's statements are in the database.
  let stopped: TickReport["stopped"] = "done";
  const claimLoop = async () => {
    for (;;) {
      if (stopped !== "done") return;
      if (elapsed() >= config.tickBudgetMs) return void (stopped = "budget");
      if (!(await keepLease())) return void (stopped = "lease_lost");
      const runs = await claimRuns(db, fence, { limit: config.batchSize, leaseGraceMs: config.runLeaseGraceMs });
      if (runs.length === 0) return;
      report.dispatched += runs.length;
      const finished = await finishRuns(db, config.holder, await executeRuns(db, runs), backoff);
      report.succeeded += finished.succeeded;
      report.failed += finished.failed;
      report.timed_out += finished.timedOut;
      report.retried += finished.retried;
    }
  };
  await Promise.all(Array.from({ length: config.workers }, claimLoop));
  return done(stopped);
}

function planTask(task: DueTaskRow, now: Date, misfireGraceMs: number): TaskPlan {
  try {
    const plan = planSlots(task, now, misfireGraceMs);
    const skipped = plan.skipped;
    return {
      task,
      run: plan.run,
      nextRunAt: plan.nextRunAt,
      event: skipped
        ? {
            type: "misfire_skipped",
            detail: { policy: task.misfirePolicy, skipped: skipped.count, at_least: skipped.atLeast, first: skipped.first.toISOString(), last: skipped.last.toISOString() },
          }
        : null,
    };
  } catch (error) {
    // A schedule croner cannot read any more (e.g. a timezone this runtime no longer knows) stops being
    // scheduled — next_run_at null — instead of being retried forever; the event says why.
    logError("task schedule unusable", { component: "scheduler", taskId: task.id }, error);
    return { task, run: [], nextRunAt: null, event: { type: "schedule_invalid", detail: { reason: error instanceof Error ? error.message : String(error) } } };
  }
}
