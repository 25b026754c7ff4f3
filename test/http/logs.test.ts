// The execution-log and admin migration contract of API.md as seen from outside, on the built app: the
// ExecutionLog JSON keys the dashboard depends on (seed 000's go/no-go: `logs`, `total_count`, the pagination
// keys and the `task` object must not regress), mixed legacy/new visibility through import and backfill,
// the CSV export, and the admin routes with their audit rows.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { account, auditLog, taskExecutionLogs, tasks, user } from "@/drizzle";
import { connect, type Database } from "@/lib/db/connect";
import { writeExecutionLogs } from "@/lib/logs";
import { sessionFromSignUp, TEST_PASSWORD } from "../harness/sign-up-response";
import { baseUrl, call, signUp, type Caller } from "./http-client";

const LIST_KEYS = ["logs", "page", "page_size", "total_count", "total_pages"];
const LOG_KEYS = [
  "id", "task_id", "user_id_str", "status", "scheduled_for", "started_at", "finished_at", "duration_ms", "attempt",
  "epoch", "error", "output", "workflow_execution_id", "trigger", "task",
].sort();
const TASK_KEYS = ["handler_kind", "id", "platform", "project_id", "title"];
const REPORT_KEYS = [
  "backfilled_legacy_rows", "legacy_rows", "mismatched_rows", "orphaned_rows", "pending_backfill_rows", "rows_with_user_id_str",
  "total_rows", "unresolved_rows",
];

let database: Database;
let alice: Caller;
let bob: Caller;
let admin: Caller;
let legacy: Caller; // a tenant brought over from the legacy scheduler: its id is its old number
const LEGACY_ID = "4242";
let aliceRunIds: string[];

