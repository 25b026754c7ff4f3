// Idempotent create of one task (seed 004, per project). The unique index on (project_id, external_id)
// decides, not a read-then-insert: INSERT … ON CONFLICT DO NOTHING either creates the row (201) or creates
// nothing, and then the existing row is read back (200, unchanged). Under READ COMMITTED that read is a new
// statement with a new snapshot, so it sees the concurrent winner that the insert waited for. If that row
// was deleted in between, the insert is simply tried again.
import { tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { isForeignKeyViolation } from "@/lib/db/errors";
import { NotFoundError } from "@/lib/errors";
import { assertProjectOwned } from "@/lib/projects";
import { assertCollectionsOwned } from "./collection-check";
import { assertMilestonesInProject } from "./milestone-check";
import { findByExternalId } from "./queries";
import type { TaskCreate } from "./schemas";
import type { TaskRow } from "./serializers";
import { insertValues } from "./task-values";

const MAX_ATTEMPTS = 3;

export async function createTask(db: Db, userId: string, projectId: string, input: TaskCreate): Promise<{ task: TaskRow; created: boolean }> {
  await assertProjectOwned(db, userId, projectId);
  if (input.milestone_id) await assertMilestonesInProject(db, projectId, [{ milestoneId: input.milestone_id, path: "milestone_id" }]);
  await assertCollectionsOwned(db, userId, [{ handler: input.handler, path: "handler.config.collection_id" }]);
  const values = insertValues(input, { userId, projectId });

  for (let attempt = 1; ; attempt++) {
    const inserted = await insertUnlessKeyTaken(db, values);
    if (inserted) return { task: inserted, created: true };
    // Only a taken external_id makes the insert do nothing, so external_id is set here.
    const existing = await findByExternalId(db, userId, projectId, input.external_id!);
    if (existing) return { task: existing, created: false };
    if (attempt >= MAX_ATTEMPTS) throw new Error("createTask: the conflicting task kept disappearing");
  }
}

async function insertUnlessKeyTaken(db: Db, values: ReturnType<typeof insertValues>): Promise<TaskRow | undefined> {
  try {
    const [row] = await db.insert(tasks).values(values).onConflictDoNothing({ target: [tasks.projectId, tasks.externalId] }).returning();
    return row;
  } catch (error) {
    // The project was deleted between the ownership check and the insert.
    if (isForeignKeyViolation(error, "tasks_project_id_projects_id_fk")) throw new NotFoundError("project");
    throw error;
  }
}
