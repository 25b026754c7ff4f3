// GET /api/admin/backfill-report: the figures of the data migrations an operator signs off (seed 001,
// Gate 3): the user_id_str backfill of execution logs, and the execution_id population of report weeks. Reads only.
import type { Db } from "@/lib/db/connect";
import { executionLogIdentityReport } from "@/lib/logs";
import { weekPopulation } from "@/lib/reports";

export async function backfillReport(db: Db) {
  return {
    task_execution_logs: await executionLogIdentityReport(db),
    report_data_weeks: await weekPopulation(db),
  };
}
