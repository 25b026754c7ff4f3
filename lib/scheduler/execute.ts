// Running a claimed batch: every handler at once, each bounded by its task's timeout_seconds (an AbortSignal
// the handler passes on; a handler that ignores it is abandoned when the time is up and the run is timed_out).
// Returns outcomes only: recording them is lib/scheduler/complete.sql.ts's job.
import type { Db } from "@/lib/db/connect";
import type { ClaimedRun } from "./claim.sql";
import type { RunOutcome } from "./complete.sql";
import { handlerFor, PermanentHandlerError } from "./handlers";

const ERROR_MAX = 2_000;

export function executeRuns(db: Db, runs: ClaimedRun[]): Promise<RunOutcome[]> {
  return Promise.all(runs.map((run) => executeRun(db, run)));
}

async function executeRun(db: Db, run: ClaimedRun): Promise<RunOutcome> {
  const timeoutMs = run.timeoutSeconds * 1000;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new DOMException(`No result within ${run.timeoutSeconds} s (timeout_seconds).`, "TimeoutError"));
      resolve("timeout");
    }, timeoutMs);
  });
  const started = performance.now();
  try {
    const output = await Promise.race([
      handlerFor(run.handlerKind)({
        db,
        task: { id: run.taskId, userId: run.ownerId, title: run.title, projectId: run.projectId, config: run.handlerConfig, signingSecret: run.signingSecret },
        run: { id: run.id, scheduledFor: run.scheduledFor, attempt: run.attempt, workflowExecutionId: run.workflowExecutionId },
        signal: controller.signal,
      }),
      timedOut,
    ]);
    const durationMs = performance.now() - started;
    if (output === "timeout") return timedOutOutcome(run, durationMs);
    return { id: run.id, status: "succeeded", durationMs, error: null, output, retryable: false };
  } catch (error) {
    const durationMs = performance.now() - started;
    if (controller.signal.aborted) return timedOutOutcome(run, durationMs);
    return {
      id: run.id,
      status: "failed",
      durationMs,
      error: (error instanceof Error ? error.message : String(error)).slice(0, ERROR_MAX),
      output: null,
      retryable: !(error instanceof PermanentHandlerError),
    };
  } finally {
    clearTimeout(timer);
  }
}

function timedOutOutcome(run: ClaimedRun, durationMs: number): RunOutcome {
  return { id: run.id, status: "timed_out", durationMs, error: `Timed out: no result within ${run.timeoutSeconds} s (timeout_seconds).`, output: null, retryable: true };
}