/** A legacy user: its id is the decimal text of its old integer id; signs in with a password like anyone. */
async function legacyUser(id: string): Promise<Caller> {
  const email = `legacy-${id}@example.com`;
  await database.db.insert(user).values({ id, email, name: `Legacy ${id}` });
  await database.db.insert(account).values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: await hashPassword(TEST_PASSWORD) });
  const response = await fetch(`${baseUrl()}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl() },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  return sessionFromSignUp(database.db, response);
}

async function send(caller: Caller, method: string, path: string, body: string, contentType: string) {
  return fetch(`${baseUrl()}${path}`, { method, headers: { origin: baseUrl(), cookie: caller.cookie!, "content-type": contentType }, body });
}

const importCsv = (caller: Caller, text: string) => send(caller, "POST", "/api/admin/import/legacy-execution-logs", text, "text/csv");
const HEADER = "legacy_id,user_id,task_id,task_name,status,scheduled_for,started_at,finished_at,duration_ms,attempt,error";

beforeAll(async () => {
  database = connect(inject("appDatabaseUrl"), { driver: "pg", max: 2 });
  alice = await signUp(database.db, "logs-alice@example.com");
  bob = await signUp(database.db, "logs-bob@example.com");
  admin = await signUp(database.db, "logs-admin@example.com", { admin: true });
  legacy = await legacyUser(LEGACY_ID);
  const project = (await (await call(alice, "POST", "/api/projects", { name: "Runs" })).json()).project;
  const task = (await (await call(alice, "POST", `/api/projects/${project.id}/tasks`, { title: "Webhook", platform: "github" })).json()).task;
  aliceRunIds = await writeExecutionLogs(database.db, alice.userId!, [
    { taskId: task.id, status: "succeeded", scheduledFor: new Date("2026-11-20T10:00:00Z"), startedAt: new Date("2026-11-20T10:00:01Z"), finishedAt: new Date("2026-11-20T10:00:02Z"), durationMs: 1000, epoch: 3, output: { status: 200 } },
    { taskId: task.id, status: "failed", scheduledFor: new Date("2026-11-21T10:00:00Z"), attempt: 2, error: "HTTP 500, body: =cmd|' /C calc'!A0" },
  ]);
});
afterAll(() => database?.close());

describe("GET /api/scheduler/logs", () => {
  it("answers exactly the contract's keys: logs, total_count and the pagination keys; each log an ExecutionLog with its task object", async () => {
    const response = await call(alice, "GET", "/api/scheduler/logs?page_size=1&sort=scheduled_for");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(LIST_KEYS);
    expect(body).toMatchObject({ total_count: 2, page: 1, page_size: 1, total_pages: 2 });
    const [log] = body.logs;
    expect(Object.keys(log).sort()).toEqual(LOG_KEYS);
    expect(Object.keys(log.task).sort()).toEqual(TASK_KEYS);
    expect(log).toEqual({
      id: aliceRunIds[0],
      task_id: log.task.id,
      user_id_str: alice.userId,
      status: "succeeded",
      scheduled_for: "2026-11-20T10:00:00.000Z",
      started_at: "2026-11-20T10:00:01.000Z",
      finished_at: "2026-11-20T10:00:02.000Z",
      duration_ms: 1000,
      attempt: 1,
      epoch: 3,
      error: null,
      output: { status: 200 },
      workflow_execution_id: null,
      trigger: null,
      task: { id: log.task.id, title: "Webhook", project_id: expect.any(String), platform: "github", handler_kind: "noop" },
    });
  });

  it("filters by status and keeps other tenants out", async () => {
    const failed = await (await call(alice, "GET", "/api/scheduler/logs?status=failed")).json();
    expect(failed.logs.map((l: { id: string }) => l.id)).toEqual([aliceRunIds[1]]);
    expect((await (await call(bob, "GET", "/api/scheduler/logs")).json()).total_count).toBe(0);
  });

  it("answers a bad filter with 400 problem+json naming each field", async () => {
    const response = await call(alice, "GET", "/api/scheduler/logs?status=done&task_id=x&from=2026-11-02&to=2026-11-01&sort=user_id&page_size=201");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const paths = (await response.json()).errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(["page_size", "sort", "status", "task_id"]);
    const range = await call(alice, "GET", "/api/scheduler/logs?from=2026-11-02&to=2026-11-01");
    expect((await range.json()).errors).toEqual([{ path: "to", message: "to is before from: swap them." }]);
  });
});

describe("GET /api/scheduler/logs/{executionId}", () => {
  it("answers { log } to its tenant, 404 to anyone else and for a malformed or unknown id", async () => {
    const response = await call(alice, "GET", `/api/scheduler/logs/${aliceRunIds[1]}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body)).toEqual(["log"]);
    expect(body.log).toMatchObject({ id: aliceRunIds[1], status: "failed", attempt: 2, error: expect.stringContaining("HTTP 500") });
    expect((await call(bob, "GET", `/api/scheduler/logs/${aliceRunIds[1]}`)).status).toBe(404);
    expect((await call(admin, "GET", `/api/scheduler/logs/${aliceRunIds[1]}`)).status).toBe(404);
    expect((await call(alice, "GET", "/api/scheduler/logs/not-a-uuid")).status).toBe(404);
    expect((await call(alice, "GET", `/api/scheduler/logs/${randomUUID()}`)).status).toBe(404);
  });
});

describe("GET /api/scheduler/logs/export", () => {
  it("streams the current filter as CSV, with formula-looking text defused", async () => {
    const response = await call(alice, "GET", "/api/scheduler/logs/export?status=failed");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="tickboard-runs-\d{4}-\d\d-\d\d\.csv"$/);
    expect(response.headers.get("x-total-count")).toBe("1");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,scheduled_for,status,task_id,task_title,project_id,attempt,started_at,finished_at,duration_ms,epoch,error,user_id_str");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${aliceRunIds[1]},2026-11-21T10:00:00.000Z,failed,`);
    expect(lines[1]).toContain(`"HTTP 500, body: =cmd|' /C calc'!A0"`);
  });
});

