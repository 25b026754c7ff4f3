// A server-sorted TanStack Table v9 as markup: sortable headers are buttons (keyboard-usable) and their <th>
// carries aria-sort, so the current order is announced. Columns set `meta.cellClassName` for their cells and
// `meta.headerClassName` for their heading (alignment, wrapping). Used by the tasks and runs tables.
import { metaHelper, rowPaginationFeature, rowSortingFeature, tableFeatures, type ReactTable, type RowData } from "@tanstack/react-table";
import { Table, Tbody, Td, Th } from "@/components/ui/table";

export interface SortableColumnMeta {
  cellClassName?: string;
  headerClassName?: string;
}

// Sorting and pagination are registered for their state and header helpers only: the server sorts and pages.
export const sortableTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<SortableColumnMeta>(),
});

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;
const ARROWS = { asc: "▲", desc: "▼" } as const;

export function SortableTable<TData extends RowData>({ table, labelledBy }: { table: ReactTable<typeof sortableTableFeatures, TData>; labelledBy: string }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const canSort = header.column.getCanSort();
              return (
                <Th key={header.id} aria-sort={sorted ? ARIA_SORT[sorted] : undefined} className={header.column.columnDef.meta?.headerClassName ?? ""}>
                  {header.isPlaceholder ? null : canSort ? (
                    <button
                      type="button"
                      onClick={header.column.getToggleSortingHandler()}
                      className="inline-flex items-center gap-1 rounded-sm tracking-wide uppercase hover:text-neutral-900"
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className={sorted ? "text-neutral-900" : "text-neutral-300"}>
                        {sorted ? ARROWS[sorted] : "↕"}
                      </span>
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </Th>
              );
            })}
          </tr>
        ))}
      </thead>
      <Tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <Td key={cell.id} className={cell.column.columnDef.meta?.cellClassName ?? ""}>
                <table.FlexRender cell={cell} />
              </Td>
            ))}
          </tr>
        ))}
      </Tbody>
    </Table>
  );
}
