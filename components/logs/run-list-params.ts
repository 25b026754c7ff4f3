// The runs table's URL state, as the browser reads and writes it with nuqs: the same keys as the logs API's
// query. The server page validates them with the API's own zod schema; these parsers only drive the controls.
import { parseAsString } from "nuqs";
import { listPageParsers } from "@/components/ui/list-params";

/** logListQuery's default sort (lib/logs/schemas.ts). */
export const DEFAULT_RUN_SORT = "-scheduled_for";

export const runListParsers = {
  ...listPageParsers(DEFAULT_RUN_SORT),
  status: parseAsString,
  task_id: parseAsString,
  from: parseAsString,
  to: parseAsString,
  q: parseAsString,
};
