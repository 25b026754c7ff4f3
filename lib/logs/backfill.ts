// The online backfill of user_id_str (seed 000's migration 007 done on a live table): copies user_id::text
// into user_id_str for the legacy rows that lack it, in keyset batches, each one statement and so its own
// short transaction. Guarantees, and why they hold:
// - Online: a batch locks only the rows it updates, for one short statement; writers and readers of other
//   rows never wait, and readers of these rows see them before and after alike (the compatible read finds a
//   legacy row by user_id until it has user_id_str).
// - Resumable: what is left to do is the data itself (user_id_str is null, user_id is not); a run stopped
//   anywhere loses nothing, and the next one starts on what remains.
// - Safe twice, or twice at once: a row is only written while user_id_str is still null (the UPDATE re-checks
//   that after waiting for a concurrent run's lock), and always to the same value, so no row is written
//   twice and the result is the same as one run. Both runs lock in the same order, so they wait rather than
//   deadlock; should Postgres still abort a batch as a deadlock, the batch is simply run again.
// - Never O(n²): each batch continues after the last id of the one before (keyset), so it does not re-walk
//   the index entries of rows already done (they stay in the index until vacuum).
// - Cheap: the batch's ids are picked first (an index-only walk) and updated by `id = any(ids)`, an index scan
//   of exactly those rows; no separate row-locking pass (FOR UPDATE would write every tuple twice).
// Index relied on: the partial idx_task_execution_logs_user_id_str_pending (id WHERE user_id_str IS NULL AND
// user_id IS NOT NULL).
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { isDeadlock } from "@/lib/db/errors";

// 2,000 rows: a batch stays well under 200 ms on a modest machine (docs/benchmarks.md), and smaller batches
// are no slower in all.
export const BACKFILL_DEFAULT_BATCH_SIZE = 2000;
export const BACKFILL_MAX_BATCH_SIZE = 50_000;
export const BACKFILL_DEFAULT_MAX_BATCHES = 200;


export interface BackfillResult {
  batches: number;
  rowsUpdated: number;
  /** Legacy rows still without user_id_str when the run ended (0 when it finished the job). */
  remainingUnresolved: number;
  durationMs: number;
  slowestBatchMs: number;
}

export interface BackfillOptions {
  batchSize: number;
  maxBatches: number;
  /** Keyset walks run side by side, each over its own slice of the id space (default 2). */
  workers?: number;
}

export async function backfillExecutionLogIdentity(db: Db, { batchSize, maxBatches, workers = 2 }: BackfillOptions): Promise<BackfillResult> {
  const started = performance.now();
  const totals = { batches: 0, rowsUpdated: 0, slowestBatchMs: 0 };
  // Each worker walks its own slice of the uuid space, so the workers never touch the same rows; together
  // they keep to maxBatches. Row-at-a-time index maintenance is CPU work in Postgres, and two walks use two
  // cores where one would leave the second idle.
  const slices = uuidSlices(workers);
  await Promise.all(
    slices.map(async ({ from, to }) => {
      let after = from;
      while (totals.batches < maxBatches) {
        totals.batches += 1; // claimed before the await, so concurrent workers never exceed maxBatches
        const batchStarted = performance.now();
        const row = (await runBatch(db, after, to, batchSize)).rows[0];
        if (!row?.last_id) {
          totals.batches -= 1; // nothing was left in this slice: that was not a batch
          return;
        }
        totals.rowsUpdated += row.updated;
        after = row.last_id;
        totals.slowestBatchMs = Math.max(totals.slowestBatchMs, performance.now() - batchStarted);
      }
    }),
  );
  return {
    batches: totals.batches,
    rowsUpdated: totals.rowsUpdated,
    remainingUnresolved: await pendingBackfillRows(db),
    durationMs: Math.round(performance.now() - started),
    slowestBatchMs: Math.round(totals.slowestBatchMs),
  };
}

/** `count` consecutive slices of the uuid space by first hex digit, as (after, upTo] bounds for a keyset walk. */
function uuidSlices(count: number): { from: string; to: string }[] {
  const n = Math.max(1, Math.min(16, Math.floor(count)));
  const bound = (i: number) => `${Math.floor((i * 16) / n).toString(16)}0000000-0000-0000-0000-000000000000`;
  return Array.from({ length: n }, (_, i) => ({
    // Each slice ends on the bound the next one starts after, so every id belongs to exactly one slice.
    from: i === 0 ? NIL_UUID : bound(i),
    to: i === n - 1 ? MAX_UUID : bound(i + 1),
  }));
}

const NIL_UUID = "00000000-0000-0000-0000-000000000000";
const MAX_UUID = "ffffffff-ffff-ffff-ffff-ffffffffffff";

async function runBatch(db: Db, after: string, upTo: string, batchSize: number, retries = 3) {
  try {
    return await batchStatement(db, after, upTo, batchSize);
  } catch (error) {
    if (retries > 0 && isDeadlock(error)) return runBatch(db, after, upTo, batchSize, retries - 1);
    throw error;
  }
}

function batchStatement(db: Db, after: string, upTo: string, batchSize: number) {
  return db.execute<{ updated: number; last_id: string | null }>(sql`
      with batch as (
        select array(
          select id from task_execution_logs
          where user_id_str is null and user_id is not null and id > ${after}::uuid and id <= ${upTo}::uuid
          order by id
          limit ${batchSize}
        ) as ids
      ), updated as (
        update task_execution_logs as l
        set user_id_str = l.user_id::text
        where l.id = any((select ids from batch)::uuid[]) and l.user_id_str is null
        returning l.id
      )
      select (select count(*)::int from updated) as updated, (select max(id::text collate "C") from batch, unnest(ids) as id) as last_id
  `);
}

/** Legacy rows the backfill has still to fill (served by the same partial index). */
export async function pendingBackfillRows(db: Db): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from task_execution_logs where user_id_str is null and user_id is not null`,
  );
  return result.rows[0]?.n ?? 0;
}
