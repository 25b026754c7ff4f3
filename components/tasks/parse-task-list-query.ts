// Server side of the tasks table's URL: the search params validated by the API's own schema (taskListQuery),
// treating an empty parameter as absent like the API does. An invalid value never becomes a 500: it is left
// out (so its default applies) and reported, so the page can say what it ignored.
import { taskListQuery, type TaskListQuery } from "@/lib/tasks";

export type RawSearchParams = Record<string, string | string[] | undefined>;

const KEYS = ["page", "page_size", "status", "platform", "q", "sort"] as const;
type Key = (typeof KEYS)[number];

export interface ParsedTaskList {
  query: TaskListQuery;
  /** The parameters that were used, as strings (invalid and empty ones dropped): the base of this view's links. */
  params: Partial<Record<Key, string>>;
  /** One line per ignored parameter: `page_size=500: page_size is at most 200`. */
  problems: string[];
}

export function parseTaskListQuery(raw: RawSearchParams): ParsedTaskList {
  const params: Partial<Record<Key, string>> = {};
  for (const key of KEYS) {
    const value = [raw[key]].flat().find((v) => v !== undefined && v !== "");
    if (value !== undefined) params[key] = value;
  }
  const first = taskListQuery.safeParse(params);
  if (first.success) return { query: first.data, params, problems: [] };

  const problems = first.error.issues.map((issue) => {
    const key = issue.path[0] as Key;
    // The API's message for sort lists every column; the table's headers already show what can be sorted.
    const reason = key === "sort" ? "not a column this table sorts by" : issue.message.replace(/\.$/, "");
    return `${key}=${params[key] ?? ""}: ${reason}`;
  });
  for (const issue of first.error.issues) delete params[issue.path[0] as Key];
  const second = taskListQuery.safeParse(params);
  return { query: second.success ? second.data : taskListQuery.parse({}), params: second.success ? params : {}, problems };
}

/** A link to the same view with some parameters changed (undefined removes one). */
export function taskListHref(path: string, params: ParsedTaskList["params"], changes: Partial<Record<Key, string | undefined>>): string {
  const merged = { ...params, ...changes };
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = merged[key];
    if (value !== undefined) search.set(key, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
