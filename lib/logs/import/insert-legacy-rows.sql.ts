// The set-based write of one chunk of imported legacy rows: one INSERT whatever the chunk size, the rows
// travelling as one json parameter (json_to_recordset: plain json, which Postgres reads faster than jsonb), never one INSERT per row. The rows keep the legacy
// shape: the integer user_id only (user_id_str stays null for the backfill, as in the legacy table), and the
// task the resolver found (none when the user has no account: an orphaned row).
// Idempotent: ON CONFLICT on the partial unique task_execution_logs_legacy_id_key skips a row imported before
// (or earlier in the same file); a concurrent import of the same rows waits for the first to commit, then skips.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import type { LegacyRow } from "./legacy-line";

export interface ChunkOutcome {
  imported: number;
  orphaned: number;
  unresolved: number;
}

export async function insertLegacyRows(db: Db, rows: LegacyRow[], taskIds: (string | null)[]): Promise<ChunkOutcome> {
  if (rows.length === 0) return { imported: 0, orphaned: 0, unresolved: 0 };
  const json = JSON.stringify(
    rows.map((r, i) => ({
      legacy_id: r.legacyId,
      user_id: r.userId,
      task_id: taskIds[i],
      legacy_task_id: r.legacyTaskId,
      task_name: r.taskName,
      status: r.status,
      scheduled_for: r.scheduledFor,
      started_at: r.startedAt,
      finished_at: r.finishedAt,
      duration_ms: r.durationMs,
      attempt: r.attempt,
      error: r.error,
    })),
  );
  const inserted = await db.execute<{ orphaned: number; unresolved: number; imported: number }>(sql`
    with inserted as (
      insert into task_execution_logs (
        legacy_id, user_id, task_id, legacy_task_id, legacy_task_name, status,
        scheduled_for, started_at, finished_at, duration_ms, attempt, error
      )
      select legacy_id, user_id, task_id, legacy_task_id, task_name, status,
        scheduled_for, started_at, finished_at, duration_ms, attempt, error
      from json_to_recordset(${json}::json) as r(
        legacy_id bigint, user_id int, task_id uuid, legacy_task_id bigint, task_name text, status text,
        scheduled_for timestamptz, started_at timestamptz, finished_at timestamptz, duration_ms int, attempt int, error text
      )
      on conflict (legacy_id) where legacy_id is not null do nothing
      returning task_id, user_id
    )
    select count(*)::int as imported,
      count(*) filter (where task_id is null and user_id is not null)::int as orphaned,
      count(*) filter (where user_id is null)::int as unresolved
    from inserted
  `);
  const counts = inserted.rows[0]!;
  return { imported: counts.imported, orphaned: counts.orphaned, unresolved: counts.unresolved };
}
