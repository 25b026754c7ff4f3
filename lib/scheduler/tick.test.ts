// The scheduler's tick against real Postgres (both drivers): no duplicate dispatch under 50 concurrent ticks,
// misfire policies, retries with backoff, timeouts, fenced completion after a reap, manual runs, and a
// connection killed mid-tick.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cronSchedule } from "@/lib/tasks";
import { setupTestDatabase } from "@/test/harness/test-database";
import { insertProject, insertTenant } from "@/test/harness/tenants";
import { holdRowLock, terminateBlockedBackend } from "@/test/harness/blocked-backend";
import { duplicateRuns, insertTasks, runsByStatus } from "@/test/harness/scheduled-tasks";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/harness/webhook-receiver";
import { claimRuns } from "./claim.sql";
import { finishRuns } from "./complete.sql";
import { acquireLease } from "./lease.sql";
import { queueManualRun } from "./manual-run";
import { reapExpiredRuns } from "./reap.sql";
import { runTick, type TickReport } from "./tick";
import type { SchedulerConfig } from "./config";

const t = setupTestDatabase();
let user: string;
let project: string;

// Fast settings for tests: no retry delay unless a test asks for one.
const fast = (holder: string, extra: Partial<SchedulerConfig> = {}): Partial<SchedulerConfig> => ({ holder, retryBaseMs: 0, runLeaseGraceMs: 0, ...extra });
const count = async (query: ReturnType<typeof sql>) => Number((await t.db.execute<{ n: number }>(query)).rows[0]!.n);

beforeEach(async () => {
  await t.db.execute(sql`truncate scheduler_leases, scheduler_events, task_execution_logs, tasks, projects, "user" cascade`);
  user = await insertTenant(t.db, "tenant-a");
  project = await insertProject(t.db, user);
});

describe("no duplicate dispatch", () => {
  it("50 concurrent ticks × 20 rounds over 2,000 due tasks: 0 duplicates, one leader per epoch, every due slot run once", { timeout: 240_000 }, async () => {
    const initial = await t.db.execute<{ at: string }>(sql`select date_trunc('minute', now()) as at`);
    await insertTasks(t.db, user, project, { count: 2_000, misfirePolicy: "run_all", nextRunAt: "date_trunc('minute', now())" });
    // Five pools stand for five app instances; 50 ticks per round spread over them, ten holders per pool.
    const instances = Array.from({ length: 5 }, () => t.open(6).db);
    const reports: (TickReport & { holder: string })[] = [];
    for (let round = 0; round < 20; round++) {
      const ticks = Array.from({ length: 50 }, async (_, i) => {
        const holder = `instance-${i % 5}-worker-${i}`;
        // A short lease, so leadership changes hands between (and during) rounds.
        const report = await runTick(instances[i % 5]!, fast(holder, { leaseMs: 400, batchSize: 250 }));
        reports.push({ ...report, holder });
      });
      await Promise.all(ticks);
      // Every fourth round, nobody ticks for longer than the lease: the next round must elect a new leader.
      if (round % 4 === 3) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Drain whatever the last leader left queued (its lease may have lapsed mid-batch).
    for (let i = 0; i < 10 && (await count(sql`select count(*)::int as n from task_execution_logs where status in ('queued', 'running')`)) > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 450));
      reports.push({ ...(await runTick(t.db, fast("drain", { leaseMs: 30_000 }))), holder: "drain" });
    }

    const leaders = reports.filter((r) => r.leader);
    expect(leaders.length).toBeGreaterThan(0);
    const holdersByEpoch = new Map<number, Set<string>>();
    for (const r of leaders) holdersByEpoch.set(r.epoch!, (holdersByEpoch.get(r.epoch!) ?? new Set()).add(r.holder));
    for (const [epoch, holders] of holdersByEpoch) expect({ epoch, holders: [...holders] }).toEqual({ epoch, holders: [...holders].slice(0, 1) });
    expect(holdersByEpoch.size).toBeGreaterThanOrEqual(5); // the lease did change hands
    const leaderChanges = await count(sql`select count(*)::int as n from scheduler_events where type = 'leader_changed'`);
    expect(leaderChanges).toBe(Math.max(...holdersByEpoch.keys()));

    expect(await duplicateRuns(t.db)).toBe(0);
    expect(await runsByStatus(t.db)).toEqual({ succeeded: expect.any(Number) });
    // Every slot from the first due one up to each task's next_run_at ran exactly once, and nothing else ran.
    const wrong = await count(sql`
      select count(*)::int as n from tasks t
      where (select count(*) from task_execution_logs l where l.task_id = t.id)
         <> extract(epoch from t.next_run_at - ${initial.rows[0]!.at}::timestamptz) / 60
         or t.next_run_at <= now() - interval '90 seconds'
    `);
    expect(wrong).toBe(0);
    const total = await count(sql`select count(*)::int as n from task_execution_logs`);
    expect(total).toBeGreaterThanOrEqual(2_000);
    // What the ticks say they ran is what the table holds.
    expect(leaders.reduce((sum, r) => sum + r.succeeded, 0)).toBe(total);
  });
});

