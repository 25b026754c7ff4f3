// The online backfill of user_id_str (seed 000's migration 007 done on a live table): copies user_id::text
// into user_id_str for the legacy rows that lack it, in keyset batches, each one statement and so its own
// short transaction. Guarantees, and why they hold:
// - Online: a batch locks only its own rows (FOR UPDATE SKIP LOCKED), for one short statement; writers and
//   readers of other rows never wait, and readers of these rows see them before and after alike (the
//   compatible read finds a legacy row by user_id until it has user_id_str).
// - Resumable: what is left to do is the data itself (user_id_str is null, user_id is not); a run stopped
//   anywhere loses nothing, and the next one starts on what remains.
// - Safe twice, or twice at once: a row is only written while user_id_str is still null, and always to the
//   same value; two concurrent runs skip each other's locked rows instead of waiting or updating them twice.
// - Never O(n²): each batch continues after the last id of the one before (keyset), so it does not re-walk
//   the index entries of rows already done (they stay in the index until vacuum).
// Index relied on: the partial idx_task_execution_logs_user_id_str_pending (id WHERE user_id_str IS NULL AND
// user_id IS NOT NULL).
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

// 2,000 rows: a batch stays well under 200 ms on a modest machine (docs/benchmarks.md), and smaller batches
// are no slower in all.
export const BACKFILL_DEFAULT_BATCH_SIZE = 2000;
export const BACKFILL_MAX_BATCH_SIZE = 50_000;
export const BACKFILL_DEFAULT_MAX_BATCHES = 200;

export interface BackfillOptions {
  batchSize: number;
  maxBatches: number;
}

export interface BackfillResult {
  batches: number;
  rowsUpdated: number;
  /** Legacy rows still without user_id_str when the run ended (0 when it finished the job). */
  remainingUnresolved: number;
  durationMs: number;
  slowestBatchMs: number;
}

const NIL_UUID = "00000000-0000-0000-0000-000000000000";

export async function backfillExecutionLogIdentity(db: Db, { batchSize, maxBatches }: BackfillOptions): Promise<BackfillResult> {
  const started = performance.now();
  let after = NIL_UUID;
  let batches = 0;
  let rowsUpdated = 0;
  let slowestBatchMs = 0;
  while (batches < maxBatches) {
    const batchStarted = performance.now();
    const result = await db.execute<{ updated: number; last_id: string | null }>(sql`
      with batch as (
        select id from task_execution_logs
        where user_id_str is null and user_id is not null and id > ${after}::uuid
        order by id
        limit ${batchSize}
        for update skip locked
      ), updated as (
        update task_execution_logs as l
        set user_id_str = l.user_id::text
        where l.id = any(array(select id from batch)) and l.user_id_str is null
        returning l.id
      )
      select (select count(*)::int from updated) as updated, (select max(id::text collate "C") from batch) as last_id
    `);
    const row = result.rows[0];
    if (!row?.last_id) break;
    batches += 1;
    rowsUpdated += row.updated;
    after = row.last_id;
    slowestBatchMs = Math.max(slowestBatchMs, performance.now() - batchStarted);
  }
  return {
    batches,
    rowsUpdated,
    remainingUnresolved: await pendingBackfillRows(db),
    durationMs: Math.round(performance.now() - started),
    slowestBatchMs: Math.round(slowestBatchMs),
  };
}

/** Legacy rows the backfill has still to fill (served by the same partial index). */
export async function pendingBackfillRows(db: Db): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from task_execution_logs where user_id_str is null and user_id is not null`,
  );
  return result.rows[0]?.n ?? 0;
}
