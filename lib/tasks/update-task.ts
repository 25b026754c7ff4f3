// PATCH /api/tasks/{taskId}: change some fields of one of the tenant's tasks. A new external_id that another
// task of the project holds is a 409: the unique index decides, and its violation is translated here.
import { and, eq, sql } from "drizzle-orm";
import { tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { assertCollectionsOwned } from "./collection-check";
import { assertMilestonesInProject } from "./milestone-check";
import { restoreRedactedHeaders } from "./handler-secrets";
import { getTask } from "./queries";
import type { TaskPatch } from "./schemas";
import type { TaskRow } from "./serializers";
import { patchValues } from "./task-values";

export interface TaskUpdate {
  task: TaskRow;
  /** The signing secret issued by this change (the task became an http task): shown once, in this answer. */
  issuedSigningSecret: string | null;
}

export async function updateTask(db: Db, userId: string, taskId: string, patch: TaskPatch): Promise<TaskUpdate> {
  const current = await getTask(db, userId, taskId);
  const handler = patch.handler;
  if (handler?.kind === "http" && current.handlerKind === "http") {
    const config = restoreRedactedHeaders(handler.config, current.handlerConfig) as typeof handler.config;
    patch = { ...patch, handler: { ...handler, config } };
  }
  if (patch.milestone_id) await assertMilestonesInProject(db, current.projectId, [{ milestoneId: patch.milestone_id, path: "milestone_id" }]);
  await assertCollectionsOwned(db, userId, [{ handler: patch.handler, path: "handler.config.collection_id" }]);
  try {
    const [row] = await db
      .update(tasks)
      .set({ ...patchValues(patch, current), updatedAt: sql`now()` })
      .where(and(eq(tasks.id, taskId), eq(tasks.userId, userId)))
      .returning();
    if (!row) throw new NotFoundError("task");
    return { task: row, issuedSigningSecret: row.signingSecret !== current.signingSecret ? row.signingSecret : null };
  } catch (error) {
    if (isUniqueViolation(error, "tasks_project_id_external_id_key")) {
      throw new ConflictError("Another task in this project already has that external_id. Pick another, or leave it unchanged.");
    }
    throw error;
  }
}
