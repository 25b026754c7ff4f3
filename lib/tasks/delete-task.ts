// DELETE /api/tasks/{taskId}: one statement, scoped to the tenant; nothing deleted means not found.
import { and, eq } from "drizzle-orm";
import { tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors";

export async function deleteTask(db: Db, userId: string, taskId: string): Promise<void> {
  const deleted = await db
    .delete(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.userId, userId)))
    .returning({ id: tasks.id });
  if (deleted.length === 0) throw new NotFoundError("task");
}
