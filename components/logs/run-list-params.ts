// The runs table's URL state, as the browser reads and writes it with nuqs: the same keys as the logs API's
// query. The server page validates them with the API's own zod schema; these parsers only drive the controls.
import { parseAsInteger, parseAsString } from "nuqs";

// The API's defaults (logListQuery in lib/logs/schemas.ts), repeated here because importing that module
// would ship zod to the browser. A default that differs only makes the URL carry the value explicitly.
export const DEFAULT_RUN_SORT = "-scheduled_for";
export const DEFAULT_PAGE_SIZE = 25;

export const runListParsers = {
  page: parseAsInteger.withDefault(1),
  page_size: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
  status: parseAsString,
  task_id: parseAsString,
  from: parseAsString,
  to: parseAsString,
  q: parseAsString,
  sort: parseAsString.withDefault(DEFAULT_RUN_SORT),
};
