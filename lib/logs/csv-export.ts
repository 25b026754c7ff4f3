// CSV export of a tenant's runs (the logs page's "Export CSV" of the current filter): RFC 4180 quoting, and
// text cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with a quote.
import type { LogRow } from "./serializers";

/** An export holds at most this many runs; the response says when the filter matched more. */
export const EXPORT_MAX_ROWS = 100_000;

const COLUMNS = [
  "id", "scheduled_for", "status", "task_id", "task_title", "project_id", "attempt",
  "started_at", "finished_at", "duration_ms", "epoch", "error", "user_id_str",
] as const;

export function logsCsvHeader(): string {
  return `${COLUMNS.join(",")}\r\n`;
}

export function logCsvLine(row: LogRow): string {
  const cells: Record<(typeof COLUMNS)[number], string | number | null> = {
    id: row.id,
    scheduled_for: row.scheduledFor.toISOString(),
    status: row.status,
    task_id: row.taskId,
    task_title: row.task?.title ?? null,
    project_id: row.task?.projectId ?? null,
    attempt: row.attempt,
    started_at: row.startedAt?.toISOString() ?? null,
    finished_at: row.finishedAt?.toISOString() ?? null,
    duration_ms: row.durationMs,
    epoch: row.epoch,
    error: row.error,
    user_id_str: row.identity,
  };
  return `${COLUMNS.map((c) => cell(cells[c], c === "task_title" || c === "error")).join(",")}\r\n`;
}

function cell(value: string | number | null, freeText: boolean): string {
  if (value === null) return "";
  let text = String(value);
  if (freeText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
