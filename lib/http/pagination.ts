// The list conventions of API.md, in one place: `page` (1-based, default 1), `page_size` (default 25, at most
// 200: above is a 400), `sort` naming one of the resource's columns with `-` for descending (anything else is
// a 400), and the response keys total_count, page, page_size, total_pages.
import { z } from "zod";

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 25;

export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe("1-based page number."),
  page_size: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE, `page_size is at most ${MAX_PAGE_SIZE}.`)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Items per page (at most ${MAX_PAGE_SIZE}).`),
});

export type Pagination = z.output<typeof paginationQuery>;

export interface Sort<C extends string> {
  column: C;
  direction: "asc" | "desc";
}

/** `sort` for a resource whose sortable columns are `columns`; `-column` sorts descending. */
export function sortQuery<const C extends readonly [string, ...string[]]>(columns: C, fallback: `${"" | "-"}${C[number]}`) {
  const allowed = [...columns, ...columns.map((c) => `-${c}`)] as [string, ...string[]];
  return z
    .enum(allowed, { error: `sort must be one of: ${allowed.join(", ")}.` })
    .default(fallback)
    .describe(`Column to sort by; prefix with - for descending. One of: ${columns.join(", ")}.`)
    .transform((value): Sort<C[number]> => ({
      column: value.replace(/^-/, "") as C[number],
      direction: value.startsWith("-") ? "desc" : "asc",
    }));
}

export function offsetOf({ page, page_size }: Pagination) {
  return (page - 1) * page_size;
}

/** The pagination keys every list response carries next to its items. */
export function pageInfo(totalCount: number, { page, page_size }: Pagination) {
  return { total_count: totalCount, page, page_size, total_pages: Math.ceil(totalCount / page_size) };
}
