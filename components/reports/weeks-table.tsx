"use client";
// The weeks of a collection (or of one workflow execution) as a TanStack table: each ISO week with its status,
// its figures, and the workflow execution that wrote them — or why it has none. Weeks are few (at most 156)
// and come in week order, so the table neither sorts nor pages.
import Link from "next/link";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { SortableTable, sortableTableFeatures } from "@/components/ui/sortable-table";
import { formatDuration } from "@/components/logs/run-labels";
import type { WeekData } from "@/lib/reports";
import { WeekStatusBadge } from "./report-status-badge";
import type { WeekStatus } from "./report-labels";

export interface WeekView {
  /** The week row's id, or `week:<start>` for a week not collected yet. */
  id: string;
  label: string;
  start: string;
  end: string;
  status: WeekStatus | "not_collected";
  executionId: string | null;
  data: WeekData | null;
  errorMessage: string | null;
}

const helper = createColumnHelper<typeof sortableTableFeatures, WeekView>();
const NONE = <span className="text-neutral-400">—</span>;
const LINK = "text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline";
const number = (value: number | undefined) => (value === undefined ? NONE : value.toLocaleString("en-GB"));
const right = { cellClassName: "text-right tabular-nums", headerClassName: "text-right" };

const columns = helper.columns([
  helper.accessor("label", {
    header: "Week",
    cell: ({ row }) => (
      <span className="whitespace-nowrap">
        <span className="font-medium">{row.original.label}</span>
        <span className="block text-xs text-neutral-600 tabular-nums">
          {row.original.start} – {row.original.end}
        </span>
      </span>
    ),
  }),
  helper.accessor("status", {
    header: "Status",
    cell: ({ row }) => (
      <div className="space-y-1">
        <WeekStatusBadge status={row.original.status} />
        {row.original.errorMessage ? <p className="max-w-xs text-xs text-red-800">{row.original.errorMessage}</p> : null}
      </div>
    ),
  }),
  helper.display({ id: "runs", header: "Runs", meta: right, cell: ({ row }) => number(row.original.data?.runs) }),
  helper.display({ id: "succeeded", header: "Succeeded", meta: right, cell: ({ row }) => number(row.original.data?.succeeded) }),
  helper.display({ id: "failed", header: "Failed", meta: right, cell: ({ row }) => number(row.original.data?.failed) }),
  helper.display({ id: "timed_out", header: "Timed out", meta: right, cell: ({ row }) => number(row.original.data?.timed_out) }),
  helper.display({ id: "p50", header: "p50", meta: right, cell: ({ row }) => formatDuration(row.original.data?.p50_ms ?? null) ?? NONE }),
  helper.display({ id: "p95", header: "p95", meta: right, cell: ({ row }) => formatDuration(row.original.data?.p95_ms ?? null) ?? NONE }),
  helper.display({
    id: "platforms",
    header: "By platform",
    meta: { cellClassName: "min-w-40 text-xs" },
    cell: ({ row }) => {
      const platforms = row.original.data?.by_platform ?? [];
      if (platforms.length === 0) return NONE;
      return (
        <ul>
          {platforms.map((p) => (
            <li key={p.platform ?? ""}>
              {p.platform ?? <span className="italic">no platform</span>}: {p.runs} run{p.runs === 1 ? "" : "s"}, {p.succeeded} ok
            </li>
          ))}
        </ul>
      );
    },
  }),
  helper.accessor("executionId", {
    header: "Written by",
    cell: ({ row }) => {
      const { executionId, status } = row.original;
      if (executionId) {
        return (
          <Link href={`/reports/executions/${executionId}`} className={`${LINK} font-mono text-xs`} aria-label={`Workflow execution ${executionId}`}>
            {executionId.slice(0, 8)}
          </Link>
        );
      }
      if (status === "not_collected") return NONE;
      return <span className="text-xs text-neutral-600">Not linked: written before execution tracking</span>;
    },
  }),
]);

export function WeeksTable({ weeks, labelledBy }: { weeks: WeekView[]; labelledBy: string }) {
  const table = useTable({ features: sortableTableFeatures, columns, data: weeks, getRowId: (row) => row.id, enableSorting: false });
  return <SortableTable table={table} labelledBy={labelledBy} />;
}
