// The tasks table's columns (TanStack Table v9). Column ids are the API's sort names, so a header click maps
// straight onto `sort=`; "schedule" is display-only because the API cannot sort by it. A task's milestone is a
// second line under its title (a column of its own pushed the table past 1280 px), looked up by id in the
// project's milestones.
import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import type { TaskJson } from "@/lib/tasks";
import { IsoTime } from "@/components/ui/utc-time";
import { sortableTableFeatures } from "@/components/ui/sortable-table";
import { StatusBadge } from "./status-badge";

const helper = createColumnHelper<typeof sortableTableFeatures, TaskJson>();

const NONE = <span className="text-neutral-400">—</span>;

/** The columns for a project whose milestones are `milestoneTitles` (id → title). */
export function taskColumns(milestoneTitles: ReadonlyMap<string, string>) {
  return helper.columns([
    helper.accessor("title", {
      header: "Title",
      meta: { cellClassName: "min-w-48 font-medium" },
      cell: (info) => {
        const milestone = info.row.original.milestone_id ? milestoneTitles.get(info.row.original.milestone_id) : undefined;
        return (
          <>
            <Link href={`/tasks/${info.row.original.id}`} className="text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline">
              {info.getValue()}
            </Link>
            {milestone ? <span className="block text-xs font-normal text-neutral-600">Milestone: {milestone}</span> : null}
          </>
        );
      },
    }),
    helper.accessor("status", { header: "Status", cell: (info) => <StatusBadge status={info.getValue()} /> }),
    helper.accessor("platform", { header: "Platform", meta: { cellClassName: "whitespace-nowrap" }, cell: (info) => info.getValue() ?? NONE }),
    helper.accessor("priority_score", {
      header: "Priority",
      sortDescFirst: true,
      meta: { cellClassName: "text-right tabular-nums", headerClassName: "text-right" },
      cell: (info) => info.getValue().toLocaleString("en-GB"),
    }),
    helper.accessor("external_id", {
      header: "External ID",
      meta: { cellClassName: "max-w-56 break-all" },
      cell: (info) => {
        const value = info.getValue();
        return value ? <code>{value}</code> : NONE;
      },
    }),
    helper.display({
      id: "schedule",
      header: "Schedule",
      enableSorting: false,
      meta: { cellClassName: "whitespace-nowrap" },
      cell: ({ row }) => {
        const schedule = row.original.schedule;
        if (!schedule) return NONE;
        return (
          <>
            <code>{schedule.cron}</code>
            <span className="block text-xs text-neutral-600">{schedule.timezone}</span>
          </>
        );
      },
    }),
    helper.accessor("next_run_at", { header: "Next run (UTC)", sortDescFirst: false, cell: (info) => <IsoTime iso={info.getValue()} /> }),
    helper.accessor("created_at", { header: "Created", sortDescFirst: true, cell: (info) => <IsoTime iso={info.getValue()} /> }),
  ]);
}
