// The URL keys every server-paged table shares, as nuqs parsers for the browser: page, page_size and sort.
// The API's defaults are repeated here (DEFAULT_PAGE_SIZE in lib/http/pagination.ts, each list's default sort)
// because importing those modules would ship zod to the browser. A default that differs only makes the URL
// carry the value explicitly; the server still decides what the page shows.
import { parseAsInteger, parseAsString } from "nuqs";

export const DEFAULT_PAGE_SIZE = 25;

/** page, page_size and sort (with the list's default sort) for useQueryStates. */
export function listPageParsers(defaultSort: string) {
  return {
    page: parseAsInteger.withDefault(1),
    page_size: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
    sort: parseAsString.withDefault(defaultSort),
  };
}
