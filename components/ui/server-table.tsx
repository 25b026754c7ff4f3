"use client";
// A table the server sorts and pages, driven by the URL: the TanStack Table state is the view the server
// rendered (so the sort arrows and the pager always describe the rows on screen), and a header click or a
// pager button writes `sort`, `page` and `page_size` into the URL for the server to render the next view.
// Used by the tasks and runs tables; their filters stay their own.
import { functionalUpdate, useTable, type PaginationState, type SortingState, type Updater } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { Pager } from "./pager";
import { SortableTable, sortableTableFeatures } from "./sortable-table";

/** The page, page size and sort (`-column` for descending) the server rendered. */
export interface ServerView {
  page: number;
  pageSize: number;
  sort: string;
}

export interface ServerTableParams {
  sort?: string | null;
  page?: number | null;
  page_size?: number | null;
}

export function useServerTable<TData extends { id: string }>({
  columns,
  data,
  totalCount,
  view,
  setParams,
}: {
  columns: Parameters<typeof useTable<typeof sortableTableFeatures, TData>>[0]["columns"];
  data: TData[];
  totalCount: number;
  view: ServerView;
  setParams: (patch: ServerTableParams) => unknown;
}) {
  const sorting: SortingState = [{ id: view.sort.replace(/^-/, ""), desc: view.sort.startsWith("-") }];
  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.pageSize };
  return useTable({
    features: sortableTableFeatures,
    columns,
    data,
    getRowId: (row) => row.id,
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
}

/** The table (or the empty state), dimmed and aria-busy while the next view loads, and its pager. */
export function ServerTable<TData extends { id: string }>({
  table,
  view,
  totalCount,
  isPending,
  noun,
  labelledBy,
  empty,
}: {
  table: ReturnType<typeof useServerTable<TData>>;
  view: ServerView;
  totalCount: number;
  isPending: boolean;
  /** What the rows are: `["task", "tasks"]`. */
  noun: readonly [one: string, many: string];
  labelledBy: string;
  empty: ReactNode;
}) {
  return (
    <>
      <div aria-busy={isPending} className={`transition-opacity ${isPending ? "opacity-60" : ""}`}>
        {isPending ? (
          <p role="status" className="sr-only">
            Loading {noun[1]}…
          </p>
        ) : null}
        {table.getRowModel().rows.length === 0 ? empty : <SortableTable table={table} labelledBy={labelledBy} />}
      </div>
      {totalCount > 0 ? (
        <Pager
          noun={noun}
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
    </>
  );
}
