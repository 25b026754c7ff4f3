// The runs table's columns (TanStack Table v9). Column ids are the logs API's sort names, so a header click maps
// straight onto `sort=`; task and error are display-only because the API cannot sort by them. Status comes
// right after the time, so both show on a phone before the table scrolls sideways.
import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import type { ExecutionLogJson } from "@/lib/logs";
import { formatUtc, IsoTime } from "@/components/ui/utc-time";
import { sortableTableFeatures } from "@/components/ui/sortable-table";
import { formatDuration } from "./run-labels";
import { RunStatusBadge } from "./run-status-badge";

const helper = createColumnHelper<typeof sortableTableFeatures, ExecutionLogJson>();

const NONE = <span className="text-neutral-400">—</span>;
const LINK = "text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline";

/** The columns; `onOnlyTask` narrows the table to one task's runs (keeping the other filters). */
export function runColumns(onOnlyTask: (taskId: string) => void) {
  return helper.columns([
    helper.accessor("scheduled_for", {
      header: "Scheduled for (UTC)",
      sortDescFirst: true,
      cell: (info) => (
        <Link href={`/logs/${info.row.original.id}`} className={`${LINK} font-medium`} aria-label={`Run scheduled for ${formatUtc(new Date(info.getValue()))}: details`}>
          <IsoTime iso={info.getValue()} />
        </Link>
      ),
    }),
    helper.accessor("status", { header: "Status", cell: (info) => <RunStatusBadge status={info.getValue()} /> }),
    helper.display({
      id: "task",
      header: "Task",
      enableSorting: false,
      meta: { cellClassName: "min-w-44" },
      cell: ({ row }) => {
        const task = row.original.task;
        if (!task) {
          return (
            <span className="text-neutral-600">
              —<span className="block text-xs">Imported history, no task (orphaned)</span>
            </span>
          );
        }
        return (
          <>
            <Link href={`/tasks/${task.id}`} className={`${LINK} font-medium`}>
              {task.title}
            </Link>
            <button type="button" onClick={() => onOnlyTask(task.id)} className="block text-xs text-neutral-600 underline underline-offset-2 hover:text-neutral-900">
              Only this task<span className="sr-only">: {task.title}</span>
            </button>
          </>
        );
      },
    }),
    helper.accessor("attempt", {
      header: "Attempt",
      sortDescFirst: true,
      meta: { cellClassName: "text-right tabular-nums", headerClassName: "text-right" },
      cell: (info) => info.getValue().toLocaleString("en-GB"),
    }),
    helper.accessor("duration_ms", {
      header: "Duration",
      sortDescFirst: true,
      meta: { cellClassName: "text-right tabular-nums whitespace-nowrap", headerClassName: "text-right" },
      cell: (info) => formatDuration(info.getValue()) ?? NONE,
    }),
    helper.accessor("started_at", { header: "Started (UTC)", sortDescFirst: true, cell: (info) => <IsoTime iso={info.getValue()} /> }),
    helper.accessor("error", {
      header: "Error",
      enableSorting: false,
      meta: { cellClassName: "max-w-72" },
      cell: (info) => {
        const error = info.getValue();
        return error ? (
          <span className="line-clamp-2 break-words text-red-800" title={error}>
            {error}
          </span>
        ) : (
          NONE
        );
      },
    }),
  ]);
}
