// The reports' HTTP contract on the built app (`next start`, ticker off: the test ticks with the cron secret):
// create a collection (and what a bad one gets), run it, follow its execution to the weeks it wrote, another
// tenant's 404s, and the admin's report figures and reconcile with its audit row.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditLog } from "@/drizzle";
import { connect, type Database } from "@/lib/db/connect";
import { baseUrl, call, signUp, type Caller } from "./http-client";

let database: Database;
let alice: Caller;
let bob: Caller;
let admin: Caller;

const tick = () => fetch(`${baseUrl()}/api/cron/tick`, { headers: { authorization: `Bearer ${inject("cronSecret")}` } });
const countCollections = async () => Number((await database.db.execute<{ n: number }>(sql`select count(*)::int as n from report_data_collections`)).rows[0]!.n);

beforeAll(async () => {
  database = connect(inject("appDatabaseUrl"), { driver: "pg", max: 4 });
  alice = await signUp(database.db, "reports-alice@example.com");
  bob = await signUp(database.db, "reports-bob@example.com");
  admin = await signUp(database.db, "reports-admin@example.com", { admin: true });
});
afterAll(() => database.close());

describe("POST /api/reports/collections", () => {
  it("creates a collection covering every ISO week of its range, with the task that runs it", async () => {
    const response = await call(alice, "POST", "/api/reports/collections", { name: "  October  ", start_date: "2026-10-07", end_date: "2026-10-22" });
    expect(response.status).toBe(201);
    const { collection } = await response.json();
    expect(collection).toMatchObject({ name: "October", start_date: "2026-10-07", end_date: "2026-10-22", week_count: 3, weeks_collected: 0, latest_execution: null });
    const task = await (await call(alice, "GET", `/api/tasks/${collection.task_id}`)).json();
    expect(task.task).toMatchObject({ handler: { kind: "report_collection", config: { collection_id: collection.id } }, max_attempts: 1 });
  });

  it("refuses bad input with problem+json naming the field, and creates nothing", async () => {
    const before = await countCollections();
    const cases: [unknown, string][] = [
      [{ name: "Backwards", start_date: "2026-10-22", end_date: "2026-10-07" }, "end_date"],
      [{ name: "Not a date", start_date: "2026-02-30", end_date: "2026-03-07" }, "start_date"],
      [{ name: "", start_date: "2026-10-01", end_date: "2026-10-07" }, "name"],
      [{ name: "Too long", start_date: "2020-01-01", end_date: "2026-01-01" }, "end_date"],
      [{ name: "Extra", start_date: "2026-10-01", end_date: "2026-10-07", project_id: "x" }, ""],
    ];
    for (const [body, path] of cases) {
      const response = await call(alice, "POST", "/api/reports/collections", body);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const problem = await response.json();
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const backwards = await (await call(alice, "POST", "/api/reports/collections", cases[0]![0])).json();
    expect(backwards.errors[0].message).toBe("end_date is before start_date.");
    expect(await countCollections()).toBe(before);
  });
});

describe("report_collection tasks", () => {
  it("may name only one of the tenant's own collections: another's is a 400 on the field, on create, bulk and edit", async () => {
    const mine = (await (await call(alice, "POST", "/api/reports/collections", { name: "Mine", start_date: "2026-10-01", end_date: "2026-10-07" })).json()).collection;
    const theirs = (await (await call(bob, "POST", "/api/reports/collections", { name: "Theirs", start_date: "2026-10-01", end_date: "2026-10-07" })).json()).collection;
    const project = (await (await call(alice, "POST", "/api/projects", { name: "Report tasks" })).json()).project;
    const handler = (id: string) => ({ kind: "report_collection", config: { collection_id: id } });

    const refused = await call(alice, "POST", `/api/projects/${project.id}/tasks`, { title: "Steal", handler: handler(theirs.id) });
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toEqual([{ path: "handler.config.collection_id", message: "No report collection of yours has this id." }]);
    const bulk = await call(alice, "POST", `/api/projects/${project.id}/tasks:bulk`, { tasks: [{ title: "Fine" }, { title: "Steal", handler: handler(theirs.id) }] });
    expect(bulk.status).toBe(400);
    expect((await bulk.json()).errors.map((e: { path: string }) => e.path)).toEqual(["tasks[1].handler.config.collection_id"]);

    const created = await call(alice, "POST", `/api/projects/${project.id}/tasks`, { title: "Weekly", handler: handler(mine.id) });
    expect(created.status).toBe(201);
    const task = (await created.json()).task;
    const edit = await call(alice, "PATCH", `/api/tasks/${task.id}`, { handler: handler(theirs.id) });
    expect(edit.status).toBe(400);
    const count = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from tasks where project_id = ${project.id}`);
    expect(count.rows[0]!.n).toBe(1);
  });
});

describe("running a collection and following it", () => {
  it("202 with a queued workflow execution; a second Run gives the same one; after a tick every week carries its id", async () => {
    const { collection } = await (await call(alice, "POST", "/api/reports/collections", { name: "Run me", start_date: "2026-11-02", end_date: "2026-11-15" })).json();
    const first = await call(alice, "POST", `/api/reports/collections/${collection.id}/run`);
    expect(first.status).toBe(202);
    const { workflow_execution } = await first.json();
    expect(workflow_execution).toMatchObject({ kind: "report_collection", status: "queued", collection_id: collection.id, weeks_completed: 0, run_id: expect.any(String) });
    const again = await (await call(alice, "POST", `/api/reports/collections/${collection.id}/run`)).json();
    expect(again.workflow_execution.id).toBe(workflow_execution.id);

    expect((await tick()).status).toBe(200);
    const followed = await (await call(alice, "GET", `/api/reports/workflow-executions/${workflow_execution.id}`)).json();
    expect(followed.workflow_execution).toMatchObject({ status: "succeeded", weeks_planned: 2, weeks_completed: 2, weeks_failed: 0, error: null });
    expect(followed.weeks.map((w: { week_start_date: string }) => w.week_start_date)).toEqual(["2026-11-02", "2026-11-09"]);

    const { weeks } = await (await call(alice, "GET", `/api/reports/collections/${collection.id}/weeks`)).json();
    expect(weeks).toHaveLength(2);
    for (const week of weeks) {
      expect(week).toMatchObject({ status: "completed", execution_id: workflow_execution.id, error_message: null, data: { runs: expect.any(Number), by_platform: expect.any(Array) } });
    }
    const list = await (await call(alice, "GET", "/api/reports/collections")).json();
    expect(list.collections.find((c: { id: string }) => c.id === collection.id)).toMatchObject({ weeks_collected: 2, latest_execution: { id: workflow_execution.id, status: "succeeded" } });

    // The run in the execution logs names its workflow execution.
    const run = await (await call(alice, "GET", `/api/scheduler/logs/${followed.workflow_execution.run_id}`)).json();
    expect(run.log).toMatchObject({ status: "succeeded", workflow_execution_id: workflow_execution.id, task: { handler_kind: "report_collection" } });
  });

  it("another tenant's collection and execution are 404, as is a malformed id; their list is their own", async () => {
    const { collection } = await (await call(alice, "POST", "/api/reports/collections", { name: "Private", start_date: "2026-11-02", end_date: "2026-11-08" })).json();
    const { workflow_execution } = await (await call(alice, "POST", `/api/reports/collections/${collection.id}/run`)).json();
    for (const [method, path] of [
      ["POST", `/api/reports/collections/${collection.id}/run`],
      ["GET", `/api/reports/collections/${collection.id}/weeks`],
      ["GET", `/api/reports/workflow-executions/${workflow_execution.id}`],
      ["GET", "/api/reports/collections/not-a-uuid/weeks"],
      ["GET", "/api/reports/workflow-executions/12345"],
    ] as const) {
      const response = await call(bob, method, path);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const theirs = await (await call(bob, "GET", "/api/reports/collections")).json();
    expect(theirs.collections.map((c: { id: string }) => c.id)).not.toContain(collection.id);
    await tick();
  });
});

describe("admin: report figures and the link reconcile", () => {
  it("the backfill report counts weeks and their execution ids; the reconcile links a legacy week, is audited and idempotent", async () => {
    // A legacy-shaped week: written while an execution of its collection ran, but without its id.
    const { collection } = await (await call(alice, "POST", "/api/reports/collections", { name: "Legacy", start_date: "2026-09-07", end_date: "2026-09-13" })).json();
    const execution = await database.db.execute<{ id: string }>(sql`
      insert into workflow_executions (user_id, kind, status, collection_id, params, started_at, finished_at)
      values (${alice.userId}, 'report_collection', 'succeeded', ${collection.id}, '{"start_date": "2026-09-07", "end_date": "2026-09-13"}', now() - interval '1 hour', now() - interval '50 minutes')
      returning id`);
    await database.db.execute(sql`
      insert into report_data_weeks (collection_id, week_start_date, week_end_date, status, data, updated_at)
      values (${collection.id}, '2026-09-07', '2026-09-13', 'completed', '{"runs": 0}', now() - interval '55 minutes')`);

    // The route matrix's admin may run the same reconcile at the same time on this shared database: the checks
    // below hold whichever call links the week.
    const report = await (await call(admin, "GET", "/api/admin/backfill-report")).json();
    expect(report.report_data_weeks).toEqual({
      total_weeks: expect.any(Number),
      weeks_with_execution_id: expect.any(Number),
      population_percentage: expect.any(Number),
      dangling_execution_ids: 0,
    });
    expect(report.report_data_weeks.total_weeks).toBeGreaterThanOrEqual(1);

    expect((await call(alice, "POST", "/api/admin/reconcile/report-execution-links", {})).status).toBe(403);
    const first = await call(admin, "POST", "/api/admin/reconcile/report-execution-links");
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ unresolved: 0, unresolved_ambiguous: 0, unresolved_no_execution: 0 });
    const second = await call(admin, "POST", "/api/admin/reconcile/report-execution-links", {});
    expect(await second.json()).toEqual({ linked: 0, unresolved: 0, unresolved_ambiguous: 0, unresolved_no_execution: 0 });

    const { weeks } = await (await call(alice, "GET", `/api/reports/collections/${collection.id}/weeks`)).json();
    expect(weeks[0].execution_id).toBe(execution.rows[0]!.id);
    const after = await (await call(admin, "GET", "/api/admin/backfill-report")).json();
    expect(after.report_data_weeks).toMatchObject({ weeks_with_execution_id: after.report_data_weeks.total_weeks, population_percentage: 100 });

    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "reconcile.report_execution_links"), eq(auditLog.actorUserId, admin.userId!)))
      .orderBy(auditLog.createdAt);
    expect(audit.map((a) => a.status)).toEqual(["succeeded", "succeeded"]);
    expect(audit[1]!.result).toEqual({ linked: 0, unresolved: 0, unresolved_ambiguous: 0, unresolved_no_execution: 0 });
  });
});
