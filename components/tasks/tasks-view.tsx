"use client";
// A project's tasks: filters, the table and the pager, with every piece of their state in the URL (nuqs).
// Each change is a non-shallow URL update, so the server page re-renders with the matching rows; it runs in
// a transition, which keeps the current rows on screen (dimmed, aria-busy) until the new ones arrive.
// The filter controls show the URL at once (what the user just picked); the sort arrows and the pager show
// the view the server actually rendered, so they always describe the rows on screen, even when the URL
// held a value the server had to ignore.
import { functionalUpdate, useTable, type PaginationState, type SortingState, type Updater } from "@tanstack/react-table";
import { useQueryStates } from "nuqs";
import { useMemo, useTransition, type ReactNode } from "react";
import type { TaskJson } from "@/lib/tasks";
import type { MilestoneOption } from "@/components/milestones/milestone-option";
import { taskColumns, taskTableFeatures } from "./task-columns";
import { TaskFilters, type TaskFilterValues } from "./task-filters";
import { taskListParsers } from "./task-list-params";
import { TasksTable } from "./tasks-table";
import { Pager } from "@/components/ui/pager";

function sortingFromParam(sort: string): SortingState {
  return [{ id: sort.replace(/^-/, ""), desc: sort.startsWith("-") }];
}

export function TasksView({
  tasks,
  totalCount,
  view,
  platforms,
  milestones,
  labelledBy,
  empty,
}: {
  /** The page of tasks the server rendered for the current URL. */
  tasks: TaskJson[];
  totalCount: number;
  /** The page, page size and sort those rows were rendered with (after the server validated the URL). */
  view: { page: number; pageSize: number; sort: string };
  platforms: string[];
  /** The project's milestones, to show each task's milestone by title. */
  milestones: MilestoneOption[];
  labelledBy: string;
  /** Shown instead of the table when this page has no rows (the server knows which empty state applies). */
  empty: ReactNode;
}) {
  const [isPending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(taskListParsers, { shallow: false, history: "push", startTransition });

  const columns = useMemo(() => taskColumns(new Map(milestones.map((m) => [m.id, m.title]))), [milestones]);
  const sorting = sortingFromParam(view.sort);
  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.pageSize };

  const table = useTable({
    features: taskTableFeatures,
    columns,
    data: tasks,
    getRowId: (task) => task.id,
    state: { sorting, pagination },
    manualSorting: true,
    manualPagination: true,
    rowCount: totalCount,
    enableMultiSort: false,
    enableSortingRemoval: false,
    autoResetPageIndex: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      // A new order starts again from the first page: page 3 of another order is a different set of rows.
      void setParams({ sort: next ? `${next.desc ? "-" : ""}${next.id}` : null, page: null });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      const sizeChanged = next.pageSize !== pagination.pageSize;
      void setParams({ page: sizeChanged ? null : next.pageIndex + 1, page_size: next.pageSize });
    },
  });

  function onFilterChange(patch: Partial<TaskFilterValues>) {
    // A filter changes which rows exist, so the old page number means nothing any more.
    void setParams({ ...patch, page: null });
  }

  return (
    <div className="space-y-3">
      <TaskFilters values={{ status: params.status || null, platform: params.platform || null, q: params.q || null }} platforms={platforms} onChange={onFilterChange} />
      <div aria-busy={isPending} className={`transition-opacity ${isPending ? "opacity-60" : ""}`}>
        {isPending ? (
          <p role="status" className="sr-only">
            Loading tasks…
          </p>
        ) : null}
        {tasks.length === 0 ? empty : <TasksTable table={table} labelledBy={labelledBy} />}
      </div>
      {totalCount > 0 ? (
        <Pager
          noun={["task", "tasks"]}
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
