// The legacy import end to end on Postgres: good lines in, bad lines reported by line, legacy-shaped rows,
// tasks mapped into each tenant's "Imported history" project, orphaned rows kept, nothing added twice.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { projects, taskExecutionLogs, tasks } from "@/drizzle";
import { PayloadTooLargeError } from "@/lib/errors";
import { setupTestDatabase } from "@/test/harness/test-database";
import { insertTenant } from "@/test/harness/tenants";
import { listLogs } from "../queries";
import { logListQuery } from "../schemas";
import { importLegacyLogs } from "./import-legacy-logs";

const t = setupTestDatabase();

async function* one(text: string) {
  yield text;
}
const csv = (text: string) => ({ format: "csv" as const, chunks: one(text) });
const json = (value: unknown) => ({ format: "json" as const, chunks: one(JSON.stringify(value)) });
const inTx = <T>(run: (tx: typeof t.db) => Promise<T>) => t.db.transaction(async (tx) => run(tx as unknown as typeof t.db));

const HEADER = "legacy_id,user_id,task_id,task_name,status,scheduled_for,started_at,finished_at,duration_ms,attempt,error";
const FILE = [
  HEADER,
  "1,42,7,Invoice export,succeeded,2024-03-01T10:00:00Z,2024-03-01T10:00:01Z,2024-03-01T10:00:03Z,,1,",
  "2,42,7,Invoice export,failed,2024-03-02T10:00:00Z,,,,3,\"timeout, retried\"",
  "3,42,9,,succeeded,2024-03-02T11:00:00Z,,,,,",
  "4,9999,7,Someone else's export,succeeded,2024-03-02T12:00:00Z,,,,,", // no such user: orphaned
  "5,,7,,succeeded,2024-03-02T12:00:00Z,,,,,", // no user id at all: unresolved
  "6,42,7,,done,2024-03-03T10:00:00Z,,,,,", // bad status
  "7,42,7,,succeeded,not a date,,,,,", // bad timestamp
  "8,42,7", // too few fields
  "1,42,7,Invoice export,succeeded,2024-03-01T10:00:00Z,,,,,", // legacy_id 1 again: skipped
].join("\n");

beforeAll(async () => {
  await insertTenant(t.db, "42");
  await insertTenant(t.db, "43");
});

