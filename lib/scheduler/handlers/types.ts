// What a run handler gets and gives back. A handler resolves with the run's output on success and throws on
// failure: the error's message becomes the run's `error`. The scheduler aborts `signal` when the task's
// timeout_seconds is up; a handler passes it on to whatever it waits for (fetch, sockets).
import type { Db } from "@/lib/db/connect";

export interface RunContext {
  /** The database, for handlers whose work is in it (report collections). */
  db: Db;
  task: {
    id: string;
    /** The task's tenant (its owner's user id). */
    userId: string;
    title: string;
    projectId: string;
    /** The task's handler.config as stored (credential headers in clear: never echo them). */
    config: Record<string, unknown>;
    /** HMAC key of an http task (shown once to its owner); null for other kinds. */
    signingSecret: string | null;
  };
  /** workflowExecutionId: the workflow execution the run carries out, when it was queued for one. */
  run: { id: string; scheduledFor: Date; attempt: number; workflowExecutionId: string | null };
  signal: AbortSignal;
}

/** Stored as the run's `output` (jsonb). Keep it small: it is shown on the run's page. */
export type HandlerOutput = Record<string, unknown> | null;

export type Handler = (context: RunContext) => Promise<HandlerOutput>;

/** A failure that another attempt cannot fix (a refused target, a missing collection): not retried. */
export class PermanentHandlerError extends Error {
  override name = "PermanentHandlerError";
}
