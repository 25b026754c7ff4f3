// The one place an insight row becomes API JSON (API.md "Insights").
import type { InsightRow } from "./queries";

export function insightJson(row: InsightRow) {
  return {
    platform: row.platform,
    tasks: row.tasks,
    runs_7d: row.runs7d,
    success_rate_7d: row.successRate7d,
    last_run_at: row.lastRunAt?.toISOString() ?? null,
    computed_at: row.computedAt.toISOString(),
  };
}
