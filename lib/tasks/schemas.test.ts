// Validation at the boundary: field paths in errors, schedules, strict keys, the bulk batch limit.
import { describe, expect, it } from "vitest";
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/http/validate";
import { bulkCreateSchema, taskCreateSchema, taskListQuery, taskPatchSchema } from "./schemas";

const errorsOf = (schema: Parameters<typeof parseOrThrow>[0], value: unknown) => {
  try {
    parseOrThrow(schema, value, "request body");
  } catch (error) {
    if (error instanceof ValidationError) return error.errors?.map((e) => e.path);
    throw error;
  }
  throw new Error("expected a validation error");
};

describe("task input", () => {
  it("needs a title of 1–500 characters, after trimming", () => {
    expect(errorsOf(taskCreateSchema, {})).toEqual(["title"]);
    expect(errorsOf(taskCreateSchema, { title: "   " })).toEqual(["title"]);
    expect(errorsOf(taskCreateSchema, { title: "x".repeat(501) })).toEqual(["title"]);
    expect(taskCreateSchema.parse({ title: "  Ship it " }).title).toBe("Ship it");
  });

  it("rejects unknown keys instead of ignoring them", () => {
    expect(errorsOf(taskCreateSchema, { title: "T", titel: "typo" })).toEqual([""]);
  });

  it("checks enums, lengths and numbers", () => {
    expect(errorsOf(taskCreateSchema, { title: "T", status: "closed", platform: "p".repeat(65), max_attempts: 0, priority_score: 1.5 })).toEqual([
      "status",
      "priority_score",
      "platform",
      "max_attempts",
    ]);
  });

  it("reads a schedule's cron in its IANA timezone and refuses what cannot run", () => {
    expect(taskCreateSchema.parse({ title: "T", schedule: { cron: "0 9 * * 1-5", timezone: "europe/berlin" } }).schedule).toEqual({
      cron: "0 9 * * 1-5",
      timezone: "Europe/Berlin",
      misfire_policy: "run_once",
    });
    expect(errorsOf(taskCreateSchema, { title: "T", schedule: { cron: "every day" } })).toEqual(["schedule.cron"]);
    expect(errorsOf(taskCreateSchema, { title: "T", schedule: { cron: "0 0 0 * * *" } })).toEqual(["schedule.cron"]);
    expect(errorsOf(taskCreateSchema, { title: "T", schedule: { cron: "0 0 31 2 *" } })).toEqual(["schedule.cron"]);
    expect(errorsOf(taskCreateSchema, { title: "T", schedule: { cron: "* * * * *", timezone: "Mars/Olympus" } })).toEqual(["schedule.timezone"]);
  });

  it("validates each handler kind's config", () => {
    expect(errorsOf(taskCreateSchema, { title: "T", handler: { kind: "http", config: { url: "ftp://x" } } })).toEqual(["handler.config.url"]);
    expect(errorsOf(taskCreateSchema, { title: "T", handler: { kind: "shell", config: {} } })).toEqual(["handler.kind"]);
    expect(taskCreateSchema.parse({ title: "T", handler: { kind: "http", config: { url: "https://example.com/hook" } } }).handler).toEqual({
      kind: "http",
      config: { url: "https://example.com/hook", method: "POST" },
    });
  });

  it("a patch must change something", () => {
    expect(errorsOf(taskPatchSchema, {})).toEqual([""]);
    expect(taskPatchSchema.parse({ schedule: null })).toEqual({ schedule: null });
  });
});

describe("bulk input", () => {
  it("names the invalid item: tasks[7].title", () => {
    const tasks = Array.from({ length: 10 }, (_, i) => ({ title: i === 7 ? "" : `T${i}` }));
    expect(errorsOf(bulkCreateSchema, { tasks, duplicate_strategy: "title" })).toEqual(["tasks[7].title"]);
    expect(errorsOf(bulkCreateSchema, { tasks: [{ title: "T" }], duplicate_strategy: "fuzzy" })).toEqual(["duplicate_strategy"]);
  });

  it("more than 1,000 tasks is a batch too large (413), 1,000 is fine", () => {
    const tasks = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `T${i}` }));
    expect(() => parseOrThrow(bulkCreateSchema, { tasks: tasks(1001) }, "request body")).toThrow(PayloadTooLargeError);
    expect(parseOrThrow(bulkCreateSchema, { tasks: tasks(1000) }, "request body").duplicate_strategy).toBe("external_id");
  });
});

describe("task list query", () => {
  it("accepts known sort columns, with - for descending, and nothing else", () => {
    expect(taskListQuery.parse({ sort: "-title" }).sort).toEqual({ column: "title", direction: "desc" });
    expect(taskListQuery.safeParse({ sort: "user_id" }).success).toBe(false);
    expect(taskListQuery.safeParse({ page_size: "201" }).success).toBe(false);
  });
});
