// Server side of the tasks table's URL, validated by the API's own schema (taskListQuery).
import { listHref, parseListQuery, type ParsedListQuery, type RawSearchParams } from "@/components/ui/parse-list-query";
import { taskListQuery, type TaskListQuery } from "@/lib/tasks";

export type { RawSearchParams };

const KEYS = ["page", "page_size", "status", "platform", "q", "sort"] as const;
type Key = (typeof KEYS)[number];

export type ParsedTaskList = ParsedListQuery<Key, TaskListQuery>;

export function parseTaskListQuery(raw: RawSearchParams): ParsedTaskList {
  return parseListQuery(taskListQuery, KEYS, raw);
}

/** A link to the same view with some parameters changed (undefined removes one). */
export function taskListHref(path: string, params: ParsedTaskList["params"], changes: Partial<Record<Key, string | undefined>>): string {
  return listHref(path, KEYS, params, changes);
}
