// The audit trail of admin actions (API.md: every admin POST writes one audit_log row, failures included).
// `audited` runs an action and records its audit row:
// - atomic (the default): the action runs in a transaction and its audit row is written in that same
//   transaction, so an action is never committed without its record;
// - not atomic, for actions made of many short transactions on purpose (the online backfill): the action
//   runs on the plain handle and its row is written when it ends. Such actions must be idempotent, so
//   that a run cut short is simply run again.
// If the action throws, its atomic writes roll back, a `failed` row (with the error message) is written on
// its own, and the error is rethrown for the route wrapper to answer.
import { auditLog } from "@/drizzle/audit";
import type { Db } from "@/lib/db/connect";
import { errorSummary } from "@/lib/db/errors";

export { listAuditActors, listAuditLog, type AuditActor, type AuditEntryRow, type AuditLogFilter, type AuditLogPage } from "./queries";

export interface AuditEntry {
  actorUserId: string;
  action: string;
  params: unknown;
}

export interface AuditOptions<T> {
  atomic?: boolean;
  /** What the audit row keeps of the result (default: all of it), e.g. counts rather than a long list. */
  record?: (result: T) => unknown;
}

/**
 * Records an admin request refused before its action ran (e.g. a body that doesn't validate), so that every
 * admin POST leaves one row. Never throws: the refusal itself is what the caller answers with.
 */
export async function auditRefusal(db: Db, entry: AuditEntry, error: unknown): Promise<void> {
  const message = errorSummary(error);
  await db
    .insert(auditLog)
    .values({ ...entry, params: entry.params ?? {}, result: { error: message }, status: "failed" })
    .catch(() => {});
}

export async function audited<T>(db: Db, entry: AuditEntry, action: (tx: Db) => Promise<T>, options: AuditOptions<T> = {}): Promise<T> {
  const { atomic = true, record = (result: T) => result } = options;
  const row = (result: unknown, status: "succeeded" | "failed") => ({ ...entry, params: entry.params ?? {}, result: result ?? null, status });
  try {
    if (!atomic) {
      const result = await action(db);
      await db.insert(auditLog).values(row(record(result), "succeeded"));
      return result;
    }
    return await db.transaction(async (tx) => {
      const result = await action(tx as unknown as Db);
      await tx.insert(auditLog).values(row(record(result), "succeeded"));
      return result;
    });
  } catch (error) {
    await db.insert(auditLog).values(row({ error: errorSummary(error) }, "failed"));
    throw error;
  }
}
