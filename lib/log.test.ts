// Server logs never carry a failed query's parameters (they may hold secrets).
import { DrizzleQueryError } from "drizzle-orm/errors";
import { afterEach, expect, it, vi } from "vitest";
import { logError } from "./log";

afterEach(() => vi.restoreAllMocks());

it("logs a failed query's text and cause, not its parameters", () => {
  const lines: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
  const cause = new Error('duplicate key value violates unique constraint "x"');
  logError("boom", { path: "/api/x" }, new DrizzleQueryError("insert into tasks (handler_config) values ($1)", [{ headers: { authorization: "Bearer s3cret" } }], cause));
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toContain("s3cret");
  const entry = JSON.parse(lines[0]!);
  expect(entry.error).toMatchObject({ message: 'duplicate key value violates unique constraint "x"', query: "insert into tasks (handler_config) values ($1)" });
});
