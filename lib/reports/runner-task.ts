// Each collection is run by a task: a report_collection task in the tenant's "Reports" project (one per tenant,
// projects.kind = 'reports'), so that its runs are ordinary scheduler runs — claimed, leased, reaped, logged — and
// so that giving that task a schedule (say every Monday) collects the collection weekly.
// Both are made idempotently: the project by its partial unique index (projects_reports_key), the task by its
// external_id `report-collection:<collection id>` (tasks_project_id_external_id_key), so concurrent calls agree.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { createTask, taskCreateSchema } from "@/lib/tasks";

export const REPORTS_PROJECT_NAME = "Reports";
/** A collection has the whole run to itself; its weeks are collected one after another. */
const RUNNER_TIMEOUT_SECONDS = 900;

async function reportsProjectId(db: Db, userId: string): Promise<string> {
  const result = await db.execute<{ id: string }>(sql`
    with inserted as (
      insert into projects (user_id, name, kind) values (${userId}, ${REPORTS_PROJECT_NAME}, 'reports')
      on conflict (user_id) where kind = 'reports' do nothing
      returning id
    )
    select id from inserted
    union all
    select id from projects where user_id = ${userId} and kind = 'reports'
    limit 1
  `);
  if (result.rows[0]) return result.rows[0].id;
  // A concurrent call inserted it after this statement's snapshot was taken: it is committed now.
  const again = await db.execute<{ id: string }>(sql`select id from projects where user_id = ${userId} and kind = 'reports'`);
  return again.rows[0]!.id;
}

/** The collection's runner task (made if it doesn't exist, e.g. after its owner deleted it). */
export async function ensureRunnerTask(db: Db, userId: string, collection: { id: string; name: string }): Promise<string> {
  const projectId = await reportsProjectId(db, userId);
  const input = taskCreateSchema.parse({
    title: `Collect report: ${collection.name}`,
    description:
      `Collects the weekly report "${collection.name}" (Reports page). Runs when you press Run on the collection; ` +
      "give it a schedule, e.g. every Monday, to collect it weekly.",
    external_id: `report-collection:${collection.id}`,
    platform: "reports",
    handler: { kind: "report_collection", config: { collection_id: collection.id } },
    timeout_seconds: RUNNER_TIMEOUT_SECONDS,
    // A collection run that fails is run again by hand (or by the next scheduled run), not retried at once:
    // its weeks are already marked failed with their reasons.
    max_attempts: 1,
  });
  const { task } = await createTask(db, userId, projectId, input);
  return task.id;
}
