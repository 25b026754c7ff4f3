// Report collections end to end on real Postgres (both drivers): a collection is run as a report_collection run
// of the scheduler (runCollection, then a tick), and every week it writes carries that workflow execution's id.
// Known runs in known weeks give known figures; re-runs, failing weeks, deleted executions, scheduled runs and
// abandoned runs are checked on the rows afterwards.
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { runTick } from "@/lib/scheduler";
import { setupTestDatabase } from "@/test/harness/test-database";
import { insertProject, insertTenant } from "@/test/harness/tenants";
import { createCollection } from "./create-collection";
import { getCollection, getWorkflowExecution, listExecutionWeeks, listWeeks } from "./queries";
import { runCollection } from "./run-collection";
import { weekPopulation } from "./verification.sql";

const t = setupTestDatabase();
// "1042" is also a legacy integer id: its imported, not yet backfilled rows count too (the compatible read).
const TENANT = "1042";
const OTHER = "tenant-b";
let githubTask: string;
let plainTask: string;

const tick = (holder = "reports-test") => runTick(t.db, { holder, retryBaseMs: 0, runLeaseGraceMs: 0 });

async function insertRun(taskId: string | null, userIdStr: string | null, status: string, scheduledFor: string, durationMs: number, legacy?: { userId: number; legacyId: number }) {
  await t.db.execute(sql`
    insert into task_execution_logs (task_id, user_id, user_id_str, status, scheduled_for, started_at, finished_at, duration_ms, legacy_id)
    values (${taskId}, ${legacy?.userId ?? null}, ${userIdStr}, ${status}, ${scheduledFor}::timestamptz, ${scheduledFor}::timestamptz,
            ${scheduledFor}::timestamptz + ${durationMs} * interval '1 millisecond', ${durationMs}, ${legacy?.legacyId ?? null})
  `);
}

async function insertTask(userId: string, projectId: string, title: string, platform: string | null) {
  const result = await t.db.execute<{ id: string }>(sql`
    insert into tasks (project_id, user_id, title, platform) values (${projectId}, ${userId}, ${title}, ${platform}) returning id
  `);
  return result.rows[0]!.id;
}

beforeEach(async () => {
  await t.db.execute(sql`drop trigger if exists fail_one_week on report_data_weeks`);
  await t.db.execute(sql`truncate scheduler_leases, scheduler_events, task_execution_logs, workflow_executions, report_data_collections, tasks, projects, "user" cascade`);
  await insertTenant(t.db, TENANT);
  await insertTenant(t.db, OTHER);
  const project = await insertProject(t.db, TENANT);
  githubTask = await insertTask(TENANT, project, "Sync", "github");
  plainTask = await insertTask(TENANT, project, "Backup", null);
  const otherTask = await insertTask(OTHER, await insertProject(t.db, OTHER), "Theirs", "github");

  // Week 2026-W41 (Mon 5 Oct – Sun 11 Oct): 3 github runs, 1 failed plain run, 1 legacy run imported for user 1042.
  await insertRun(githubTask, TENANT, "succeeded", "2026-10-05T09:00:00Z", 100);
  await insertRun(githubTask, TENANT, "succeeded", "2026-10-07T09:00:00Z", 200);
  await insertRun(githubTask, TENANT, "succeeded", "2026-10-11T23:59:00Z", 300);
  await insertRun(plainTask, TENANT, "failed", "2026-10-08T09:00:00Z", 50);
  await insertRun(null, null, "succeeded", "2026-10-09T09:00:00Z", 100, { userId: 1042, legacyId: 1 });
  // Week 2026-W42: one timed out, one succeeded. Week 2026-W43: nothing.
  await insertRun(githubTask, TENANT, "timed_out", "2026-10-12T00:00:00Z", 1000);
  await insertRun(githubTask, TENANT, "succeeded", "2026-10-14T09:00:00Z", 400);
  // Another tenant's run in W41, and one of ours just outside the range: neither counts.
  await insertRun(otherTask, OTHER, "succeeded", "2026-10-06T09:00:00Z", 5);
  await insertRun(githubTask, TENANT, "succeeded", "2026-10-26T00:00:00Z", 5);
});

