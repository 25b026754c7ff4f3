// GET /api/admin/backfill-report: the figures of the data migrations an operator signs off (seed 001,
// Gate 3): the user_id_str backfill of execution logs (step 3), and the execution_id population of report
// weeks (step 5). Reads only. `migrationVerdict` is the console's go/no-go on those figures.
import type { Db } from "@/lib/db/connect";
import { executionLogIdentityReport, goCriteria } from "@/lib/logs";
import { weekPopulation } from "@/lib/reports";

export type BackfillReport = Awaited<ReturnType<typeof backfillReport>>;

export async function backfillReport(db: Db) {
  return {
    task_execution_logs: await executionLogIdentityReport(db),
    report_data_weeks: await weekPopulation(db),
  };
}

export interface VerdictCriterion {
  key: string;
  label: string;
  value: number;
  met: boolean;
}

export interface StepVerdict {
  step: string;
  go: boolean;
  criteria: VerdictCriterion[];
}

/** Go when both migrations are complete: seed 000's identity criteria, and every report week linked (seed 002). */
export function migrationVerdict(report: BackfillReport): { go: boolean; steps: StepVerdict[] } {
  const identity = goCriteria(report.task_execution_logs);
  const weeks = report.report_data_weeks;
  const unlinked = weeks.total_weeks - weeks.weeks_with_execution_id;
  const weekCriteria: VerdictCriterion[] = [
    { key: "unlinked_weeks", label: "Every report week linked to its execution (population 100 %)", value: unlinked, met: unlinked === 0 },
    { key: "dangling_execution_ids", label: "No dangling execution ids", value: weeks.dangling_execution_ids, met: weeks.dangling_execution_ids === 0 },
  ];
  const steps: StepVerdict[] = [
    { step: "Step 3 — execution-log identity (user_id_str)", go: identity.go, criteria: identity.criteria },
    { step: "Step 5 — report weeks' execution_id", go: weekCriteria.every((c) => c.met), criteria: weekCriteria },
  ];
  return { go: steps.every((s) => s.go), steps };
}
