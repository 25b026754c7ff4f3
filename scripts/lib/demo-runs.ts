// Demo execution history, so the logs page and the admin backfill report have something to show:
// - recent runs of Alice's and Bob's scheduled tasks, written the way the scheduler writes them
//   (the compatible writer: user_id_str set);
// - Carol, a tenant brought over from the legacy scheduler with her old number as her id ("1042"): her
//   history comes in through the legacy import (integer user_id only, pending the backfill), and she has
//   new runs too — the mixed legacy/new case the compatible read exists for;
// - a few imported rows of legacy user 2077, who has no account yet (orphaned: no task).
// Deterministic (no randomness), and safe to run twice: the import skips legacy ids it already has, and
// native runs are only written for tasks that have none yet.
import { and, eq, isNotNull, count } from "drizzle-orm";
import { taskExecutionLogs, tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { importLegacyLogs, writeExecutionLogs, type NewExecutionLog } from "@/lib/logs";

export const LEGACY_DEMO_USER_ID = "1042";
const ORPHANED_LEGACY_USER_ID = 2077;
const HOUR = 3_600_000;

/** Native runs of a tenant's enabled scheduled tasks over the last two days (none for a task that has runs). */
export async function seedRecentRuns(db: Db, userId: string, now = new Date()) {
  const scheduled = await db.select().from(tasks).where(and(eq(tasks.userId, userId), isNotNull(tasks.cron), eq(tasks.enabled, true)));
  for (const [t, task] of scheduled.entries()) {
    const [existing] = await db.select({ n: count() }).from(taskExecutionLogs).where(eq(taskExecutionLogs.taskId, task.id));
    if ((existing?.n ?? 0) > 0) continue;
    const runs: NewExecutionLog[] = [];
    for (let i = 1; i <= 12; i++) {
      const scheduledFor = new Date(Math.floor(now.getTime() / HOUR) * HOUR - i * 4 * HOUR - t * 60_000);
      const outcome = (i + t) % 7 === 0 ? "failed" : (i + t) % 11 === 0 ? "timed_out" : "succeeded";
      const durationMs = outcome === "timed_out" ? task.timeoutSeconds * 1000 : 120 + ((i * 37 + t * 53) % 900);
      const startedAt = new Date(scheduledFor.getTime() + 150);
      runs.push({
        taskId: task.id,
        status: outcome,
        scheduledFor,
        startedAt,
        finishedAt: new Date(startedAt.getTime() + durationMs),
        durationMs,
        attempt: outcome === "failed" ? 2 : 1,
        epoch: 1,
        error: outcome === "failed" ? "HTTP 503 from the webhook: Service Unavailable" : outcome === "timed_out" ? `No answer within ${task.timeoutSeconds} s: the run's lease expired and it was reaped.` : null,
        output: outcome === "succeeded" ? { handler: task.handlerKind, ok: true } : null,
      });
    }
    await writeExecutionLogs(db, userId, runs);
  }
}

/** Legacy history as the old scheduler exported it, imported through the same importer as the admin API. */
export async function importLegacyDemoHistory(db: Db, now = new Date()) {
  const lines: Record<string, unknown>[] = [];
  const legacyTasks = [
    { id: 7, name: "Nightly invoice export" },
    { id: 9, name: "Refresh exchange rates" },
  ];
  for (let i = 0; i < 60; i++) {
    const task = legacyTasks[i % 2]!;
    const scheduledFor = new Date(now.getTime() - (40 + i * 12) * 24 * HOUR / 24);
    const failed = i % 9 === 4;
    const startedAt = new Date(scheduledFor.getTime() + 2000);
    lines.push({
      legacy_id: 900_000 + i,
      user_id: Number(LEGACY_DEMO_USER_ID),
      task_id: task.id,
      task_name: task.name,
      status: failed ? "failed" : "succeeded",
      scheduled_for: scheduledFor.toISOString(),
      started_at: startedAt.toISOString(),
      finished_at: new Date(startedAt.getTime() + 800 + (i % 5) * 300).toISOString(),
      attempt: failed ? 3 : 1,
      error: failed ? "psycopg2.OperationalError: server closed the connection unexpectedly" : null,
    });
  }
  for (let i = 0; i < 5; i++) {
    const scheduledFor = new Date(now.getTime() - (100 + i * 24) * HOUR);
    lines.push({ legacy_id: 900_100 + i, user_id: ORPHANED_LEGACY_USER_ID, task_id: 31, task_name: "Weekly churn digest", status: "succeeded", scheduled_for: scheduledFor.toISOString() });
  }
  return importLegacyLogs(db, { format: "json", chunks: one(JSON.stringify(lines)) });
}

async function* one(text: string) {
  yield text;
}
