// GET /api/admin/backfill-report: the figures of the data migrations an operator signs off (seed 001,
// Gate 3). Reads only.
import type { Db } from "@/lib/db/connect";
import { executionLogIdentityReport } from "@/lib/logs";

export async function backfillReport(db: Db) {
  return {
    task_execution_logs: await executionLogIdentityReport(db),
    // Weekly report rows and their execution_id arrive with report collections (step 5); until then there
    // is nothing to report, and null says so rather than a row of zeros that looks measured.
    report_data_weeks: null,
  };
}
