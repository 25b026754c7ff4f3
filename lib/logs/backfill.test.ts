// The online backfill of user_id_str: resumable, idempotent, safe to run twice at once, and it leaves rows
// that already have an identity (or have none to copy) alone. The report's figures are checked on the
// same known data, in the SQL file for psql and in the function the API calls.
import { readFile } from "node:fs/promises";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/harness/test-database";
import { insertTenant } from "@/test/harness/tenants";
import { backfillExecutionLogIdentity, pendingBackfillRows } from "./backfill";
import { executionLogIdentityReport, goCriteria } from "./backfill-report";

const t = setupTestDatabase();

/** Known data: `legacy` rows of legacy users 1..5 (users 1-3 have accounts), plus the odd cases. */
async function fill(legacy: number) {
  await t.db.execute(sql`truncate task_execution_logs cascade`);
  await t.db.execute(sql`
    insert into task_execution_logs (user_id, status, scheduled_for)
    select 1 + (i % 5), 'succeeded', now() - make_interval(mins => i) from generate_series(1, ${legacy}) as i
  `);
  await t.db.execute(sql`
    insert into task_execution_logs (user_id, user_id_str, status, scheduled_for) values
      (1, '1', 'succeeded', now()),              -- written by the compatible writer: both ids, agreeing
      (null, 'native-user', 'succeeded', now()), -- a native tenant's row: canonical id only
      (2, '3', 'failed', now()),                 -- mismatched: the ids disagree
      (null, null, 'failed', now()),             -- unresolved: neither id
      (null, 'ghost', 'failed', now())           -- orphaned: an identity with no account
  `);
}

async function identities() {
  const result = await t.db.execute<{ user_id: number | null; user_id_str: string | null; n: number }>(sql`
    select user_id, user_id_str, count(*)::int as n from task_execution_logs group by 1, 2 order by 1 nulls last, 2 nulls last
  `);
  return result.rows;
}

describe("backfillExecutionLogIdentity", () => {
  beforeEach(async () => {
    await t.db.execute(sql`delete from "user"`);
    for (const id of ["1", "2", "3", "native-user"]) await insertTenant(t.db, id);
  });

  it("fills every legacy row in keyset batches, and is resumable: a stopped run leaves the rest for the next", async () => {
    await fill(1000);
    const first = await backfillExecutionLogIdentity(t.db, { batchSize: 300, maxBatches: 2, workers: 1 });
    expect(first).toMatchObject({ batches: 2, rowsUpdated: 600, remainingUnresolved: 400 });
    const rest = await backfillExecutionLogIdentity(t.db, { batchSize: 300, maxBatches: 100, workers: 1 });
    expect(rest).toMatchObject({ batches: 2, rowsUpdated: 400, remainingUnresolved: 0 });
    expect(await identities()).toEqual([
      { user_id: 1, user_id_str: "1", n: 201 },
      { user_id: 2, user_id_str: "2", n: 200 },
      { user_id: 2, user_id_str: "3", n: 1 }, // the mismatched row is not "fixed" by the backfill
      { user_id: 3, user_id_str: "3", n: 200 },
      { user_id: 4, user_id_str: "4", n: 200 },
      { user_id: 5, user_id_str: "5", n: 200 },
      { user_id: null, user_id_str: "ghost", n: 1 },
      { user_id: null, user_id_str: "native-user", n: 1 },
      { user_id: null, user_id_str: null, n: 1 },
    ]);
  });

  it("splits the work between parallel keyset walks that never take more than max_batches in all", async () => {
    await fill(1000);
    const capped = await backfillExecutionLogIdentity(t.db, { batchSize: 100, maxBatches: 3, workers: 4 });
    expect(capped).toMatchObject({ batches: 3, rowsUpdated: 300, remainingUnresolved: 700 });
    const rest = await backfillExecutionLogIdentity(t.db, { batchSize: 100, maxBatches: 1000, workers: 4 });
    expect(rest).toMatchObject({ rowsUpdated: 700, remainingUnresolved: 0 });
  });

  it("run again, changes nothing", async () => {
    await fill(500);
    await backfillExecutionLogIdentity(t.db, { batchSize: 200, maxBatches: 100 });
    const before = await identities();
    expect(await backfillExecutionLogIdentity(t.db, { batchSize: 200, maxBatches: 100 })).toMatchObject({ batches: 0, rowsUpdated: 0, remainingUnresolved: 0 });
    expect(await identities()).toEqual(before);
  });

  it("run twice at once, fills each row once and leaves the same data as one run", async () => {
    await fill(6000);
    const [a, b] = await Promise.all([
      backfillExecutionLogIdentity(t.open(2).db, { batchSize: 250, maxBatches: 1000 }),
      backfillExecutionLogIdentity(t.open(2).db, { batchSize: 250, maxBatches: 1000 }),
    ]);
    expect(a.rowsUpdated + b.rowsUpdated).toBe(6000);
    expect(await pendingBackfillRows(t.db)).toBe(0);
    const mismatched = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from task_execution_logs where user_id_str <> user_id::text`);
    expect(mismatched.rows[0]!.n).toBe(1);
  });
});

describe("the backfill report", () => {
  beforeEach(async () => {
    await t.db.execute(sql`delete from "user"`);
    for (const id of ["1", "2", "3", "native-user"]) await insertTenant(t.db, id);
  });

  const before = {
    total_rows: 105,
    rows_with_user_id_str: 4,
    legacy_rows: 102,
    backfilled_legacy_rows: 1,
    pending_backfill_rows: 100,
    unresolved_rows: 1,
    mismatched_rows: 1,
    // users 4 and 5 have no account (20 + 20 legacy rows), and "ghost"
    orphaned_rows: 41,
  };

  it("counts each kind of row on known data, before and after the backfill", async () => {
    await fill(100);
    expect(await executionLogIdentityReport(t.db)).toEqual(before);
    await backfillExecutionLogIdentity(t.db, { batchSize: 30, maxBatches: 100 });
    expect(await executionLogIdentityReport(t.db)).toEqual({ ...before, rows_with_user_id_str: 104, backfilled_legacy_rows: 101, pending_backfill_rows: 0 });
  });

  it("gives the same figures from scripts/sql/task_execution_log_user_id_backfill_report.sql (run as psql would)", async () => {
    await fill(100);
    const file = await readFile("scripts/sql/task_execution_log_user_id_backfill_report.sql", "utf8");
    const result = await t.db.execute(sql.raw(file));
    expect(result.rows[0]).toEqual(await executionLogIdentityReport(t.db));
  });

  it("says go only when nothing is unresolved, mismatched or pending", async () => {
    await fill(100);
    const report = await executionLogIdentityReport(t.db);
    expect(goCriteria(report)).toMatchObject({ go: false });
    expect(goCriteria({ ...report, unresolved_rows: 0, mismatched_rows: 0, pending_backfill_rows: 0 }).go).toBe(true);
    expect(goCriteria({ ...report, unresolved_rows: 0, mismatched_rows: 1, pending_backfill_rows: 0 }).go).toBe(false);
    expect(goCriteria({ ...report, unresolved_rows: 0, mismatched_rows: 0, pending_backfill_rows: 3 }).go).toBe(false);
  });
});
