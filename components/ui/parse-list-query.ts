// Server side of a table's URL: the search params validated by the API's own list schema, treating an empty
// parameter as absent like the API does. An invalid value never becomes a 500: it is left out (so its
// default applies) and reported, so the page can say what it ignored. Used by the tasks and runs tables.
import type { z } from "zod";

export type RawSearchParams = Record<string, string | string[] | undefined>;

export interface ParsedListQuery<K extends string, Q> {
  query: Q;
  /** The parameters that were used, as strings (invalid and empty ones dropped): the base of this view's links. */
  params: Partial<Record<K, string>>;
  /** One line per ignored parameter: `page_size=500: page_size is at most 200`. */
  problems: string[];
}

export function parseListQuery<K extends string, Q>(schema: z.ZodType<Q>, keys: readonly K[], raw: RawSearchParams): ParsedListQuery<K, Q> {
  const params: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = [raw[key]].flat().find((v) => v !== undefined && v !== "");
    if (value !== undefined) params[key] = value;
  }
  const first = schema.safeParse(params);
  if (first.success) return { query: first.data, params, problems: [] };

  const problems = first.error.issues.map((issue) => {
    const key = issue.path[0] as K;
    // The API's message for sort lists every column; the table's headers already show what can be sorted.
    const reason = key === "sort" ? "not a column this table sorts by" : issue.message.replace(/\.$/, "");
    return `${key}=${params[key] ?? ""}: ${reason}`;
  });
  for (const issue of first.error.issues) delete params[issue.path[0] as K];
  const second = schema.safeParse(params);
  return { query: second.success ? second.data : schema.parse({}), params: second.success ? params : {}, problems };
}

/** A link to the same view with some parameters changed (undefined removes one), keys in `keys` order. */
export function listHref<K extends string>(path: string, keys: readonly K[], params: Partial<Record<K, string>>, changes: Partial<Record<K, string | undefined>>): string {
  const merged = { ...params, ...changes };
  const search = new URLSearchParams();
  for (const key of keys) {
    const value = merged[key];
    if (value !== undefined) search.set(key, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
