// The tasks table's markup: the shared sortable table, typed for tasks.
import type { ReactTable } from "@tanstack/react-table";
import type { TaskJson } from "@/lib/tasks";
import { SortableTable } from "@/components/ui/sortable-table";
import type { taskTableFeatures } from "./task-columns";

export function TasksTable({ table, labelledBy }: { table: ReactTable<typeof taskTableFeatures, TaskJson>; labelledBy: string }) {
  return <SortableTable table={table} labelledBy={labelledBy} />;
}
