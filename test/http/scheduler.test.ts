// The scheduler's HTTP contract on the built app (`next start`, ticker off: the tests tick): the tick's bearer
// secret, a non-leader's instant answer, a tick whose connection is killed (clean 5xx, then recovery), the
// manual run and its Idempotency-Key, the webhook signing secret shown once, the dashboard, the events and
// the admin reaper with its audit row.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditLog } from "@/drizzle";
import { connect, type Database } from "@/lib/db/connect";
import { holdRowLock, terminateBlockedBackend } from "../harness/blocked-backend";
import { baseUrl, call, signUp, type Caller } from "./http-client";

let database: Database;
let alice: Caller;
let bob: Caller;
let admin: Caller;

const tick = (authorization?: string, method = "GET") =>
  fetch(`${baseUrl()}/api/cron/tick`, { method, headers: authorization === undefined ? {} : { authorization } });
const secret = () => `Bearer ${inject("cronSecret")}`;

async function createTask(caller: Caller, body: Record<string, unknown>) {
  const project = await (await call(caller, "POST", "/api/projects", { name: "Scheduler project" })).json();
  const response = await call(caller, "POST", `/api/projects/${project.project.id}/tasks`, body);
  expect(response.status).toBe(201);
  return (await response.json()) as { task: { id: string; project_id: string }; signing_secret?: string };
}

beforeAll(async () => {
  database = connect(inject("appDatabaseUrl"), { driver: "pg", max: 4 });
  alice = await signUp(database.db, "sched-alice@example.com");
  bob = await signUp(database.db, "sched-bob@example.com");
  admin = await signUp(database.db, "sched-admin@example.com", { admin: true });
});
afterAll(() => database.close());

