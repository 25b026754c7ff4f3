// The compatible read and write (seed 000, P2.A) on mixed legacy and new rows: each tenant sees exactly its
// own runs, whatever shape their identity is in, and the filter is served by indexes on both arms.
import pg from "pg";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { taskExecutionLogs, tasks } from "@/drizzle";
import { NotFoundError } from "@/lib/errors";
import { setupTestDatabase } from "@/test/harness/test-database";
import { insertProject, insertTenant } from "@/test/harness/tenants";
import { getLog, listLogs } from "./queries";
import { logListQuery } from "./schemas";
import { writeExecutionLogs } from "./write-log";

const t = setupTestDatabase();
const ids: Record<string, string> = {};
let textTaskId: string;

const at = (iso: string) => new Date(iso);
const list = async (userId: string, query: Record<string, string> = {}) => listLogs(t.db, userId, logListQuery.parse({ page_size: "200", ...query }));
const visible = async (userId: string) => (await list(userId)).logs.map((l) => l.id).sort();
const named = (...names: string[]) => names.map((n) => ids[n]!).sort();

async function insertRaw(name: string, values: Partial<typeof taskExecutionLogs.$inferInsert>) {
  const [row] = await t.db
    .insert(taskExecutionLogs)
    .values({ status: "succeeded", scheduledFor: at("2026-11-01T10:00:00Z"), ...values })
    .returning({ id: taskExecutionLogs.id });
  ids[name] = row!.id;
}

beforeAll(async () => {
  // "42" is a legacy user brought over with their old number as their id; "7" another; "tenant-text" a
  // native Better Auth id; "042" a text id that merely looks like 42.
  for (const id of ["42", "7", "tenant-text", "042"]) await insertTenant(t.db, id);
  const project42 = await insertProject(t.db, "42");
  const projectText = await insertProject(t.db, "tenant-text");
  const [task42, taskText] = await t.db
    .insert(tasks)
    .values([
      { projectId: project42, userId: "42", title: "Nightly invoice export", platform: "internal" },
      { projectId: projectText, userId: "tenant-text", title: "Sync issues", handlerKind: "http", handlerConfig: { url: "https://example.com" } },
    ])
    .returning({ id: tasks.id });
  textTaskId = taskText!.id;

  await insertRaw("legacy42", { userId: 42, taskId: task42!.id, status: "failed", error: "connection reset", scheduledFor: at("2026-10-01T08:00:00Z") });
  await insertRaw("backfilled42", { userId: 42, userIdStr: "42", taskId: task42!.id, scheduledFor: at("2026-10-15T08:00:00Z") });
  await insertRaw("legacy7", { userId: 7 });
  await insertRaw("mismatched", { userId: 42, userIdStr: "7" });
  await insertRaw("anonymous", {});
  const [new42] = await writeExecutionLogs(t.db, "42", [
    { taskId: task42!.id, status: "succeeded", scheduledFor: at("2026-11-20T08:00:00Z"), startedAt: at("2026-11-20T08:00:01Z"), durationMs: 900 },
  ]);
  ids.new42 = new42!;
  const newText = await writeExecutionLogs(t.db, "tenant-text", [
    { taskId: taskText!.id, status: "succeeded", scheduledFor: at("2026-11-21T08:00:00Z"), durationMs: 100, output: { status: 200 } },
    { taskId: taskText!.id, status: "timed_out", scheduledFor: at("2026-11-22T08:00:00Z"), durationMs: 60_000, error: "no answer in 60 s" },
    { taskId: taskText!.id, status: "queued", scheduledFor: at("2026-11-23T08:00:00Z") },
  ]);
  ids.text1 = newText[0]!;
  ids.text2 = newText[1]!;
  ids.text3 = newText[2]!;
});

describe("compatible writes", () => {
  it("always set user_id_str, and the legacy integer user_id too when the identity is an integer's text", async () => {
    const rows = await t.db
      .select({ id: taskExecutionLogs.id, userId: taskExecutionLogs.userId, userIdStr: taskExecutionLogs.userIdStr })
      .from(taskExecutionLogs)
      .where(sql`${taskExecutionLogs.id} in (${ids.new42}, ${ids.text1})`);
    expect(rows.find((r) => r.id === ids.new42)).toMatchObject({ userId: 42, userIdStr: "42" });
    expect(rows.find((r) => r.id === ids.text1)).toMatchObject({ userId: null, userIdStr: "tenant-text" });
  });
});

