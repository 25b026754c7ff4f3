// POST /api/admin/reconcile/platform-insights: recomputes every tenant's platform insights with one set-based
// upsert (lib/insights/reconcile.sql.ts), audited. The upsert and its audit row commit together. Race-safe
// and idempotent: ten calls at once leave the same rows as one.
import { sql } from "drizzle-orm";
import { audited } from "@/lib/audit";
import type { Db } from "@/lib/db/connect";
import { upsertPlatformInsights, type InsightsReconcileResult } from "@/lib/insights";
import type { AdminAction } from "./actions";

export const RECONCILE_INSIGHTS_ACTION = "reconcile.platform_insights" satisfies AdminAction;

export function reconcilePlatformInsights(db: Db, actorUserId: string): Promise<InsightsReconcileResult> {
  return audited(db, { actorUserId, action: RECONCILE_INSIGHTS_ACTION, params: {} }, async (tx) => {
    // A bound on one request's statement: it reads every tenant's last 7 days of runs.
    await tx.execute(sql`set local statement_timeout = '60s'`);
    return upsertPlatformInsights(tx);
  });
}
