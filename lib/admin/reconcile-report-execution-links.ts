// POST /api/admin/reconcile/report-execution-links: links report weeks written before execution tracking to the
// one workflow execution that covers them (lib/reports/reconcile-links.sql.ts), audited. The links and their
// audit row commit together. Idempotent and race-safe: see the statement's comment.
import { audited } from "@/lib/audit";
import type { Db } from "@/lib/db/connect";
import { linkLegacyReportWeeks, type ReportLinkResult } from "@/lib/reports";
import type { AdminAction } from "./actions";

export const RECONCILE_REPORT_LINKS_ACTION = "reconcile.report_execution_links" satisfies AdminAction;

export function reconcileReportExecutionLinks(db: Db, actorUserId: string): Promise<ReportLinkResult> {
  return audited(db, { actorUserId, action: RECONCILE_REPORT_LINKS_ACTION, params: {} }, (tx) => linkLegacyReportWeeks(tx));
}
