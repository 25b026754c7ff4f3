// The tasks table's markup: TanStack Table v9 supplies the headers, rows and sort state; sortable headers are
// buttons (keyboard-usable) and their <th> carries aria-sort, so the current order is announced.
import type { ReactTable } from "@tanstack/react-table";
import type { TaskJson } from "@/lib/tasks";
import { Table, Tbody, Td, Th } from "@/components/ui/table";
import type { taskTableFeatures } from "./task-columns";

type TasksReactTable = ReactTable<typeof taskTableFeatures, TaskJson>;

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;
const ARROWS = { asc: "▲", desc: "▼" } as const;

export function TasksTable({ table, labelledBy }: { table: TasksReactTable; labelledBy: string }) {
  return (
    <Table labelledBy={labelledBy}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const canSort = header.column.getCanSort();
              return (
                <Th key={header.id} aria-sort={sorted ? ARIA_SORT[sorted] : undefined} className={header.column.id === "priority_score" ? "text-right" : ""}>
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