describe("tick bookkeeping", () => {
  it("the leader records its last tick's duration and budget on the lease row; a non-leader records nothing", async () => {
    const leader = await runTick(t.db, fast("recorder", { tickBudgetMs: 12_345 }));
    expect(leader.leader).toBe(true);
    const lease = async () =>
      (await t.db.execute<{ holder: string; last_tick_duration_ms: number; last_tick_budget_ms: number }>(
        sql`select holder, last_tick_duration_ms, last_tick_budget_ms from scheduler_leases where name = 'scheduler'`,
      )).rows[0]!;
    expect(await lease()).toEqual({ holder: "recorder", last_tick_duration_ms: leader.duration_ms, last_tick_budget_ms: 12_345 });

    const other = await runTick(t.db, fast("bystander", { tickBudgetMs: 999 }));
    expect(other.leader).toBe(false);
    expect(await lease()).toMatchObject({ holder: "recorder", last_tick_budget_ms: 12_345 });
    // Let the tests that follow take the lease at once.
    await t.db.execute(sql`update scheduler_leases set expires_at = now() where name = 'scheduler'`);
  });
});

describe("misfire policies through the tick", () => {
  it("after five missed hourly slots: skip runs none, run_once one catch-up, run_all all five", async () => {
    const now = new Date((await t.db.execute<{ now: string }>(sql`select now()`)).rows[0]!.now);
    const minute = (now.getUTCMinutes() + 30) % 60; // the slots are ~30 minutes old: missed, not on time
    const cron = `${minute} * * * *`;
    const slots = cronSchedule(cron, "UTC").previousRuns(5, now).reverse();
    const first = slots[0]!.toISOString();
    const ids: Record<string, string> = {};
    for (const policy of ["skip", "run_once", "run_all"] as const) {
      ids[policy] = (await insertTasks(t.db, user, project, { cron, misfirePolicy: policy, nextRunAt: `'${first}'::timestamptz`, title: policy }))[0]!;
    }
    const report = await runTick(t.db, fast("solo"));
    expect(report).toMatchObject({ leader: true, queued: 6, dispatched: 6, succeeded: 6 });

    const ran = async (policy: string) =>
      (await t.db.execute<{ at: string }>(sql`select to_json(scheduled_for)#>>'{}' as at from task_execution_logs where task_id = ${ids[policy]!} order by scheduled_for`)).rows.map((r) => new Date(r.at).toISOString());
    expect(await ran("skip")).toEqual([]);
    expect(await ran("run_once")).toEqual([slots[4]!.toISOString()]);
    expect(await ran("run_all")).toEqual(slots.map((s) => s.toISOString()));

    const skipped = await t.db.execute<{ task_id: string; skipped: number }>(sql`
      select task_id, (detail->>'skipped')::int as skipped from scheduler_events where type = 'misfire_skipped'`);
    expect(Object.fromEntries(skipped.rows.map((r) => [r.task_id, r.skipped]))).toEqual({ [ids.skip!]: 5, [ids.run_once!]: 4 });
    // Every task now waits for its next slot, in the future.
    expect(await count(sql`select count(*)::int as n from tasks where next_run_at <= now()`)).toBe(0);
  });
});

