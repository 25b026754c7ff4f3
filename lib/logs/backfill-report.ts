// GET /api/admin/backfill-report's execution-log figures, and the go/no-go verdict the admin page shows next
// to them (seed 000: go when no row is left unresolved or mismatched, and the backfill has nothing left).
import type { Db } from "@/lib/db/connect";
import { BACKFILL_REPORT_SQL } from "./backfill-report.sql";

// A type alias, not an interface: db.execute<T> wants a record type.
export type ExecutionLogIdentityReport = {
  total_rows: number;
  rows_with_user_id_str: number;
  legacy_rows: number;
  backfilled_legacy_rows: number;
  pending_backfill_rows: number;
  unresolved_rows: number;
  mismatched_rows: number;
  orphaned_rows: number;
};

export async function executionLogIdentityReport(db: Db): Promise<ExecutionLogIdentityReport> {
  const result = await db.execute<ExecutionLogIdentityReport>(BACKFILL_REPORT_SQL);
  return result.rows[0]!;
}

export interface GoCriterion {
  key: "unresolved_rows" | "mismatched_rows" | "pending_backfill_rows";
  label: string;
  value: number;
  met: boolean;
}

/** Seed 000's go criteria on the figures: every one must be 0. */
export function goCriteria(report: ExecutionLogIdentityReport): { go: boolean; criteria: GoCriterion[] } {
  const criteria: GoCriterion[] = [
    { key: "unresolved_rows", label: "No unresolved rows (rows with neither id)", value: report.unresolved_rows, met: report.unresolved_rows === 0 },
    { key: "mismatched_rows", label: "No mismatched rows (user_id_str ≠ user_id)", value: report.mismatched_rows, met: report.mismatched_rows === 0 },
    { key: "pending_backfill_rows", label: "Backfill finished (no legacy row without user_id_str)", value: report.pending_backfill_rows, met: report.pending_backfill_rows === 0 },
  ];
  return { go: criteria.every((c) => c.met), criteria };
}
