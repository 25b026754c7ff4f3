// POST /api/reports/collections/{id}/run: opens a workflow execution for the collection and queues the
// report_collection run that carries it out, in one transaction, so an execution never waits for a run that
// does not exist. A collection that already has a live (queued or running) execution gets that one back
// (`created: false`) instead of a second one: the collection row is locked for the decision, and the partial
// unique index workflow_executions_live_collection_key backs it up.
import { and, eq, inArray } from "drizzle-orm";
import { reportDataCollections as collections, tasks, workflowExecutions as executions } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { queueManualRun } from "@/lib/scheduler";
import { getWorkflowExecution } from "./queries";
import { ensureRunnerTask } from "./runner-task";
import type { WorkflowExecutionRow } from "./serializers";

export async function runCollection(db: Db, userId: string, collectionId: string): Promise<{ execution: WorkflowExecutionRow; created: boolean }> {
  const { executionId, created } = await db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const [collection] = await tx
      .select()
      .from(collections)
      .where(and(eq(collections.id, collectionId), eq(collections.userId, userId)))
      .for("update");
    if (!collection) throw new NotFoundError("collection");

    const [live] = await tx
      .select({ id: executions.id })
      .from(executions)
      .where(and(eq(executions.collectionId, collectionId), inArray(executions.status, ["queued", "running"])));
    if (live) return { executionId: live.id, created: false };

    // task_id is null only once its runner task was deleted (the FK sets it null): make the task again.
    const taskId = collection.taskId ?? (await ensureRunnerTask(txDb, userId, collection));
    if (taskId !== collection.taskId) await tx.update(collections).set({ taskId }).where(eq(collections.id, collectionId));
    const [runner] = await tx.select({ kind: tasks.handlerKind, config: tasks.handlerConfig }).from(tasks).where(eq(tasks.id, taskId));
    if (runner?.kind !== "report_collection" || runner.config.collection_id !== collectionId) {
      throw new ConflictError(
        "This collection's task no longer collects it: its handler was changed. Set the task's handler back to this collection, or delete the task and press Run again.",
      );
    }

    const [execution] = await tx
      .insert(executions)
      .values({
        userId,
        kind: "report_collection",
        status: "queued",
        collectionId,
        params: { collection_id: collectionId, start_date: collection.startDate, end_date: collection.endDate },
      })
      .returning({ id: executions.id });
    await queueManualRun(txDb, userId, taskId, null, execution!.id);
    return { executionId: execution!.id, created: true };
  });
  return { execution: await getWorkflowExecution(db, userId, executionId), created };
}