describe("importLegacyLogs", () => {
  it("imports the good lines, lists each bad one with its file line and reason, and counts skipped, orphaned, unresolved", async () => {
    const result = await inTx((tx) => importLegacyLogs(tx, csv(FILE)));
    expect(result).toEqual({
      imported: 5,
      skipped: 1,
      orphaned: 1,
      unresolved: 1,
      rejectedCount: 3,
      rejected: [
        { line: 7, reason: expect.stringContaining('status must be one of') },
        { line: 8, reason: expect.stringContaining("scheduled_for must be an ISO-8601 timestamp") },
        { line: 9, reason: "has 3 fields where the header has 11" },
      ],
    });
  });

  it("writes legacy-shaped rows: the integer user_id only, the legacy ids kept, the duration derived", async () => {
    const [row] = await t.db.select().from(taskExecutionLogs).where(eq(taskExecutionLogs.legacyId, 1));
    expect(row).toMatchObject({ userId: 42, userIdStr: null, legacyTaskId: 7, legacyTaskName: "Invoice export", durationMs: 2000, attempt: 1, status: "succeeded" });
    const [failed] = await t.db.select().from(taskExecutionLogs).where(eq(taskExecutionLogs.legacyId, 2));
    expect(failed).toMatchObject({ error: "timeout, retried", attempt: 3 });
  });

  it("maps each legacy task to one task of the tenant in its one \"Imported history\" project; an orphaned row has none", async () => {
    const imported = await t.db.select().from(projects).where(and(eq(projects.userId, "42"), eq(projects.kind, "imported_history")));
    expect(imported).toHaveLength(1);
    expect(imported[0]!.name).toBe("Imported history");
    const legacyTasks = await t.db.select().from(tasks).where(eq(tasks.projectId, imported[0]!.id));
    expect(legacyTasks.map((task) => [task.externalId, task.title]).sort()).toEqual([
      ["legacy:7", "Invoice export"],
      ["legacy:9", "Legacy task 9"],
    ]);
    const orphan = await t.db.select().from(taskExecutionLogs).where(eq(taskExecutionLogs.legacyId, 4));
    expect(orphan[0]).toMatchObject({ taskId: null, userId: 9999, legacyTaskId: 7 });
  });

  it("makes the history visible to its tenant through the compatible read, with a real task object", async () => {
    const page = await listLogs(t.db, "42", logListQuery.parse({}));
    expect(page.totalCount).toBe(3);
    expect(page.logs.every((log) => log.task?.title && log.identity === "42")).toBe(true);
    expect((await listLogs(t.db, "43", logListQuery.parse({}))).totalCount).toBe(0);
  });

  it("adds nothing when the same file is imported again, as CSV or as the same lines in JSON", async () => {
    const count = async () => (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from task_execution_logs`)).rows[0]!.n;
    const before = await count();
    expect(await inTx((tx) => importLegacyLogs(tx, csv(FILE)))).toMatchObject({ imported: 0, skipped: 6, rejectedCount: 3 });
    const lines = [{ legacy_id: 1, user_id: 42, task_id: 7, status: "succeeded", scheduled_for: "2024-03-01T10:00:00Z" }];
    expect(await inTx((tx) => importLegacyLogs(tx, json(lines)))).toMatchObject({ imported: 0, skipped: 1 });
    expect(await count()).toBe(before);
    expect(await t.db.select().from(projects).where(eq(projects.kind, "imported_history"))).toHaveLength(1);
  });

  it("run twice at once on the same new file, imports each row once", async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => ({ legacy_id: 10_000 + i, user_id: 43, task_id: 100 + (i % 5), status: "succeeded", scheduled_for: "2024-04-01T00:00:00Z" }));
    const results = await Promise.all([0, 1].map(() => t.open(1).db.transaction((tx) => importLegacyLogs(tx as unknown as typeof t.db, json(lines)))));
    expect(results[0]!.imported + results[1]!.imported).toBe(3000);
    expect(results[0]!.skipped + results[1]!.skipped).toBe(3000);
    const tasks43 = await t.db.select().from(tasks).where(eq(tasks.userId, "43"));
    expect(tasks43).toHaveLength(5);
  });

  it("reports JSON elements that are not objects or not JSON by their position", async () => {
    const text = '[{"legacy_id": 50, "user_id": 42, "task_id": 7, "status": "succeeded", "scheduled_for": "2024-05-01T00:00:00Z"}, 17, {oops}]';
    const result = await inTx((tx) => importLegacyLogs(tx, { format: "json", chunks: one(text) }));
    expect(result).toMatchObject({ imported: 1, rejected: [{ line: 2, reason: expect.stringContaining("not a JSON object") }, { line: 3, reason: expect.stringContaining("not valid JSON") }] });
  });

  it("refuses a file over the line limit as a whole, leaving nothing behind", async () => {
    const lines = [HEADER, ...Array.from({ length: 11 }, (_, i) => `${20_000 + i},42,7,,succeeded,2024-03-01T10:00:00Z,,,,,`)].join("\n");
    await expect(inTx((tx) => importLegacyLogs(tx, csv(lines), { maxLines: 10 }))).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(await t.db.select().from(taskExecutionLogs).where(eq(taskExecutionLogs.legacyId, 20_000))).toHaveLength(0);
  });

  it("refuses a CSV whose header names unknown or missing columns, naming them", async () => {
    await expect(inTx((tx) => importLegacyLogs(tx, csv("legacy_id,owner,status\n1,x,succeeded")))).rejects.toThrow(/unknown columns: owner/);
    await expect(inTx((tx) => importLegacyLogs(tx, csv("legacy_id,status\n1,succeeded")))).rejects.toThrow(/lacks task_id/);
    await expect(inTx((tx) => importLegacyLogs(tx, csv("")))).rejects.toThrow(/CSV is empty/);
  });
});