describe("GET/POST /api/cron/tick", () => {
  it("needs the bearer secret: none, a wrong one and a malformed one are 401 problem+json; the right one runs a tick", async () => {
    for (const authorization of [undefined, "Bearer wrong-secret", `Basic ${inject("cronSecret")}`, inject("cronSecret")]) {
      const response = await tick(authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    await database.db.execute(sql`delete from scheduler_leases`);
    for (const method of ["GET", "POST"]) {
      const response = await tick(secret(), method);
      expect(response.status).toBe(200);
      const report = await response.json();
      expect(Object.keys(report).sort()).toEqual(["dispatched", "duration_ms", "epoch", "failed", "leader", "queued", "reaped", "retried", "stopped", "succeeded", "timed_out"]);
      expect(report).toMatchObject({ leader: true, epoch: 1 });
    }
  });

  it("a non-leader answers leader: false at once while another instance holds a live lease", async () => {
    await database.db.execute(sql`update scheduler_leases set holder = 'another-instance', expires_at = now() + interval '1 minute'`);
    const started = Date.now();
    const report = await (await tick(secret())).json();
    expect(report).toMatchObject({ leader: false, dispatched: 0, stopped: null });
    expect(Date.now() - started).toBeLessThan(2_000);
    const health = await (await fetch(`${baseUrl()}/api/health`)).json();
    expect(health.scheduler.leader).toBe("another-instance");
    await database.db.execute(sql`update scheduler_leases set expires_at = now()`);
  });

  it("a tick whose connection is killed mid-tick is a clean 5xx problem+json; the next tick recovers every run", async () => {
    const { task } = await createTask(alice, { title: "Every minute", schedule: { cron: "* * * * *" } });
    await database.db.execute(sql`update tasks set next_run_at = date_trunc('minute', now()) where id = ${task.id}`);
    // Hold the task's row lock so that the tick's planning statement waits on it, then kill that backend.
    const locker = connect(inject("appDatabaseUrl"), { driver: "pg", max: 1 });
    const lock = await holdRowLock(locker.db, sql`select id from tasks where id = ${task.id} for update`);
    const pending = tick(secret(), "POST");
    expect(await terminateBlockedBackend(database.db, "update tasks t set next_run_at")).toBe(1);
    const response = await pending;
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = await response.json();
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.(js|ts):\d+/); // no stack trace
    await lock.release();
    await locker.close();

    const next = await (await tick(secret())).json();
    expect(next).toMatchObject({ leader: true, queued: 1, succeeded: 1 });
    const runs = await database.db.execute(sql`select status, attempt from task_execution_logs where task_id = ${task.id}`);
    expect(runs.rows).toEqual([{ status: "succeeded", attempt: 1 }]);
  });
});

describe("POST /api/tasks/{taskId}/run", () => {
  it("queues a run (202); the same Idempotency-Key returns the same run; a bad key is 400; another tenant's task is 404", async () => {
    const { task } = await createTask(alice, { title: "On demand" });
    const run = (caller: Caller, key?: string) =>
      fetch(`${baseUrl()}/api/tasks/${task.id}/run`, { method: "POST", headers: { origin: baseUrl(), cookie: caller.cookie!, ...(key === undefined ? {} : { "idempotency-key": key }) } });
    const first = await run(alice, "deploy-42");
    expect(first.status).toBe(202);
    const { execution } = await first.json();
    expect(execution).toMatchObject({ task_id: task.id, status: "queued", attempt: 1, trigger: "manual", task: { id: task.id, title: "On demand" } });
    const replay = await run(alice, "deploy-42");
    expect(replay.status).toBe(202);
    expect(replay.headers.get("idempotent-replay")).toBe("true");
    expect((await replay.json()).execution.id).toBe(execution.id);

    const bad = await run(alice, "has spaces");
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toEqual([{ path: "Idempotency-Key", message: expect.stringContaining("printable ASCII") }]);
    expect((await run(bob, "deploy-42")).status).toBe(404);

    await tick(secret());
    const done = await (await call(alice, "GET", `/api/scheduler/logs/${execution.id}`)).json();
    expect(done.log).toMatchObject({ status: "succeeded", output: { handler: "noop" } });
    const count = await database.db.execute(sql`select count(*)::int as n from task_execution_logs where task_id = ${task.id}`);
    expect(count.rows[0]).toEqual({ n: 1 });
  });
});

describe("the webhook signing secret", () => {
  it("is shown once, in the 201 of an http task; never in GET, a replay or a list; a switch to http issues a new one", async () => {
    const created = await createTask(alice, { title: "Hook", external_id: "hook-1", handler: { kind: "http", config: { url: "https://example.com/hook" } } });
    expect(created.signing_secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const secretValue = created.signing_secret!;
    const replay = await call(alice, "POST", `/api/projects/${created.task.project_id}/tasks`, { title: "Hook", external_id: "hook-1" });
    expect(replay.status).toBe(200);
    const replayText = await replay.text();
    const getText = await (await call(alice, "GET", `/api/tasks/${created.task.id}`)).text();
    const listText = await (await call(alice, "GET", `/api/projects/${created.task.project_id}/tasks`)).text();
    for (const text of [replayText, getText, listText]) {
      expect(text).not.toContain(secretValue);
      expect(text).not.toContain("signing_secret");
    }

    const noop = await (await call(alice, "PATCH", `/api/tasks/${created.task.id}`, { handler: { kind: "noop" } })).json();
    expect(noop.signing_secret).toBeUndefined();
    const http = await (await call(alice, "PATCH", `/api/tasks/${created.task.id}`, { handler: { kind: "http", config: { url: "https://example.com/other" } } })).json();
    expect(http.signing_secret).toMatch(/^whsec_/);
    expect(http.signing_secret).not.toBe(secretValue);
    const unchanged = await (await call(alice, "PATCH", `/api/tasks/${created.task.id}`, { handler: { kind: "http", config: { url: "https://example.com/third" } } })).json();
    expect(unchanged.signing_secret).toBeUndefined();
  });
});

describe("GET /api/scheduler/dashboard and /api/scheduler/events", () => {
  it("answer API.md's keys; a tenant sees its own events and the scheduler-wide ones, an admin all", async () => {
    const { task } = await createTask(bob, { title: "Bob's run" });
    await call(bob, "POST", `/api/tasks/${task.id}/run`);
    await tick(secret());

    const dashboard = await (await call(bob, "GET", "/api/scheduler/dashboard")).json();
    expect(Object.keys(dashboard).sort()).toEqual(["counts_by_status", "last_24h", "last_tick_at", "leader", "upcoming"]);
    expect(Object.keys(dashboard.counts_by_status).sort()).toEqual(["cancelled", "failed", "queued", "running", "succeeded", "timed_out"]);
    expect(dashboard.counts_by_status.succeeded).toBe(1);
    expect(dashboard.last_24h).toMatchObject({ runs: 1, succeeded: 1, failed: 0, timed_out: 0, p50_ms: expect.any(Number), p95_ms: expect.any(Number) });
    expect(dashboard.leader).toMatchObject({ holder: expect.any(String), epoch: expect.any(Number), expires_at: expect.any(String) });

    const bobEvents = await (await call(bob, "GET", "/api/scheduler/events?page_size=200")).json();
    expect(Object.keys(bobEvents).sort()).toEqual(["events", "page", "page_size", "total_count", "total_pages"]);
    const types = new Set(bobEvents.events.map((e: { type: string }) => e.type));
    expect(types).toEqual(new Set(["leader_changed", "dispatched", "succeeded"]));
    const ownTaskIds = new Set(bobEvents.events.filter((e: { task_id: string | null }) => e.task_id).map((e: { task_id: string }) => e.task_id));
    expect([...ownTaskIds]).toEqual([task.id]);
    expect(Object.keys(bobEvents.events[0]).sort()).toEqual(["created_at", "detail", "epoch", "execution_id", "id", "task_id", "type"]);

    const adminEvents = await (await call(admin, "GET", "/api/scheduler/events?page_size=200")).json();
    expect(adminEvents.total_count).toBeGreaterThan(bobEvents.total_count);
    const filtered = await (await call(bob, "GET", "/api/scheduler/events?type=succeeded")).json();
    expect(filtered.events.every((e: { type: string }) => e.type === "succeeded")).toBe(true);
    expect((await call(bob, "GET", "/api/scheduler/events?type=exploded")).status).toBe(400);
  });
});

describe("POST /api/admin/reconcile/stale-executions", () => {
  it("reaps runs stuck past their lease, retries them, audits the call, and finds nothing the second time", async () => {
    const { task } = await createTask(alice, { title: "Stuck", max_attempts: 2 });
    await database.db.execute(sql`
      insert into task_execution_logs (task_id, user_id_str, status, scheduled_for, started_at, attempt, trigger, locked_by, lease_expires_at)
      values (${task.id}, ${alice.userId}, 'running', now() - interval '10 minutes', now() - interval '10 minutes', 1, 'schedule', 'gone-instance', now() - interval '5 minutes')`);
    const first = await call(admin, "POST", "/api/admin/reconcile/stale-executions");
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ reaped: 1, retried: 1, workflows_ended: 0 });
    expect(await (await call(admin, "POST", "/api/admin/reconcile/stale-executions", {})).json()).toEqual({ reaped: 0, retried: 0, workflows_ended: 0 });
    const rows = await database.db.execute(sql`select attempt, status from task_execution_logs where task_id = ${task.id} order by attempt`);
    expect(rows.rows).toEqual([{ attempt: 1, status: "timed_out" }, { attempt: 2, status: "queued" }]);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "reconcile.stale_executions"));
    expect(audit.map((a) => [a.status, a.result])).toEqual(expect.arrayContaining([["succeeded", { reaped: 1, retried: 1, workflows_ended: 0 }], ["succeeded", { reaped: 0, retried: 0, workflows_ended: 0 }]]));
    expect((await call(admin, "POST", "/api/admin/reconcile/stale-executions", { force: true })).status).toBe(400);
  });
});