const W41 = {
  runs: 5,
  succeeded: 4,
  failed: 1,
  timed_out: 0,
  p50_ms: 100,
  p95_ms: 280,
  by_platform: [
    { platform: "github", runs: 3, succeeded: 3, failed: 0, timed_out: 0, p50_ms: 200, p95_ms: 290 },
    { platform: null, runs: 2, succeeded: 1, failed: 1, timed_out: 0, p50_ms: 75, p95_ms: 97.5 },
  ],
};
const W42 = {
  runs: 2,
  succeeded: 1,
  failed: 0,
  timed_out: 1,
  p50_ms: 700,
  p95_ms: 970,
  by_platform: [{ platform: "github", runs: 2, succeeded: 1, failed: 0, timed_out: 1, p50_ms: 700, p95_ms: 970 }],
};
const EMPTY_WEEK = { runs: 0, succeeded: 0, failed: 0, timed_out: 0, p50_ms: null, p95_ms: null, by_platform: [] };

// Wednesday 7 Oct to Thursday 22 Oct 2026: weeks W41, W42 and W43, whole.
const newCollection = (userId = TENANT) => createCollection(t.db, userId, { name: "October", start_date: "2026-10-07", end_date: "2026-10-22" });

async function runToEnd(collectionId: string) {
  const { execution } = await runCollection(t.db, TENANT, collectionId);
  await tick();
  return getWorkflowExecution(t.db, TENANT, execution.id);
}

