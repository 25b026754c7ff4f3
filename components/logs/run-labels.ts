// Words for a run's status, shared by the runs table, its filter and the run page. Kept apart from lib/logs so
// that client components don't ship zod to the browser; the statuses are API.md's.
export const RUN_STATUSES = ["queued", "running", "succeeded", "failed", "timed_out", "cancelled"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  timed_out: "Timed out",
  cancelled: "Cancelled",
};

export function isRunStatus(value: string | null | undefined): value is RunStatus {
  return value !== null && value !== undefined && value in RUN_STATUS_LABELS;
}

/** "840 ms", "1.2 s", "3 min 5 s". */
export function formatDuration(ms: number | null): string | null {
  if (ms === null) return null;
  if (ms < 1000) return `${ms.toLocaleString("en-GB")} ms`;
  if (ms < 60_000) return `${(ms / 1000).toLocaleString("en-GB", { maximumFractionDigits: 1 })} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}
