// Demo report collections for Alice: "Last 28 days", collected every Monday by its runner task and queued to
// run once now (the ticker collects it within seconds of the app starting), and "Summer (before tracking)",
// weeks written by the old system without their execution id — two that one recorded execution covers (the
// admin page's "Link legacy weeks" links them) and one that two overlapping executions cover (left unresolved).
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { createCollection, runCollection } from "@/lib/reports";
import { taskPatchSchema, updateTask } from "@/lib/tasks";

const DAY_MS = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export async function seedDemoReports(db: Db, userId: string): Promise<void> {
  const today = new Date();
  const recent = await createCollection(db, userId, { name: "Last 28 days", start_date: isoDate(new Date(today.getTime() - 27 * DAY_MS)), end_date: isoDate(today) });
  await updateTask(db, userId, recent.taskId!, taskPatchSchema.parse({ schedule: { cron: "0 8 * * 1", timezone: "Europe/London" } }));
  await runCollection(db, userId, recent.id);

  const legacy = await createCollection(db, userId, { name: "Summer (before execution tracking)", start_date: "2026-07-06", end_date: "2026-07-26" });
  await db.execute(sql`
    with executions as (
      insert into workflow_executions (user_id, kind, status, collection_id, params, created_at, started_at, finished_at)
      values
        (${userId}, 'report_collection', 'succeeded', ${legacy.id}, '{"start_date": "2026-07-06", "end_date": "2026-07-19"}', '2026-08-01T10:00Z', '2026-08-01T10:00Z', '2026-08-01T10:05Z'),
        (${userId}, 'report_collection', 'succeeded', ${legacy.id}, '{"start_date": "2026-07-20", "end_date": "2026-07-26"}', '2026-08-02T10:00Z', '2026-08-02T10:00Z', '2026-08-02T10:10Z'),
        (${userId}, 'report_collection', 'succeeded', ${legacy.id}, '{"start_date": "2026-07-06", "end_date": "2026-07-26"}', '2026-08-02T10:05Z', '2026-08-02T10:05Z', '2026-08-02T10:12Z')
      returning id
    )
    insert into report_data_weeks (collection_id, week_start_date, week_end_date, status, data, created_at, updated_at)
    values
      (${legacy.id}, '2026-07-06', '2026-07-12', 'completed', '{"runs": 212, "succeeded": 205, "failed": 6, "timed_out": 1, "p50_ms": 180, "p95_ms": 950, "by_platform": []}', '2026-08-01T10:01Z', '2026-08-01T10:01Z'),
      (${legacy.id}, '2026-07-13', '2026-07-19', 'completed', '{"runs": 198, "succeeded": 196, "failed": 2, "timed_out": 0, "p50_ms": 175, "p95_ms": 820, "by_platform": []}', '2026-08-01T10:03Z', '2026-08-01T10:03Z'),
      (${legacy.id}, '2026-07-20', '2026-07-26', 'completed', '{"runs": 220, "succeeded": 210, "failed": 9, "timed_out": 1, "p50_ms": 190, "p95_ms": 1010, "by_platform": []}', '2026-08-02T10:07Z', '2026-08-02T10:07Z')
  `);
}