describe("running a collection", () => {
  it("writes every week of the range with the figures of the tenant's runs and execution_id = the run's workflow execution", async () => {
    const collection = await newCollection();
    const execution = await runToEnd(collection.id);

    expect(execution).toMatchObject({ status: "succeeded", error: null, weeksCompleted: 3, weeksFailed: 0 });
    expect(execution.params).toMatchObject({ collection_id: collection.id, start_date: "2026-10-07", end_date: "2026-10-22", weeks_planned: 3 });
    const weeks = await listWeeks(t.db, TENANT, collection.id);
    expect(weeks.map((w) => [w.weekStartDate, w.weekEndDate, w.status, w.executionId, w.errorMessage])).toEqual([
      ["2026-10-05", "2026-10-11", "completed", execution.id, null],
      ["2026-10-12", "2026-10-18", "completed", execution.id, null],
      ["2026-10-19", "2026-10-25", "completed", execution.id, null],
    ]);
    expect(weeks.map((w) => w.data)).toEqual([W41, W42, EMPTY_WEEK]);

    // The scheduler ran it as a report_collection run linked to the execution.
    const runs = await t.db.execute<{ status: string; workflow_execution_id: string; trigger: string }>(
      sql`select l.status, l.workflow_execution_id, l.trigger from task_execution_logs l join tasks t on t.id = l.task_id where t.handler_kind = 'report_collection'`,
    );
    expect(runs.rows).toEqual([{ status: "succeeded", workflow_execution_id: execution.id, trigger: "manual" }]);
    expect(execution.runId).not.toBeNull();
    expect(await weekPopulation(t.db)).toEqual({ total_weeks: 3, weeks_with_execution_id: 3, population_percentage: 100, dangling_execution_ids: 0 });
  });

  it("a re-run replaces each week's data and its execution_id, keeping the row", async () => {
    const collection = await newCollection();
    const first = await runToEnd(collection.id);
    const before = await listWeeks(t.db, TENANT, collection.id);
    await insertRun(plainTask, TENANT, "succeeded", "2026-10-20T09:00:00Z", 10);

    const second = await runToEnd(collection.id);
    expect(second.id).not.toBe(first.id);
    const after = await listWeeks(t.db, TENANT, collection.id);
    expect(after.map((w) => w.id)).toEqual(before.map((w) => w.id));
    expect(after.every((w) => w.executionId === second.id)).toBe(true);
    expect(after[2]!.data).toMatchObject({ runs: 1, succeeded: 1, p50_ms: 10 });
    expect(await listExecutionWeeks(t.db, TENANT, first.id)).toEqual([]);
    expect(await listExecutionWeeks(t.db, TENANT, second.id)).toHaveLength(3);
  });

  it("a second Run while one is queued returns the live execution instead of queueing another", async () => {
    const collection = await newCollection();
    const a = await runCollection(t.db, TENANT, collection.id);
    const b = await runCollection(t.db, TENANT, collection.id);
    expect(a.created).toBe(true);
    expect(b).toMatchObject({ created: false, execution: { id: a.execution.id, status: "queued" } });
    // Two at once: still one live execution.
    const [c, d] = await Promise.all([runCollection(t.db, TENANT, collection.id), runCollection(t.db, TENANT, collection.id)]);
    expect([c.execution.id, d.execution.id]).toEqual([a.execution.id, a.execution.id]);
    const count = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from workflow_executions`);
    expect(count.rows[0]!.n).toBe(1);
    await tick();
    expect((await runCollection(t.db, TENANT, collection.id)).created).toBe(true);
  });

  it("collects only the weeks that have begun", async () => {
    const today = (await t.db.execute<{ d: string }>(sql`select (now() at time zone 'UTC')::date::text as d`)).rows[0]!.d;
    const inFiveWeeks = new Date(Date.parse(`${today}T00:00:00Z`) + 35 * 86_400_000).toISOString().slice(0, 10);
    const collection = await createCollection(t.db, TENANT, { name: "Now and later", start_date: today, end_date: inFiveWeeks });
    const execution = await runToEnd(collection.id);
    expect(execution).toMatchObject({ status: "succeeded", weeksCompleted: 1, params: { weeks_planned: 1 } });
    expect(await listWeeks(t.db, TENANT, collection.id)).toHaveLength(1);
  });
});

describe("a week that fails", () => {
  // A week whose write the database refuses (as a full disk or a broken constraint would): the trigger stands
  // for that failure and lets the failed-week record through.
  const failWeek = (weekStart: string) =>
    t.db.execute(
      sql.raw(`
        create or replace function fail_one_week() returns trigger language plpgsql as $$
        begin raise exception 'could not extend file: No space left on device'; end $$;
        create trigger fail_one_week before insert or update on report_data_weeks
        for each row when (new.week_start_date = '${weekStart}' and new.status = 'completed') execute function fail_one_week();
      `),
    );

  it("is marked failed with its reason and this execution's id; the other weeks complete; the execution is partial", async () => {
    const collection = await newCollection();
    await failWeek("2026-10-12");
    const execution = await runToEnd(collection.id);

    expect(execution).toMatchObject({ status: "partial", weeksCompleted: 2, weeksFailed: 1 });
    expect(execution.error).toMatch(/^1 of 3 weeks failed\. First: Week 2026-W42 .*No space left on device/);
    const weeks = await listWeeks(t.db, TENANT, collection.id);
    expect(weeks.map((w) => [w.weekStartDate, w.status, w.executionId])).toEqual([
      ["2026-10-05", "completed", execution.id],
      ["2026-10-12", "failed", execution.id],
      ["2026-10-19", "completed", execution.id],
    ]);
    expect(weeks[1]).toMatchObject({ data: null, errorMessage: expect.stringContaining("No space left on device") });
    // A partial collection is a run that did its job with failures listed: the run itself succeeded.
    const run = await t.db.execute<{ status: string; output: { weeks_failed: number } }>(sql`select status, output from task_execution_logs where id = ${execution.runId}`);
    expect(run.rows[0]).toMatchObject({ status: "succeeded", output: { status: "partial", weeks_failed: 1 } });
  });

  it("when every week fails, the execution and its run fail (and the run is not retried: max_attempts 1)", async () => {
    const collection = await createCollection(t.db, TENANT, { name: "One week", start_date: "2026-10-12", end_date: "2026-10-12" });
    await failWeek("2026-10-12");
    const execution = await runToEnd(collection.id);
    expect(execution).toMatchObject({ status: "failed", weeksCompleted: 0, weeksFailed: 1 });
    const runs = await t.db.execute<{ status: string; error: string }>(sql`select status, error from task_execution_logs where workflow_execution_id = ${execution.id}`);
    expect(runs.rows).toEqual([{ status: "failed", error: expect.stringContaining("1 of 1 weeks failed") }]);
  });
});

describe("the link's foreign key", () => {
  it("deleting an execution keeps its weeks and their data, unlinked (ON DELETE SET NULL), and keeps its run", async () => {
    const collection = await newCollection();
    const execution = await runToEnd(collection.id);
    await t.db.execute(sql`delete from workflow_executions where id = ${execution.id}`);

    const weeks = await listWeeks(t.db, TENANT, collection.id);
    expect(weeks.map((w) => [w.status, w.executionId])).toEqual([
      ["completed", null],
      ["completed", null],
      ["completed", null],
    ]);
    expect(weeks.map((w) => w.data)).toEqual([W41, W42, EMPTY_WEEK]);
    const run = await t.db.execute<{ workflow_execution_id: string | null }>(sql`select workflow_execution_id from task_execution_logs where id = ${execution.runId}`);
    expect(run.rows).toEqual([{ workflow_execution_id: null }]);
    expect(await weekPopulation(t.db)).toMatchObject({ weeks_with_execution_id: 0, population_percentage: 0, dangling_execution_ids: 0 });
  });

  it("refuses an execution_id that names no execution", async () => {
    const collection = await newCollection();
    await expect(
      t.db.execute(sql`insert into report_data_weeks (collection_id, week_start_date, week_end_date, execution_id) values (${collection.id}, '2026-10-05', '2026-10-11', gen_random_uuid())`),
    ).rejects.toMatchObject({ cause: { code: "23503" } });
  });
});

describe("runs that do not come from the Run button", () => {
  it("a run of the collection's task (its schedule, or Run now) opens its own execution and links itself to it", async () => {
    const collection = await newCollection();
    await t.db.execute(sql`update tasks set cron = '* * * * *', timezone = 'UTC', next_run_at = date_trunc('minute', now()) where id = ${collection.taskId}`);
    const report = await tick();
    expect(report).toMatchObject({ queued: 1, succeeded: 1 });

    const latest = (await getCollection(t.db, TENANT, collection.id)).latestExecution!;
    expect(latest).toMatchObject({ status: "succeeded", weeksCompleted: 3 });
    const run = await t.db.execute<{ trigger: string; workflow_execution_id: string }>(sql`select trigger, workflow_execution_id from task_execution_logs where task_id = ${collection.taskId}`);
    expect(run.rows).toEqual([{ trigger: "schedule", workflow_execution_id: latest.id }]);
  });

  it("a report_collection task naming a collection that is not the tenant's fails for good, with the reason", async () => {
    const theirs = await newCollection(OTHER);
    const project = await insertProject(t.db, TENANT, "Mine");
    const result = await t.db.execute<{ id: string }>(sql`
      insert into tasks (project_id, user_id, title, handler_kind, handler_config)
      values (${project}, ${TENANT}, 'Steal', 'report_collection', ${JSON.stringify({ collection_id: theirs.id })}::jsonb) returning id`);
    await t.db.execute(sql`insert into task_execution_logs (task_id, user_id, user_id_str, status, scheduled_for, available_at, trigger) values (${result.rows[0]!.id}, 1042, ${TENANT}, 'queued', now(), now(), 'manual')`);
    expect(await tick()).toMatchObject({ failed: 1, retried: 0 });
    const run = await t.db.execute<{ error: string }>(sql`select error from task_execution_logs where task_id = ${result.rows[0]!.id}`);
    expect(run.rows[0]!.error).toMatch(/names none of yours/);
    expect(await listWeeks(t.db, OTHER, theirs.id)).toEqual([]);
  });

  it("an execution whose run ended without it (reaped, or its task deleted) is ended as failed by the next tick", async () => {
    const collection = await newCollection();
    const { execution } = await runCollection(t.db, TENANT, collection.id);
    // Its worker died mid-run and the reaper timed the run out; with max_attempts 1 there is no retry.
    await t.db.execute(sql`update task_execution_logs set status = 'timed_out', error = 'Reaped: the lease expired.' where workflow_execution_id = ${execution.id}`);
    await tick();
    expect(await getWorkflowExecution(t.db, TENANT, execution.id)).toMatchObject({ status: "failed", error: "Its run ended timed_out before the workflow finished: Reaped: the lease expired." });

    // The runner task deleted with its queued run: the execution is ended, and the next Run makes a new task.
    const second = await runCollection(t.db, TENANT, collection.id);
    await t.db.execute(sql`delete from tasks where id = ${collection.taskId}`);
    await tick();
    expect(await getWorkflowExecution(t.db, TENANT, second.execution.id)).toMatchObject({ status: "failed", error: expect.stringMatching(/no longer exists/) });
    const third = await runToEnd(collection.id);
    expect(third.status).toBe("succeeded");
    expect((await getCollection(t.db, TENANT, collection.id)).taskId).not.toBe(collection.taskId);
  });
});

describe("a runner task changed by hand", () => {
  it("Run refuses with a conflict that says how to fix it, instead of queueing a run that collects nothing", async () => {
    const collection = await newCollection();
    await t.db.execute(sql`update tasks set handler_kind = 'noop', handler_config = '{}' where id = ${collection.taskId}`);
    await expect(runCollection(t.db, TENANT, collection.id)).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/handler was changed/) });
    const count = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from workflow_executions`);
    expect(count.rows[0]!.n).toBe(0);
  });
});

describe("tenant isolation", () => {
  it("another tenant's collection and execution are not found, for reads and for Run", async () => {
    const collection = await newCollection();
    const execution = await runToEnd(collection.id);
    await expect(getCollection(t.db, OTHER, collection.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(listWeeks(t.db, OTHER, collection.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getWorkflowExecution(t.db, OTHER, execution.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await listExecutionWeeks(t.db, OTHER, execution.id)).toEqual([]);
    await expect(runCollection(t.db, OTHER, collection.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