describe("legacy history: import, compatible read, backfill, report", () => {
  it("imports CSV history, shows it to the tenant whose id is the legacy number before and after the backfill, and reports it", async () => {
    const reportBefore = (await (await call(admin, "GET", "/api/admin/backfill-report")).json()).task_execution_logs;
    expect(Object.keys(reportBefore).sort()).toEqual(REPORT_KEYS);

    const file = [
      HEADER,
      `700001,${LEGACY_ID},31,Nightly invoice export,succeeded,2024-03-01T02:00:00Z,2024-03-01T02:00:01Z,2024-03-01T02:00:04Z,,1,`,
      `700002,${LEGACY_ID},31,Nightly invoice export,failed,2024-03-02T02:00:00Z,,,,3,"server closed the connection"`,
      "700003,5151,32,Churn digest,succeeded,2024-03-02T03:00:00Z,,,,,",
      `700004,${LEGACY_ID},31,,finished,2024-03-03T02:00:00Z,,,,,`,
    ].join("\n");
    const imported = await importCsv(admin, file);
    expect(imported.status).toBe(200);
    expect(await imported.json()).toEqual({
      imported: 3,
      skipped: 0,
      orphaned: 1,
      unresolved: 0,
      rejected_count: 1,
      rejected: [{ line: 5, reason: expect.stringContaining("status must be one of") }],
    });
    const stored = await database.db.select().from(taskExecutionLogs).where(eq(taskExecutionLogs.legacyId, 700001));
    expect(stored[0]).toMatchObject({ userId: 4242, userIdStr: null });

    const seen = async () => (await (await call(legacy, "GET", "/api/scheduler/logs?sort=scheduled_for")).json()).logs;
    const before = await seen();
    expect(before.map((l: { user_id_str: string; task: { title: string } }) => [l.user_id_str, l.task.title])).toEqual([
      [LEGACY_ID, "Nightly invoice export"],
      [LEGACY_ID, "Nightly invoice export"],
    ]);
    expect((await (await call(alice, "GET", "/api/scheduler/logs?q=invoice")).json()).total_count).toBe(0);

    const reportMid = (await (await call(admin, "GET", "/api/admin/backfill-report")).json()).task_execution_logs;
    expect(reportMid.total_rows - reportBefore.total_rows).toBe(3);
    expect(reportMid.pending_backfill_rows).toBeGreaterThanOrEqual(3);
    expect(reportMid.orphaned_rows - reportBefore.orphaned_rows).toBe(1);

    const reconcile = await call(admin, "POST", "/api/admin/reconcile/execution-log-identity", {});
    expect(reconcile.status).toBe(200);
    const result = await reconcile.json();
    expect(Object.keys(result).sort()).toEqual(["batches", "duration_ms", "remaining_unresolved", "rows_updated", "slowest_batch_ms"]);
    expect(result.remaining_unresolved).toBe(0);
    expect(result.rows_updated).toBeGreaterThanOrEqual(3);

    expect(await seen()).toEqual(before);
    const reportAfter = (await (await call(admin, "GET", "/api/admin/backfill-report")).json()).task_execution_logs;
    expect(reportAfter).toMatchObject({ pending_backfill_rows: 0, total_rows: reportMid.total_rows });

    // Importing the same file again adds nothing.
    expect(await (await importCsv(admin, file)).json()).toMatchObject({ imported: 0, skipped: 3, rejected_count: 1 });
  });

  it("keeps an orphaned row (no account for its user id) with task null, visible once the account exists", async () => {
    const late = await legacyUser("5151");
    const { logs } = await (await call(late, "GET", "/api/scheduler/logs")).json();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ task_id: null, task: null, user_id_str: "5151", status: "succeeded" });
  });

  it("runs the backfill twice at once without harm, and a second run has nothing to do", async () => {
    await database.db.execute(sql`
      insert into task_execution_logs (user_id, status, scheduled_for)
      select ${Number(LEGACY_ID)}, 'succeeded', now() - make_interval(secs => i) from generate_series(1, 2000) as i
    `);
    const [a, b] = await Promise.all([0, 1].map(async () => (await call(admin, "POST", "/api/admin/reconcile/execution-log-identity", { batch_size: 100 })).json()));
    expect(a.rows_updated + b.rows_updated).toBe(2000);
    expect(a.remaining_unresolved + b.remaining_unresolved).toBe(0);
    expect(await (await call(admin, "POST", "/api/admin/reconcile/execution-log-identity", {})).json()).toMatchObject({ batches: 0, rows_updated: 0 });
    expect((await call(admin, "POST", "/api/admin/reconcile/execution-log-identity", { batch_size: 0 })).status).toBe(400);
  });
});