describe("handlers, retries and timeouts", () => {
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    process.env.SCHEDULER_ALLOW_PRIVATE_TARGETS = "1";
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    delete process.env.SCHEDULER_ALLOW_PRIVATE_TARGETS;
    await receiver.close();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.mode = "ok";
  });

  it("a failing webhook is retried as attempt 2 and 3, then left failed at max_attempts", async () => {
    receiver.mode = "fail";
    const [task] = await insertTasks(t.db, user, project, { handlerKind: "http", handlerConfig: { url: receiver.url }, maxAttempts: 3 });
    const report = await runTick(t.db, fast("solo"));
    expect(report).toMatchObject({ dispatched: 3, failed: 3, retried: 2 });
    const runs = await t.db.execute(sql`select attempt, status, trigger, error from task_execution_logs where task_id = ${task!} order by attempt`);
    expect(runs.rows).toEqual([1, 2, 3].map((attempt) => ({ attempt, status: "failed", trigger: attempt === 1 ? "schedule" : "retry", error: "HTTP 500: receiver is down" })));
    expect(receiver.received).toHaveLength(3);
    expect(await count(sql`select count(*)::int as n from scheduler_events where type = 'retried'`)).toBe(2);
  });

  it("backs off exponentially with jitter: attempt 2 waits between half and all of the base delay", async () => {
    receiver.mode = "fail";
    await insertTasks(t.db, user, project, { count: 20, handlerKind: "http", handlerConfig: { url: receiver.url } });
    await runTick(t.db, fast("solo", { retryBaseMs: 60_000 }));
    const delays = await t.db.execute<{ s: number }>(sql`
      select extract(epoch from r.available_at - f.finished_at)::float8 as s
      from task_execution_logs r join task_execution_logs f on f.task_id = r.task_id and f.attempt = 1
      where r.attempt = 2`);
    expect(delays.rows).toHaveLength(20);
    for (const { s } of delays.rows) {
      expect(Number(s)).toBeGreaterThanOrEqual(29.9);
      expect(Number(s)).toBeLessThanOrEqual(60.1);
    }
    expect(new Set(delays.rows.map((r) => Math.round(Number(r.s) * 1000))).size).toBeGreaterThan(1);
  });

  it("a handler past timeout_seconds is aborted and the run is timed_out (then retried)", async () => {
    receiver.mode = "hang";
    await insertTasks(t.db, user, project, { handlerKind: "http", handlerConfig: { url: receiver.url }, timeoutSeconds: 1, maxAttempts: 2 });
    const started = Date.now();
    const report = await runTick(t.db, fast("solo"));
    expect(report).toMatchObject({ dispatched: 2, timed_out: 2, retried: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    const rows = await t.db.execute(sql`select attempt, status, error from task_execution_logs order by attempt`);
    expect(rows.rows).toEqual([1, 2].map((attempt) => ({ attempt, status: "timed_out", error: "Timed out: no result within 1 s (timeout_seconds)." })));
  });

  it("signs the webhook, and a refused target is not retried", async () => {
    const secret = "whsec_test-secret";
    await insertTasks(t.db, user, project, { handlerKind: "http", handlerConfig: { url: receiver.url, body: '{"hello":"world"}' }, signingSecret: secret });
    expect(await runTick(t.db, fast("solo"))).toMatchObject({ succeeded: 1 });
    const { verifySignature } = await import("./handlers");
    const request = receiver.received[0]!;
    expect(verifySignature(secret, request.body, String(request.headers["tickboard-signature"]))).toBe(true);
    expect(verifySignature("whsec_other", request.body, String(request.headers["tickboard-signature"]))).toBe(false);
    expect(JSON.parse(request.body)).toMatchObject({ run: { attempt: 1 }, payload: { hello: "world" } });
    const output = await t.db.execute(sql`select output from task_execution_logs`);
    expect(output.rows[0]).toEqual({ output: { status: 200, body_excerpt: "thanks" } });

    delete process.env.SCHEDULER_ALLOW_PRIVATE_TARGETS;
    try {
      await t.db.execute(sql`truncate task_execution_logs cascade`);
      await t.db.execute(sql`update tasks set next_run_at = date_trunc('minute', now())`);
      expect(await runTick(t.db, fast("solo"))).toMatchObject({ dispatched: 1, failed: 1, retried: 0 });
      const refused = await t.db.execute<{ error: string }>(sql`select error from task_execution_logs`);
      expect(refused.rows[0]!.error).toMatch(/^Refused: 127\.0\.0\.1 is a loopback address/);
      expect(receiver.received).toHaveLength(1);
    } finally {
      process.env.SCHEDULER_ALLOW_PRIVATE_TARGETS = "1";
    }
  });
});

