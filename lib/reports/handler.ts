// The scheduler's report_collection handler: a run of a collection's task collects the collection. A run queued
// by POST /api/reports/collections/{id}/run arrives with its workflow execution; a run of the task's schedule
// (or "Run now" on the task page) opens one. A collection that already has a live execution is not collected
// twice at once: the run ends with nothing to do. An execution that fails outright fails the run (and the
// task's max_attempts decide whether it is tried again, with the same execution); a partial one does not.
import { PermanentHandlerError, type Handler } from "@/lib/scheduler";
import { collectReport, CollectionGoneError } from "./collect";
import { openExecutionForRun } from "./workflow-executions.sql";

export const reportCollectionHandler: Handler = async ({ db, task, run, signal }) => {
  const collectionId = typeof task.config.collection_id === "string" ? task.config.collection_id : null;
  if (!collectionId) throw new PermanentHandlerError("The task names no collection: set handler.config.collection_id.");

  let executionId = run.workflowExecutionId;
  if (!executionId) {
    const opened = await openExecutionForRun(db, task.userId, collectionId, run.id);
    if (!opened.collectionExists) throw new PermanentHandlerError(`Report collection ${collectionId} does not exist: the task's handler.config.collection_id names none of yours.`);
    if (!opened.executionId) return { handler: "report_collection", collection_id: collectionId, skipped: "Another run of this collection was already in progress." };
    executionId = opened.executionId;
  }

  try {
    const outcome = await collectReport(db, { executionId, userId: task.userId, signal });
    if (outcome.status === "failed") throw new Error(outcome.error ?? "No week could be collected.");
    return {
      handler: "report_collection",
      workflow_execution_id: outcome.executionId,
      status: outcome.status,
      weeks_planned: outcome.weeksPlanned,
      weeks_completed: outcome.weeksCompleted,
      weeks_failed: outcome.weeksFailed,
    };
  } catch (error) {
    if (error instanceof CollectionGoneError) throw new PermanentHandlerError(error.message);
    throw error;
  }
};