describe("compatible reads", () => {
  it("show a legacy tenant its legacy, backfilled and new rows, and no other tenant's", async () => {
    expect(await visible("42")).toEqual(named("legacy42", "backfilled42", "new42"));
  });

  it("give a row with user_id_str to that tenant alone, even when its legacy integer disagrees", async () => {
    expect(await visible("7")).toEqual(named("legacy7", "mismatched"));
  });

  it("show a native tenant only its own rows, and nothing to an id that only looks like a legacy number", async () => {
    expect(await visible("tenant-text")).toEqual(named("text1", "text2", "text3"));
    expect(await visible("042")).toEqual([]);
    expect(await visible("nobody")).toEqual([]);
  });

  it("resolve user_id_str in the JSON to the legacy id's text for a row not yet backfilled", async () => {
    expect((await getLog(t.db, "42", ids.legacy42!)).identity).toBe("42");
  });

  it("treat another tenant's run as not found", async () => {
    await expect(getLog(t.db, "7", ids.legacy42!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLog(t.db, "tenant-text", ids.new42!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLog(t.db, "42", ids.anonymous!)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getLog(t.db, "42", ids.new42!)).task).toMatchObject({ title: "Nightly invoice export", platform: "internal", handlerKind: "noop" });
  });

  it("are index scans on both arms, never a sequential scan", async () => {
    const captured: { query: string; params: unknown[] }[] = [];
    const database = t.open(1, { onQuery: (query, params) => captured.push({ query, params }) });
    await listLogs(database.db, "42", logListQuery.parse({ status: "failed" }));
    expect(captured).toHaveLength(2); // the page and its total_count
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query("begin");
      // A test table is tiny, where a sequential scan is cheapest; switching it off shows whether indexes
      // *can* serve the filter (if none could, the plan would still be a Seq Scan, as it would be for
      // `user_id::text = :id`). At 1M rows the planner picks them by itself: see docs/benchmarks.md.
      await client.query("set local enable_seqscan = off");
      for (const { query, params } of captured) {
        const plan = JSON.stringify((await client.query(`explain (format json) ${query}`, params)).rows[0]);
        expect(plan).not.toContain("Seq Scan");
        // Both arms of the OR are index scans combined by a BitmapOr. Which of the indexes the planner takes on
        // a handful of rows is arbitrary; on a big table it is the status-date pair (docs/benchmarks.md).
        expect(plan).toContain('"Node Type":"BitmapOr"');
      }
    } finally {
      await client.query("rollback");
      await client.end();
    }
  });
});

describe("listLogs filters, sort and pages", () => {
  it("filter by status, task, date range (a date meaning the whole UTC day) and text in the error or task title", async () => {
    expect((await list("42", { status: "failed" })).logs.map((l) => l.id)).toEqual([ids.legacy42]);
    expect((await list("tenant-text", { task_id: textTaskId })).totalCount).toBe(3);
    expect((await list("tenant-text", { from: "2026-11-22", to: "2026-11-22" })).logs.map((l) => l.id)).toEqual([ids.text2]);
    expect((await list("tenant-text", { from: "2026-11-22T08:00:00Z" })).totalCount).toBe(2);
    expect((await list("42", { q: "RESET" })).logs.map((l) => l.id)).toEqual([ids.legacy42]);
    expect((await list("42", { q: "invoice" })).totalCount).toBe(3);
    expect((await list("42", { q: "100%_" })).totalCount).toBe(0);
  });

  it("sort newest first by default, by any listed column either way, and page with a total count", async () => {
    expect((await list("tenant-text")).logs.map((l) => l.id)).toEqual([ids.text3, ids.text2, ids.text1]);
    expect((await list("tenant-text", { sort: "duration_ms" })).logs.map((l) => l.id)).toEqual([ids.text1, ids.text2, ids.text3]);
    expect((await list("tenant-text", { sort: "-duration_ms" })).logs.map((l) => l.id)).toEqual([ids.text2, ids.text1, ids.text3]);
    const page2 = await list("tenant-text", { page: "2", page_size: "2" });
    expect(page2).toMatchObject({ totalCount: 3 });
    expect(page2.logs.map((l) => l.id)).toEqual([ids.text1]);
  });

  it("refuse a bad filter with the field named", () => {
    const problems = (query: Record<string, string>) => logListQuery.safeParse(query).error?.issues.map((i) => i.path.join("."));
    expect(problems({ status: "done" })).toEqual(["status"]);
    expect(problems({ task_id: "not-a-uuid" })).toEqual(["task_id"]);
    expect(problems({ from: "yesterday" })).toEqual(["from"]);
    expect(problems({ from: "2026-11-02", to: "2026-11-01" })).toEqual(["to"]);
    expect(problems({ sort: "user_id" })).toEqual(["sort"]);
  });

  it("deleting a task deletes its runs", async () => {
    const [task] = await t.db.select().from(tasks).where(eq(tasks.id, textTaskId));
    await t.db.delete(tasks).where(eq(tasks.id, task!.id));
    expect(await visible("tenant-text")).toEqual([]);
  });
});