describe("fenced completion", () => {
  it("a worker whose runs were reaped writes nothing when it finishes them; the reaper's retry stands", async () => {
    const tasks = await insertTasks(t.db, user, project, { count: 4, cron: null });
    for (const task of tasks) await queueManualRun(t.db, user, task, null);
    const lease = await acquireLease(t.db, "slow-worker", 30_000);
    const claimed = await claimRuns(t.db, { holder: "slow-worker", epoch: lease.epoch! }, { limit: 10, leaseGraceMs: 0 });
    expect(claimed).toHaveLength(4);
    await t.db.execute(sql`update task_execution_logs set lease_expires_at = now() - interval '1 second' where status = 'running'`);
    expect(await reapExpiredRuns(t.db, { baseMs: 0, capMs: 0 })).toEqual({ reaped: 4, retried: 4 });
    const before = (await t.db.execute(sql`select id, status, error, finished_at from task_execution_logs order by id`)).rows;

    const late = await finishRuns(t.db, "slow-worker", claimed.map((run) => ({ id: run.id, status: "succeeded", durationMs: 5, error: null, output: null, retryable: false })), { baseMs: 0, capMs: 0 });
    expect(late).toEqual({ succeeded: 0, failed: 0, timedOut: 0, retried: 0, fenced: 4 });
    expect((await t.db.execute(sql`select id, status, error, finished_at from task_execution_logs order by id`)).rows).toEqual(before);
    // Reaping again finds nothing (idempotent).
    expect(await reapExpiredRuns(t.db, { baseMs: 0, capMs: 0 })).toEqual({ reaped: 0, retried: 0 });
  });
});

describe("manual runs", () => {
  it("queues a run; the same Idempotency-Key gives the same run, also when ten calls race", async () => {
    const [task] = await insertTasks(t.db, user, project, { cron: null });
    const first = await queueManualRun(t.db, user, task!, "key-1");
    expect(first.created).toBe(true);
    expect(await queueManualRun(t.db, user, task!, "key-1")).toEqual({ executionId: first.executionId, created: false });
    const raced = await Promise.all(Array.from({ length: 10 }, () => queueManualRun(t.db, user, task!, "key-2")));
    expect(new Set(raced.map((r) => r.executionId)).size).toBe(1);
    expect(raced.filter((r) => r.created)).toHaveLength(1);
    expect((await queueManualRun(t.db, user, task!, null)).created).toBe(true);
    expect(await count(sql`select count(*)::int as n from task_execution_logs where trigger = 'manual'`)).toBe(3);

    const other = await insertTenant(t.db, "tenant-b");
    await expect(queueManualRun(t.db, other, task!, "key-1")).rejects.toMatchObject({ code: "not_found" });
    expect(await runTick(t.db, fast("solo"))).toMatchObject({ dispatched: 3, succeeded: 3 });
  });
});

describe("a connection killed mid-tick", () => {
  it("fails that tick cleanly, and the next tick recovers every due run", async () => {
    await insertTasks(t.db, user, project, { count: 50 });
    // Hold one due task's row lock, so that the tick's planning statement waits on it; then kill that backend.
    const lock = await holdRowLock(t.open(1).db, sql`select id from tasks order by id limit 1 for update`);
    const tick = runTick(t.open(2).db, fast("victim"));
    expect(await terminateBlockedBackend(t.db, "update tasks t set next_run_at")).toBe(1);
    await expect(tick).rejects.toThrow();
    await lock.release();
    expect(await count(sql`select count(*)::int as n from task_execution_logs`)).toBe(0);

    // The next tick (another instance, once the victim's lease has lapsed) does everything.
    await t.db.execute(sql`update scheduler_leases set expires_at = now()`);
    const report = await runTick(t.db, fast("survivor"));
    expect(report).toMatchObject({ leader: true, queued: 50, succeeded: 50 });
    expect(await duplicateRuns(t.db)).toBe(0);
  });
});
