// The set-based write of one chunk of imported legacy rows: three statements whatever the chunk size, each
// taking the chunk as one array per column (unnest), never one INSERT per row.
// 1. The tenant's "Imported history" project, for every user of the chunk that has an account. Idempotent
//    and race-safe: ON CONFLICT on projects_imported_history_key (one such project per tenant).
// 2. A task per (tenant, legacy task) in it, external_id `legacy:<legacy task id>`. Idempotent and race-safe:
//    ON CONFLICT on tasks_project_id_external_id_key.
// 3. The rows, legacy-shaped: the integer user_id only (user_id_str stays null for the backfill, as in the
//    legacy table), the task found through 1 and 2 (none when the user has no account: an orphaned row).
//    Idempotent: ON CONFLICT (legacy_id) DO NOTHING skips a row imported before, or earlier in the file.
// A concurrent import of the same rows waits on the unique indexes for the first to commit, then skips.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import type { LegacyRow } from "./legacy-line";

export const IMPORTED_HISTORY_PROJECT_NAME = "Imported history";

export interface ChunkOutcome {
  imported: number;
  orphaned: number;
  unresolved: number;
}

export async function insertLegacyRows(db: Db, rows: LegacyRow[]): Promise<ChunkOutcome> {
  if (rows.length === 0) return { imported: 0, orphaned: 0, unresolved: 0 };
  const userIds = [...new Set(rows.flatMap((r) => (r.userId === null ? [] : [String(r.userId)])))].sort();
  const col = <T>(pick: (r: LegacyRow) => T) => sql.param(rows.map(pick));
  const iso = (d: Date | null) => d?.toISOString() ?? null;

  await db.execute(sql`
    insert into projects (user_id, name, kind)
    select u.id, ${IMPORTED_HISTORY_PROJECT_NAME}, 'imported_history'
    from "user" as u
    where u.id = any(${sql.param(userIds)}::text[])
    order by u.id
    on conflict (user_id) where kind = 'imported_history' do nothing
  `);

  await db.execute(sql`
    insert into tasks (project_id, user_id, title, description, status, external_id)
    select distinct on (p.id, r.legacy_task_id)
      p.id,
      p.user_id,
      coalesce(nullif(btrim(r.task_name), ''), 'Legacy task ' || r.legacy_task_id),
      'Imported from the legacy scheduler, where it was task ' || r.legacy_task_id || '.',
      'archived',
      'legacy:' || r.legacy_task_id
    from unnest(${col((r) => r.userId)}::int[], ${col((r) => r.legacyTaskId)}::bigint[], ${col((r) => r.taskName)}::text[])
      as r(user_id, legacy_task_id, task_name)
    join projects as p on p.user_id = r.user_id::text and p.kind = 'imported_history'
    order by p.id, r.legacy_task_id
    on conflict (project_id, external_id) do nothing
  `);

  const inserted = await db.execute<{ orphaned: boolean; unresolved: boolean }>(sql`
    insert into task_execution_logs (
      legacy_id, user_id, task_id, legacy_task_id, legacy_task_name, status,
      scheduled_for, started_at, finished_at, duration_ms, attempt, error
    )
    select r.legacy_id, r.user_id, t.id, r.legacy_task_id, r.task_name, r.status,
      r.scheduled_for, r.started_at, r.finished_at, r.duration_ms, r.attempt, r.error
    from unnest(
      ${col((r) => r.legacyId)}::bigint[], ${col((r) => r.userId)}::int[], ${col((r) => r.legacyTaskId)}::bigint[],
      ${col((r) => r.taskName)}::text[], ${col((r) => r.status)}::text[], ${col((r) => iso(r.scheduledFor))}::timestamptz[],
      ${col((r) => iso(r.startedAt))}::timestamptz[], ${col((r) => iso(r.finishedAt))}::timestamptz[],
      ${col((r) => r.durationMs)}::int[], ${col((r) => r.attempt)}::int[], ${col((r) => r.error)}::text[]
    ) as r(legacy_id, user_id, legacy_task_id, task_name, status, scheduled_for, started_at, finished_at, duration_ms, attempt, error)
    left join projects as p on p.user_id = r.user_id::text and p.kind = 'imported_history'
    left join tasks as t on t.project_id = p.id and t.external_id = 'legacy:' || r.legacy_task_id
    on conflict (legacy_id) do nothing
    returning (task_id is null and user_id is not null) as orphaned, (user_id is null) as unresolved
  `);
  return {
    imported: inserted.rows.length,
    orphaned: inserted.rows.filter((r) => r.orphaned).length,
    unresolved: inserted.rows.filter((r) => r.unresolved).length,
  };
}
