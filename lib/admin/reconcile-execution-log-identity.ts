// POST /api/admin/reconcile/execution-log-identity: one audited call of the online user_id_str backfill.
// Not atomic on purpose: the backfill is many short transactions (lib/logs/backfill.ts), so its audit row
// is written when the call ends; a call cut short is simply made again.
import { audited } from "@/lib/audit";
import type { Db } from "@/lib/db/connect";
import { backfillExecutionLogIdentity } from "@/lib/logs";
import type { IdentityReconcileBody } from "./schemas";
import type { AdminAction } from "./actions";

export const RECONCILE_IDENTITY_ACTION = "reconcile.execution_log_identity" satisfies AdminAction;

export async function reconcileExecutionLogIdentity(db: Db, actorUserId: string, body: IdentityReconcileBody) {
  const result = await audited(
    db,
    { actorUserId, action: RECONCILE_IDENTITY_ACTION, params: body },
    (db) => backfillExecutionLogIdentity(db, { batchSize: body.batch_size, maxBatches: body.max_batches }),
    { atomic: false, record: resultJson },
  );
  return resultJson(result);
}

function resultJson(result: Awaited<ReturnType<typeof backfillExecutionLogIdentity>>) {
  return {
    batches: result.batches,
    rows_updated: result.rowsUpdated,
    remaining_unresolved: result.remainingUnresolved,
    duration_ms: result.durationMs,
    slowest_batch_ms: result.slowestBatchMs,
  };
}