describe("POST /api/admin/import/legacy-execution-logs", () => {
  it("takes a JSON array too, and refuses other media types, a bad CSV header and a non-array with nothing imported", async () => {
    const lines = [{ legacy_id: 710001, user_id: Number(LEGACY_ID), task_id: 31, status: "succeeded", scheduled_for: "2024-04-01T00:00:00Z" }];
    const response = await call(admin, "POST", "/api/admin/import/legacy-execution-logs", lines);
    expect(await response.json()).toMatchObject({ imported: 1, rejected: [] });

    const plain = await send(admin, "POST", "/api/admin/import/legacy-execution-logs", "legacy_id\n1", "text/plain");
    expect(plain.status).toBe(415);
    expect((await plain.json()).detail).toBe("Send the body with Content-Type application/json or text/csv.");
    const header = await importCsv(admin, "legacy_id,owner\n710002,x");
    expect(header.status).toBe(400);
    expect((await header.json()).detail).toMatch(/unknown columns: owner/);
    const object = await call(admin, "POST", "/api/admin/import/legacy-execution-logs", { legacy_id: 710003 });
    expect(object.status).toBe(400);
    const rows = await database.db.select().from(taskExecutionLogs).where(sql`${taskExecutionLogs.legacyId} in (710002, 710003)`);
    expect(rows).toEqual([]);
  });

  it("is audited: each call writes one audit row, a refused one as failed, listed by GET /api/admin/audit-log", async () => {
    const count = async (action: string, status: string) =>
      (await database.db.select().from(auditLog).where(sql`${auditLog.action} = ${action} and ${auditLog.status} = ${status}`)).length;
    const before = { ok: await count("import.legacy_execution_logs", "succeeded"), failed: await count("import.legacy_execution_logs", "failed") };
    await importCsv(admin, `${HEADER}\n`);
    await send(admin, "POST", "/api/admin/import/legacy-execution-logs", "legacy_id\n1", "text/plain");
    await importCsv(admin, "nonsense_column\n1");
    expect(await count("import.legacy_execution_logs", "succeeded")).toBe(before.ok + 1);
    expect(await count("import.legacy_execution_logs", "failed")).toBe(before.failed + 2);

    // A body the route refuses before the backfill starts is recorded too.
    const refusedBefore = await count("reconcile.execution_log_identity", "failed");
    expect((await call(admin, "POST", "/api/admin/reconcile/execution-log-identity", { batch_size: "many" })).status).toBe(400);
    expect(await count("reconcile.execution_log_identity", "failed")).toBe(refusedBefore + 1);

    const page = await (await call(admin, "GET", "/api/admin/audit-log?page_size=2")).json();
    expect(Object.keys(page).sort()).toEqual(["entries", "page", "page_size", "total_count", "total_pages"]);
    expect(page.entries[0]).toMatchObject({ action: "reconcile.execution_log_identity", status: "failed", actor_user_id: admin.userId });
    expect(page.entries[1]).toMatchObject({ action: "import.legacy_execution_logs", status: "failed", actor_user_id: admin.userId, result: { error: expect.stringMatching(/unknown columns/) } });
    expect(Object.keys(page.entries[0]).sort()).toEqual(["action", "actor_email", "actor_user_id", "created_at", "id", "params", "result", "status"]);
    expect(await count("reconcile.execution_log_identity", "succeeded")).toBeGreaterThanOrEqual(3);
  });

  it("is refused to a non-admin with 403, and changes nothing", async () => {
    const response = await importCsv(alice, `${HEADER}\n720001,1,1,,succeeded,2024-01-01T00:00:00Z,,,,,`);
    expect(response.status).toBe(403);
    expect(await database.db.select().from(taskExecutionLogs).where(eq(taskExecutionLogs.legacyId, 720001))).toEqual([]);
    expect(await database.db.select().from(tasks).where(eq(tasks.externalId, "legacy:1"))).toEqual([]);
  });
});
