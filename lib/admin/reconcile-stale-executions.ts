// POST /api/admin/reconcile/stale-executions: the scheduler's reaper on demand, audited. The reap and its
// audit row commit together, with the sweep of workflow executions whose runs have all ended. Idempotent: a
// second call, or a concurrent one, finds nothing left to reap or end.
import { audited } from "@/lib/audit";
import type { Db } from "@/lib/db/connect";
import { reapStaleRuns } from "@/lib/scheduler";
import type { AdminAction } from "./actions";

export const RECONCILE_STALE_ACTION = "reconcile.stale_executions" satisfies AdminAction;

export function reconcileStaleExecutions(db: Db, actorUserId: string): Promise<{ reaped: number; retried: number; workflows_ended: number }> {
  return audited(db, { actorUserId, action: RECONCILE_STALE_ACTION, params: {} }, async (tx) => {
    const { reaped, retried, workflowsEnded } = await reapStaleRuns(tx);
    return { reaped, retried, workflows_ended: workflowsEnded };
  });
}
