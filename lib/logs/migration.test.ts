// The user_id_str migration (seed 000's 007 = migrations/0006) applied the way it meets production: to a
// database already in the legacy shape (0005) and holding legacy rows. It must backfill them, build the
// indexes, and leave a large table's backfill to the online reconcile instead of one long UPDATE.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { setupMigratedTo } from "@/test/harness/migrated-to";
import { backfillExecutionLogIdentity } from "./backfill";

const LEGACY_SHAPE = "0005_create_legacy_task_execution_logs";

const databaseMigratedTo = setupMigratedTo();
const legacyDatabase = () => databaseMigratedTo(LEGACY_SHAPE);

/** `n` legacy rows: integer user ids 1..users in turn, plus `anonymous` rows without any user id. */
async function fillLegacyRows(database: Database, n: number, { users = 10, anonymous = 0 } = {}) {
  await database.db.execute(sql`
    insert into task_execution_logs (user_id, status, scheduled_for, started_at, finished_at, duration_ms, attempt, legacy_id)
    select 1 + (i % ${users}), case when i % 5 = 0 then 'failed' else 'succeeded' end,
      now() - make_interval(mins => i), now() - make_interval(mins => i), now() - make_interval(mins => i) + interval '1 second', 1000, 1, i
    from generate_series(1, ${n}) as i
  `);
  if (anonymous > 0) {
    await database.db.execute(sql`
      insert into task_execution_logs (user_id, status, scheduled_for)
      select null, 'succeeded', now() from generate_series(1, ${anonymous})
    `);
  }
}

async function columnsOf(database: Database) {
  const result = await database.db.execute<{ column_name: string; data_type: string; character_maximum_length: number | null }>(sql`
    select column_name, data_type, character_maximum_length from information_schema.columns
    where table_name = 'task_execution_logs' order by column_name
  `);
  return result.rows;
}

async function indexesOf(database: Database) {
  const result = await database.db.execute<{ indexname: string; indexdef: string }>(
    sql`select indexname, indexdef from pg_indexes where tablename = 'task_execution_logs' order by indexname`,
  );
  return Object.fromEntries(result.rows.map((r) => [r.indexname, r.indexdef]));
}

async function identityCounts(database: Database) {
  const result = await database.db.execute<{ total: number; with_str: number; matching: number; pending: number }>(sql`
    select count(*)::int as total,
      count(user_id_str)::int as with_str,
      count(*) filter (where user_id_str = user_id::text)::int as matching,
      count(*) filter (where user_id_str is null and user_id is not null)::int as pending
    from task_execution_logs
  `);
  return result.rows[0]!;
}

describe("migration 0006 (seed 007: task_execution_logs.user_id_str)", () => {
  it("on a legacy-shaped table with rows: adds the column and the indexes, and backfills every legacy row", async () => {
    const database = await legacyDatabase();
    expect((await columnsOf(database)).map((c) => c.column_name)).not.toContain("user_id_str");
    expect((await columnsOf(database)).find((c) => c.column_name === "user_id")).toMatchObject({ data_type: "integer" });
    await fillLegacyRows(database, 1200, { users: 7, anonymous: 3 });

    await applyMigrations(database);

    expect((await columnsOf(database)).find((c) => c.column_name === "user_id_str")).toEqual({
      column_name: "user_id_str",
      data_type: "character varying",
      character_maximum_length: 255,
    });
    const indexes = await indexesOf(database);
    expect(indexes.idx_task_execution_logs_user_id_str).toMatch(/\(user_id_str\) WHERE \(user_id_str IS NOT NULL\)$/);
    expect(indexes.idx_task_execution_logs_user_id_str_status_date).toMatch(/\(user_id_str, status, scheduled_for\) WHERE \(user_id_str IS NOT NULL\)$/);
    expect(indexes.idx_task_execution_logs_legacy_user_id_status_date).toMatch(/\(user_id, status, scheduled_for\) WHERE \(user_id_str IS NULL\)$/);
    expect(indexes.idx_task_execution_logs_user_id_str_pending).toMatch(/\(id\) WHERE \(\(user_id_str IS NULL\) AND \(user_id IS NOT NULL\)\)$/);
    // Every legacy row now has its canonical id, equal to the decimal text of the integer; the rows with no
    // user id at all stay without one (the report's unresolved rows).
    expect(await identityCounts(database)).toEqual({ total: 1203, with_str: 1200, matching: 1200, pending: 0 });
    const sample = await database.db.execute<{ user_id: number; user_id_str: string }>(
      sql`select user_id, user_id_str from task_execution_logs where legacy_id = 13`,
    );
    expect(sample.rows[0]).toEqual({ user_id: 7, user_id_str: "7" });
  });

  it("on a table with more than 50,000 rows to fill: adds the column and indexes at once and leaves the backfill to the batched reconcile", async () => {
    const database = await legacyDatabase();
    await fillLegacyRows(database, 50_001);

    await applyMigrations(database);

    expect(await identityCounts(database)).toMatchObject({ total: 50_001, with_str: 0, pending: 50_001 });
    const result = await backfillExecutionLogIdentity(database.db, { batchSize: 10_000, maxBatches: 100, workers: 1 });
    expect(result).toMatchObject({ rowsUpdated: 50_001, batches: 6, remainingUnresolved: 0 });
    expect(await identityCounts(database)).toEqual({ total: 50_001, with_str: 50_001, matching: 50_001, pending: 0 });
  }, 60_000);

  it("finds indexes built by hand with CREATE INDEX CONCURRENTLY (as its note says) and does not build them again", async () => {
    const database = await legacyDatabase();
    await fillLegacyRows(database, 100);
    await database.db.execute(sql`alter table task_execution_logs add column if not exists user_id_str varchar(255)`);
    await database.db.execute(sql`create index concurrently if not exists idx_task_execution_logs_user_id_str on task_execution_logs (user_id_str) where user_id_str is not null`);
    const before = await database.db.execute<{ oid: number }>(sql`select 'idx_task_execution_logs_user_id_str'::regclass::oid::int as oid`);

    await applyMigrations(database);

    const after = await database.db.execute<{ oid: number }>(sql`select 'idx_task_execution_logs_user_id_str'::regclass::oid::int as oid`);
    expect(after.rows[0]!.oid).toBe(before.rows[0]!.oid);
    expect(await identityCounts(database)).toMatchObject({ total: 100, with_str: 100, pending: 0 });
  });
});
