// Which task a legacy row belongs to: the task `legacy:<legacy task id>` in its tenant's "Imported history"
// project, made on first sight. One resolver serves a whole import and remembers what it found, so only the
// chunks that bring a new (user, legacy task) pair cost any SQL — usually the first one.
// Three set-based statements per such chunk, each race-safe against a concurrent import:
// 1. the "Imported history" project of every user of the new pairs that has an account — ON CONFLICT on
//    projects_imported_history_key (one such project per tenant) DO NOTHING;
// 2. a task per pair — ON CONFLICT on tasks_project_id_external_id_key DO NOTHING;
// 3. a read of the tasks of those pairs. It is a new statement, so its snapshot sees what a concurrent import
//    committed while 1 and 2 waited for it on the unique indexes: every pair of a user with an account is
//    found. A pair whose user has no account maps to no task: its rows are orphaned.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import type { LegacyRow } from "./legacy-line";

export const IMPORTED_HISTORY_PROJECT_NAME = "Imported history";

const key = (userId: number, legacyTaskId: number) => `${userId}:${legacyTaskId}`;

export class LegacyTaskResolver {
  /** (user, legacy task) → the task's id, or null when the user has no account. */
  private readonly known = new Map<string, string | null>();

  constructor(private readonly db: Db) {}

  /** The task id for each row (null: no user id, or a user without an account), in row order. */
  async taskIds(rows: LegacyRow[]): Promise<(string | null)[]> {
    const fresh = new Map<string, { user_id: string; legacy_task_id: number; task_name: string | null }>();
    for (const r of rows) {
      if (r.userId === null) continue;
      const k = key(r.userId, r.legacyTaskId);
      if (!this.known.has(k) && !fresh.has(k)) fresh.set(k, { user_id: String(r.userId), legacy_task_id: r.legacyTaskId, task_name: r.taskName });
    }
    if (fresh.size > 0) await this.resolve([...fresh.values()]);
    return rows.map((r) => (r.userId === null ? null : (this.known.get(key(r.userId, r.legacyTaskId)) ?? null)));
  }

  private async resolve(pairs: { user_id: string; legacy_task_id: number; task_name: string | null }[]) {
    const json = JSON.stringify(pairs);
    const recordset = sql`json_to_recordset(${json}::json) as r(user_id text, legacy_task_id bigint, task_name text)`;
    await this.db.execute(sql`
      insert into projects (user_id, name, kind)
      select distinct u.id, ${IMPORTED_HISTORY_PROJECT_NAME}, 'imported_history'
      from ${recordset} join "user" as u on u.id = r.user_id
      order by u.id
      on conflict (user_id) where kind = 'imported_history' do nothing
    `);
    await this.db.execute(sql`
      insert into tasks (project_id, user_id, title, description, status, external_id)
      select p.id, p.user_id,
        coalesce(nullif(btrim(r.task_name), ''), 'Legacy task ' || r.legacy_task_id),
        'Imported from the legacy scheduler, where it was task ' || r.legacy_task_id || '.',
        'archived',
        'legacy:' || r.legacy_task_id
      from ${recordset}
      join projects as p on p.user_id = r.user_id and p.kind = 'imported_history'
      order by p.id, r.legacy_task_id
      on conflict (project_id, external_id) do nothing
    `);
    const found = await this.db.execute<{ user_id: string; legacy_task_id: string; task_id: string }>(sql`
      select r.user_id, r.legacy_task_id::text, t.id as task_id
      from ${recordset}
      join projects as p on p.user_id = r.user_id and p.kind = 'imported_history'
      join tasks as t on t.project_id = p.id and t.external_id = 'legacy:' || r.legacy_task_id
    `);
    for (const pair of pairs) this.known.set(key(Number(pair.user_id), pair.legacy_task_id), null);
    for (const row of found.rows) this.known.set(key(Number(row.user_id), Number(row.legacy_task_id)), row.task_id);
  }
}
