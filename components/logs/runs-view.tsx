"use client";
// The tenant's runs: filters, the table and the pager, with every piece of their state in the URL (nuqs).
// Each change is a non-shallow URL update, so the server page re-renders with the matching rows; it runs in
// a transition, which keeps the current rows on screen (dimmed, aria-busy) until the new ones arrive. The
// sort arrows and the pager show the view the server rendered, so they always describe the rows on screen.
import { functionalUpdate, useTable, type PaginationState, type SortingState, type Updater } from "@tanstack/react-table";
import { useQueryStates } from "nuqs";
import { useMemo, useTransition, type ReactNode } from "react";
import type { ExecutionLogJson } from "@/lib/logs";
import { Pager } from "@/components/ui/pager";
import { SortableTable, sortableTableFeatures } from "@/components/ui/sortable-table";
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
  view: { page: number; pageSize: number; sort: string };
  /** The title of the task filtered on, if any. */
  taskTitle: string | null;
  labelledBy: string;
  /** Shown instead of the table when this page has no rows (the server knows which empty state applies). */
  empty: ReactNode;
}) {
  const [isPending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(runListParsers, { shallow: false, history: "push", startTransition });

  function onFilterChange(patch: Partial<RunFilterValues>) {
    // A filter changes which rows exist, so the old page number means nothing any more.
    void setParams({ ...patch, page: null });
  }

  const columns = useMemo(() => runColumns((taskId) => void setParams({ task_id: taskId, page: null })), [setParams]);
  const sorting: SortingState = [{ id: view.sort.replace(/^-/, ""), desc: view.sort.startsWith("-") }];
  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.pageSize };

  const table = useTable({
    features: sortableTableFeatures,
    columns,
    data: runs,
    getRowId: (run) => run.id,
    state: { sorting, pagination },
    manualSorting: true,
    manualPagination: true,
    rowCount: totalCount,
    enableMultiSort: false,
    enableSortingRemoval: false,
    autoResetPageIndex: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      void setParams({ sort: next ? `${next.desc ? "-" : ""}${next.id}` : null, page: null });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      const sizeChanged = next.pageSize !== pagination.pageSize;
      void setParams({ page: sizeChanged ? null : next.pageIndex + 1, page_size: next.pageSize });
    },
  });

  return (
    <div className="space-y-3">
      <RunFilters
        values={{ status: params.status || null, task_id: params.task_id || null, from: params.from || null, to: params.to || null, q: params.q || null }}
        taskTitle={taskTitle}
        onChange={onFilterChange}
      />
      <div aria-busy={isPending} className={`transition-opacity ${isPending ? "opacity-60" : ""}`}>
        {isPending ? (
          <p role="status" className="sr-only">
            Loading runs…
          </p>
        ) : null}
        {runs.length === 0 ? empty : <SortableTable table={table} labelledBy={labelledBy} />}
      </div>
      {totalCount > 0 ? (
        <Pager
          noun={["run", "runs"]}
          page={view.page}
          pageCount={table.getPageCount()}
          pageSize={view.pageSize}
          totalCount={totalCount}
          canPrevious={table.getCanPreviousPage()}
          canNext={table.getCanNextPage()}
          onPrevious={() => table.previousPage()}
          onNext={() => table.nextPage()}
          onPageSize={(size) => table.setPageSize(size)}
        />
      ) : null}
    </div>
  );
}
