// A scheduler process killed (SIGKILL) in the middle of running a batch: nothing it held may stay `running`.
// After the run leases expire, the next tick — another instance — reaps every interrupted run (timed_out),
// retries it, and the retries succeed. Real processes, real Postgres.
import { spawn } from "node:child_process";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { setupTestDatabase, testDriver } from "@/test/harness/test-database";
import { insertProject, insertTenant } from "@/test/harness/tenants";
import { duplicateRuns, insertTasks } from "@/test/harness/scheduled-tasks";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/harness/webhook-receiver";
import { runTick } from "./tick";

const t = setupTestDatabase();
let receiver: WebhookReceiver;

beforeAll(async () => {
  process.env.SCHEDULER_ALLOW_PRIVATE_TARGETS = "1";
  receiver = await startWebhookReceiver("hang");
});
afterAll(async () => {
  delete process.env.SCHEDULER_ALLOW_PRIVATE_TARGETS;
  await receiver.close();
});

const running = async () => Number((await t.db.execute<{ n: number }>(sql`select count(*)::int as n from task_execution_logs where status = 'running'`)).rows[0]!.n);

it("SIGKILL mid-batch: after the lease, the next tick reaps every interrupted run and retries it; none stays running", { timeout: 60_000 }, async () => {
  const user = await insertTenant(t.db, "crash-tenant");
  const project = await insertProject(t.db, user);
  // The webhook hangs, so the child's 20 runs stay in flight until it dies. Their run lease: 2 s (timeout_seconds).
  await insertTasks(t.db, user, project, { count: 20, handlerKind: "http", handlerConfig: { url: receiver.url }, timeoutSeconds: 2, maxAttempts: 3 });

  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("test/harness/tick-process.ts")], {
    env: { ...process.env, DATABASE_URL: t.url, TICK_HOLDER: "doomed", TICK_LEASE_MS: "1000", TEST_DB_DRIVER: testDriver, NEON_WS_PROXY: inject("neonWsProxy") ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let childOutput = "";
  child.stdout.on("data", (chunk: Buffer) => (childOutput += chunk));
  child.stderr.on("data", (chunk: Buffer) => (childOutput += chunk));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));

  // Mid-batch: all 20 claimed and their webhooks called, none answered yet.
  for (let i = 0; i < 200 && ((await running()) < 20 || receiver.received.length < 20); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await running(), childOutput).toBe(20);
  expect(receiver.received.length).toBe(20);
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  // No new slots from here on: the tasks run every minute, and a minute boundary during the test would queue
  // 20 more runs beside the retries this test counts. Unscheduling a task leaves its queued runs alone.
  await t.db.execute(sql`update tasks set cron = null, timezone = null, next_run_at = null`);

  // Before the run leases expire, a new leader leaves them alone: they might still be running somewhere.
  receiver.mode = "ok";
  await t.db.execute(sql`update scheduler_leases set expires_at = now()`);
  expect(await runTick(t.db, { holder: "survivor", retryBaseMs: 0 })).toMatchObject({ leader: true, reaped: 0, dispatched: 0 });
  expect(await running()).toBe(20);

  await new Promise((resolve) => setTimeout(resolve, 2_200));
  const report = await runTick(t.db, { holder: "survivor", retryBaseMs: 0 });
  expect(report).toMatchObject({ leader: true, reaped: 20, retried: 20, dispatched: 20, succeeded: 20 });
  expect(await running()).toBe(0);

  const attempts = await t.db.execute(sql`select attempt, status, count(*)::int as n from task_execution_logs group by 1, 2 order by 1`);
  expect(attempts.rows).toEqual([
    { attempt: 1, status: "timed_out", n: 20 },
    { attempt: 2, status: "succeeded", n: 20 },
  ]);
  const reaped = await t.db.execute<{ worker: string; n: number }>(sql`select detail->>'worker' as worker, count(*)::int as n from scheduler_events where type = 'reaped' group by 1`);
  expect(reaped.rows).toEqual([{ worker: "doomed", n: 20 }]);
  expect(await duplicateRuns(t.db)).toBe(0);
});
