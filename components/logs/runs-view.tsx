"use client";
// The tenant's runs: filters, the table and the pager, with every piece of their state in the URL (nuqs).
// Each change is a non-shallow URL update, so the server page re-renders with the matching rows; it runs in
// a transition, which keeps the current rows on screen (dimmed, aria-busy) until the new ones arrive.
import { useQueryStates } from "nuqs";
import { useMemo, useTransition, type ReactNode } from "react";
import type { ExecutionLogJson } from "@/lib/logs";
import { ServerTable, useServerTable, type ServerView } from "@/components/ui/server-table";
import { runColumns } from "./run-columns";
import { RunFilters, type RunFilterValues } from "./run-filters";
import { runListParsers } from "./run-list-params";

export function RunsView({
  runs,
  totalCount,
  view,
  taskTitle,
  labelledBy,
  empty,
}: {
  runs: ExecutionLogJson[];
  totalCount: number;
  /** The page, page size and sort those rows were rendered with (after the server validated the URL). */
  view: ServerView;
  /** The title of the task filtered on, if any. */
  taskTitle: string | null;
  labelledBy: string;
  /** Shown instead of the table when this page has no rows (the server knows which empty state applies). */
  empty: ReactNode;
}) {
  const [isPending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(runListParsers, { shallow: false, history: "push", startTransition });
  const columns = useMemo(() => runColumns((taskId) => void setParams({ task_id: taskId, page: null })), [setParams]);
  const table = useServerTable({ columns, data: runs, totalCount, view, setParams });

  function onFilterChange(patch: Partial<RunFilterValues>) {
    // A filter changes which rows exist, so the old page number means nothing any more.
    void setParams({ ...patch, page: null });
  }

  return (
    <div className="space-y-3">
      <RunFilters
        values={{ status: params.status || null, task_id: params.task_id || null, from: params.from || null, to: params.to || null, q: params.q || null }}
        taskTitle={taskTitle}
        onChange={onFilterChange}
      />
      <ServerTable table={table} view={view} totalCount={totalCount} isPending={isPending} noun={["run", "runs"]} labelledBy={labelledBy} empty={empty} />
    </div>
  );
}
