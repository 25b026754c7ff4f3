// How report statuses read on the pages. Colour is never the only cue: the text says the status.
import type { WEEK_STATUSES, WORKFLOW_STATUSES } from "@/drizzle";

export type WeekStatus = (typeof WEEK_STATUSES)[number];
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export const WEEK_STATUS_LABELS: Record<WeekStatus | "not_collected", string> = {
  pending: "Pending",
  running: "Collecting",
  completed: "Completed",
  failed: "Failed",
  not_collected: "Not collected yet",
};

export const WORKFLOW_STATUS_LABELS: Record<WorkflowStatus, string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  partial: "Partly failed",
};

export const isLive = (status: WorkflowStatus) => status === "queued" || status === "running";

/** "3 of 9 weeks" style progress of an execution (planned is known once it has started). */
export function progressText(e: { status: WorkflowStatus; weeks_planned: number | null; weeks_completed: number; weeks_failed: number }): string {
  if (e.status === "queued") return "Waiting for the scheduler to pick it up…";
  const done = e.weeks_completed + e.weeks_failed;
  const planned = e.weeks_planned === null ? "" : ` of ${e.weeks_planned}`;
  const failed = e.weeks_failed > 0 ? `, ${e.weeks_failed} failed` : "";
  return `${done}${planned} week${e.weeks_planned === 1 ? "" : "s"} collected${failed}`;
}
