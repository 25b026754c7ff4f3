import { describe, expect, it } from "vitest";
import { z } from "zod";
import { offsetOf, pageInfo, paginationQuery, sortQuery } from "./pagination";

describe("list conventions", () => {
  it("default to page 1 of 25 and read numbers from the query string", () => {
    expect(paginationQuery.parse({})).toEqual({ page: 1, page_size: 25 });
    expect(paginationQuery.parse({ page: "3", page_size: "200" })).toEqual({ page: 3, page_size: 200 });
  });

  it("refuse a page_size over 200, a page below 1 and non-numbers", () => {
    const result = paginationQuery.safeParse({ page_size: "201" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["page_size"], message: "page_size is at most 200." });
    expect(paginationQuery.safeParse({ page: "0" }).success).toBe(false);
    expect(paginationQuery.safeParse({ page: "two" }).success).toBe(false);
  });

  it("sort by a known column, descending with a - prefix, and refuse any other value", () => {
    const query = z.object({ sort: sortQuery(["created_at", "title"], "-created_at") });
    expect(query.parse({}).sort).toEqual({ column: "created_at", direction: "desc" });
    expect(query.parse({ sort: "title" }).sort).toEqual({ column: "title", direction: "asc" });
    const bad = query.safeParse({ sort: "password" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("sort must be one of: created_at, title, -created_at, -title.");
  });

  it("compute the offset and the response keys", () => {
    expect(offsetOf({ page: 3, page_size: 25 })).toBe(50);
    expect(pageInfo(51, { page: 3, page_size: 25 })).toEqual({ total_count: 51, page: 3, page_size: 25, total_pages: 3 });
    expect(pageInfo(0, { page: 1, page_size: 25 })).toEqual({ total_count: 0, page: 1, page_size: 25, total_pages: 0 });
  });
});
