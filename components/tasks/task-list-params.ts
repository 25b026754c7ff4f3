// The tasks table's URL state, as the browser reads and writes it with nuqs: the same keys as the API's list
// query (page, page_size, status, platform, q, sort). The server page validates them with the API's own zod
// schema; these parsers only drive the controls, so they stay loose (an invalid value is reported by the page).
import { parseAsString } from "nuqs";
import { listPageParsers } from "@/components/ui/list-params";

/** taskListQuery's default sort (lib/tasks/schemas.ts). */
export const DEFAULT_TASK_SORT = "-created_at";

export const taskListParsers = {
  ...listPageParsers(DEFAULT_TASK_SORT),
  status: parseAsString,
  platform: parseAsString,
  q: parseAsString,
};
