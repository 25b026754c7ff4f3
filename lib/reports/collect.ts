// Collecting a report: the work of one workflow execution. Every ISO week of the collection's range that has
// begun is collected on its own (lib/reports/collect-week.sql.ts), each in a short transaction with its own
// statement timeout, so that one week that fails is recorded as failed and the others still complete.
// The execution ends succeeded (every week completed), partial (some failed) or failed (none completed, or the
// run's time ran out first).
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { logError } from "@/lib/log";
import { writeCollectedWeek, writeFailedWeek, type WeekTarget } from "./collect-week.sql";
import { isoWeeksOf } from "./iso-weeks";
import { finishExecution, recordWeeksPlanned, startExecution, type WorkflowStatus } from "./workflow-executions.sql";

/** A week that takes longer than this to collect fails on its own instead of holding up the others. */
const WEEK_STATEMENT_TIMEOUT = "30s";
const ERROR_MAX = 1_000;

export interface CollectOutcome {
  executionId: string;
  status: Exclude<WorkflowStatus, "queued" | "running">;
  weeksPlanned: number;
  weeksCompleted: number;
  weeksFailed: number;
  error: string | null;
}

export class CollectionGoneError extends Error {
  override name = "CollectionGoneError";
}

export async function collectReport(db: Db, input: { executionId: string; userId: string; signal?: AbortSignal }): Promise<CollectOutcome> {
  const { executionId, userId, signal } = input;
  const started = await startExecution(db, userId, executionId);
  if (!started) throw new CollectionGoneError(`Workflow execution ${executionId} does not exist.`);
  if (!started.collectionId || !started.startDate || !started.endDate) {
    const error = "The collection this execution was for no longer exists.";
    await finishExecution(db, executionId, "failed", error);
    throw new CollectionGoneError(error);
  }
  const collectionId = started.collectionId;
  // Weeks that have not begun yet have nothing to collect: a later run collects them.
  const weeks = isoWeeksOf(started.startDate, started.endDate).filter((week) => week.start <= started.today);
  await recordWeeksPlanned(db, executionId, weeks.length);

  let completed = 0;
  const failures: string[] = [];
  let stoppedEarly = false;
  for (const week of weeks) {
    if (signal?.aborted) {
      stoppedEarly = true;
      break;
    }
    const target: WeekTarget = { collectionId, executionId, userId, week };
    try {
      await db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local statement_timeout = '${WEEK_STATEMENT_TIMEOUT}'`));
        await writeCollectedWeek(tx, target);
      });
      completed++;
    } catch (error) {
      const message = `Week ${week.label} (${week.start} to ${week.end}) could not be collected: ${messageOf(error)}`.slice(0, ERROR_MAX);
      failures.push(message);
      await writeFailedWeek(db, target, message).catch((writeError) =>
        logError("report week failure not recorded", { component: "reports", executionId, week: week.start }, writeError),
      );
    }
  }

  const failed = failures.length;
  const remaining = weeks.length - completed - failed;
  let status: CollectOutcome["status"];
  let error: string | null = null;
  if (stoppedEarly) {
    status = completed > 0 ? "partial" : "failed";
    error = `Stopped when the run's time (its task's timeout_seconds) ran out: ${completed} of ${weeks.length} weeks collected, ${remaining} not reached.`;
  } else if (failed === 0) {
    status = "succeeded";
  } else {
    status = completed === 0 ? "failed" : "partial";
    error = `${failed} of ${weeks.length} weeks failed. First: ${failures[0]}`.slice(0, ERROR_MAX);
  }
  await finishExecution(db, executionId, status, error);
  return { executionId, status, weeksPlanned: weeks.length, weeksCompleted: completed, weeksFailed: failed, error };
}

function messageOf(error: unknown): string {
  // A DrizzleQueryError wraps the driver's error; its own message quotes the whole statement.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
