// The tasks table's URL state, as the browser reads and writes it with nuqs: the same keys as the API's list
// query (page, page_size, status, platform, q, sort). The server page validates them with the API's own zod
// schema; these parsers only drive the controls, so they stay loose (an invalid value is reported by the page).
import { parseAsInteger, parseAsString } from "nuqs";

// The API's defaults (taskListQuery in lib/tasks/schemas.ts, DEFAULT_PAGE_SIZE in lib/http/pagination.ts),
// repeated here because importing those modules would ship zod to the browser. A default that differs only
// makes the URL carry the value explicitly; the server still decides what the page shows.
export const DEFAULT_TASK_SORT = "-created_at";
export const DEFAULT_PAGE_SIZE = 25;

export const taskListParsers = {
  page: parseAsInteger.withDefault(1),
  page_size: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
  status: parseAsString,
  platform: parseAsString,
  q: parseAsString,
  sort: parseAsString.withDefault(DEFAULT_TASK_SORT),
};
