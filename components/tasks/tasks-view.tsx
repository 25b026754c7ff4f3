"use client";
// A project's tasks: filters, the table and the pager, with every piece of their state in the URL (nuqs).
// Each change is a non-shallow URL update, so the server page re-renders with the matching rows; it runs in
// a transition, which keeps the current rows on screen (dimmed, aria-busy) until the new ones arrive.
// The filter controls show the URL at once (what the user just picked); the sort arrows and the pager show
// the view the server actually rendered, so they always describe the rows on screen, even when the URL
// held a value the server had to ignore.
import { useQueryStates } from "nuqs";
import { useMemo, useTransition, type ReactNode } from "react";
import type { TaskJson } from "@/lib/tasks";
import type { MilestoneOption } from "@/components/milestones/milestone-option";
import { ServerTable, useServerTable, type ServerView } from "@/components/ui/server-table";
import { taskColumns } from "./task-columns";
import { TaskFilters, type TaskFilterValues } from "./task-filters";
import { taskListParsers } from "./task-list-params";

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
  view: ServerView;
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
  const table = useServerTable({ columns, data: tasks, totalCount, view, setParams });

  function onFilterChange(patch: Partial<TaskFilterValues>) {
    // A filter changes which rows exist, so the old page number means nothing any more.
    void setParams({ ...patch, page: null });
  }

  return (
    <div className="space-y-3">
      <TaskFilters values={{ status: params.status || null, platform: params.platform || null, q: params.q || null }} platforms={platforms} onChange={onFilterChange} />
      <ServerTable table={table} view={view} totalCount={totalCount} isPending={isPending} noun={["task", "tasks"]} labelledBy={labelledBy} empty={empty} />
    </div>
  );
}
