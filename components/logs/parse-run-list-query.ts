// Server side of the runs table's URL, validated by the logs API's own schema (logListQuery), and the
// address of the CSV export of the same filter.
import { listHref, parseListQuery, type ParsedListQuery, type RawSearchParams } from "@/components/ui/parse-list-query";
import { logListQuery, type LogListQuery } from "@/lib/logs";

export type { RawSearchParams };

const KEYS = ["page", "page_size", "status", "task_id", "from", "to", "q", "sort"] as const;
type Key = (typeof KEYS)[number];

export type ParsedRunList = ParsedListQuery<Key, LogListQuery>;

export function parseRunListQuery(raw: RawSearchParams): ParsedRunList {
  return parseListQuery(logListQuery, KEYS, raw);
}

export function runListHref(params: ParsedRunList["params"], changes: Partial<Record<Key, string | undefined>>): string {
  return listHref("/logs", KEYS, params, changes);
}

/** GET /api/scheduler/logs/export with this view's filters and sort (every page of it). */
export function runExportHref(params: ParsedRunList["params"]): string {
  return listHref("/api/scheduler/logs/export", KEYS, params, { page: undefined, page_size: undefined });
}
