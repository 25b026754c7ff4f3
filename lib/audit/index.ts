// The audit trail of admin actions. `audited` runs an action in a transaction and records its audit row in
// that same transaction, so an action is never committed without its record. If the action throws, its
// writes roll back and a `failed` row (with the error message) is written on its own, then the error is
// rethrown for the route wrapper to answer.
import { auditLog } from "@/drizzle/audit";
import type { Db } from "@/lib/db/connect";

export interface AuditEntry {
  actorUserId: string;
  action: string;
  params: unknown;
}

export async function audited<T>(db: Db, entry: AuditEntry, action: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      const result = await action(tx as unknown as Db);
      await tx.insert(auditLog).values({ ...entry, params: entry.params ?? {}, result: result ?? null, status: "succeeded" });
      return result;
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.insert(auditLog).values({ ...entry, params: entry.params ?? {}, result: { error: message }, status: "failed" });
    throw error;
  }
}
