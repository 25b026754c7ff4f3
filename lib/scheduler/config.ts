// The scheduler's knobs, read from the environment once per tick (so tests and operators can change them
// without a restart). Every duration is in milliseconds unless its name says otherwise.
import os from "node:os";
import { randomBytes } from "node:crypto";

export interface SchedulerConfig {
  /** Who this process is when it holds the lease: host, pid and a random suffix (a restart is a new holder). */
  holder: string;
  /** How long a leader's lease lasts without renewal. A leader renews it at every tick and between batches. */
  leaseMs: number;
  /** A tick stops claiming new runs once it has run this long (runs already claimed finish). */
  tickBudgetMs: number;
  /** How many runs one claim takes, and so how many handlers run at once. */
  batchSize: number;
  /** How many claim loops a tick runs side by side. */
  workers: number;
  /** How many due tasks one planning statement covers. */
  planBatchSize: number;
  /** A run's lease is its task's timeout_seconds plus this; past it the reaper times the run out. */
  runLeaseGraceMs: number;
  /** A slot later than this when planned counts as missed (misfire policy); earlier it is just on time. */
  misfireGraceMs: number;
  /** Retry backoff: base × 2^(attempt−1), at most the cap, with jitter (half fixed, half random). */
  retryBaseMs: number;
  retryCapMs: number;
}

/** The in-process ticker's period (self-hosted). Vercel Cron calls /api/cron/tick once a minute instead. */
export function tickerPeriodMs(): number {
  return envInt("SCHEDULER_TICK_MS", 5_000, 100);
}

/** Whether this process runs its own ticker: on unless SCHEDULER_TICKER=off, and never on Vercel. */
export function tickerEnabled(): boolean {
  return process.env.SCHEDULER_TICKER !== "off" && !process.env.VERCEL;
}

const processHolder = `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

export function schedulerConfig(overrides: Partial<SchedulerConfig> = {}): SchedulerConfig {
  return {
    holder: processHolder,
    leaseMs: envInt("SCHEDULER_LEASE_MS", 30_000, 100),
    // 25 s: well inside the shortest Vercel function limit that runs a cron job (60 s), leaving room for the
    // runs of the last batch to finish.
    tickBudgetMs: envInt("SCHEDULER_TICK_BUDGET_MS", 25_000, 100),
    batchSize: envInt("SCHEDULER_BATCH_SIZE", 500, 1),
    workers: envInt("SCHEDULER_WORKERS", 2, 1),
    planBatchSize: envInt("SCHEDULER_PLAN_BATCH_SIZE", 500, 1),
    runLeaseGraceMs: envInt("SCHEDULER_RUN_LEASE_GRACE_MS", 10_000, 0),
    misfireGraceMs: envInt("SCHEDULER_MISFIRE_GRACE_MS", 90_000, 0),
    retryBaseMs: envInt("SCHEDULER_RETRY_BASE_MS", 10_000, 0),
    retryCapMs: envInt("SCHEDULER_RETRY_CAP_MS", 3_600_000, 0),
    ...overrides,
  };
}

function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min} (got "${raw}").`);
  return value;
}
