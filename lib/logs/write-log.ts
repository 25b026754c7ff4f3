// The compatible write (seed 000, P2.A): the one function every writer of task_execution_logs uses. A new
// row always carries the canonical user_id_str; it also carries the legacy integer user_id when the
// identity is an integer's decimal text, so that code rolled back to integer reads still finds it.
// (The legacy importer is the one exception by design: it reproduces legacy rows, integer only.)
import { taskExecutionLogs } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { legacyUserId } from "./identity";

type LogInsert = typeof taskExecutionLogs.$inferInsert;

/** What a writer says about a run; the identity columns are this module's business. */
export type NewExecutionLog = Omit<LogInsert, "userId" | "userIdStr" | "legacyId" | "legacyTaskId" | "legacyTaskName">;

export function identityColumns(userId: string): Pick<LogInsert, "userId" | "userIdStr"> {
  return { userIdStr: userId, userId: legacyUserId(userId) };
}

/** Inserts runs of one tenant's tasks and returns their ids, in order. */
export async function writeExecutionLogs(db: Db, userId: string, entries: NewExecutionLog[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const rows = await db
    .insert(taskExecutionLogs)
    .values(entries.map((entry) => ({ ...entry, ...identityColumns(userId) })))
    .returning({ id: taskExecutionLogs.id });
  return rows.map((r) => r.id);
}
