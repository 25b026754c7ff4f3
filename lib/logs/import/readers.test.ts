// The streaming readers under the legacy import: records and elements must come out the same whichever
// way the text is cut into chunks, and lines must be reported where the person fixing the file finds them.
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { csvRecords } from "./csv-records";
import { jsonArrayElements } from "./json-elements";
import { parseLegacyLine } from "./legacy-line";

async function* chunked(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const CSV = '\ufefflegacy_id,error\r\n1,"says ""hi"", then\r\nbreaks"\r\n\r\n2,plain\n3,"",\n4,a"b\n5,last';

describe("csvRecords", () => {
  it("reads quotes, doubled quotes, line breaks in fields, CRLF, blank lines and a BOM, in chunks of any size", async () => {
    const expected = [
      { line: 1, fields: ["legacy_id", "error"] },
      { line: 2, fields: ["1", 'says "hi", then\r\nbreaks'] },
      { line: 5, fields: ["2", "plain"] },
      { line: 6, fields: ["3", "", ""] },
      { line: 7, fields: ["4", 'a"b'] },
      { line: 8, fields: ["5", "last"] },
    ];
    for (const size of [1, 2, 3, 7, 1000]) expect(await collect(csvRecords(chunked(CSV, size)))).toEqual(expected);
  });

  it("refuses a quoted field that never closes, naming its line", async () => {
    await expect(collect(csvRecords(chunked('a,b\n1,"open', 4)))).rejects.toThrow(new ValidationError('CSV line 2: a quoted field is never closed.'));
  });
});

describe("jsonArrayElements", () => {
  // The last element is malformed JSON but well delimited: one bad line for the importer, not a bad request.
  const JSON_TEXT = ' [ {"a": "x, ]}"} , {"b": [1, {"c": "\\"q\\""}]},"not an object", {broken } ] ';

  it("splits the top-level elements, whatever is inside strings and however the text is chunked", async () => {
    const expected = [
      { index: 1, text: '{"a": "x, ]}"}' },
      { index: 2, text: '{"b": [1, {"c": "\\"q\\""}]}' },
      { index: 3, text: '"not an object"' },
      { index: 4, text: "{broken }" },
    ];
    for (const size of [1, 5, 1000]) expect(await collect(jsonArrayElements(chunked(JSON_TEXT, size)))).toEqual(expected);
  });

  it("accepts an empty array and refuses what is not one array", async () => {
    expect(await collect(jsonArrayElements(chunked(" [ ] ", 2)))).toEqual([]);
    await expect(collect(jsonArrayElements(chunked('{"legacy_id": 1}', 4)))).rejects.toThrow(/not a JSON array/);
    await expect(collect(jsonArrayElements(chunked("[1, 2", 4)))).rejects.toThrow(/never closed/);
    await expect(collect(jsonArrayElements(chunked("[1,,2]", 4)))).rejects.toThrow(/element 2 is empty/);
    await expect(collect(jsonArrayElements(chunked("[1] [2]", 4)))).rejects.toThrow(/after the closing/);
  });
});

describe("parseLegacyLine", () => {
  const good = { legacy_id: "10", user_id: "42", task_id: "7", task_name: "Export", status: "failed", scheduled_for: "2024-03-01 10:00:00+00", started_at: "2024-03-01T10:00:02Z", finished_at: "2024-03-01T10:00:05.5Z", attempt: "2", error: "boom", duration_ms: "" };

  it("turns CSV text or JSON values into a row; derives a missing duration and a missing scheduled_for", () => {
    const parsed = parseLegacyLine(good);
    expect(parsed).toEqual({
      ok: true,
      row: {
        legacyId: 10, userId: 42, legacyTaskId: 7, taskName: "Export", status: "failed",
        scheduledFor: new Date("2024-03-01T10:00:00Z"), startedAt: new Date("2024-03-01T10:00:02Z"), finishedAt: new Date("2024-03-01T10:00:05.500Z"),
        durationMs: 3500, attempt: 2, error: "boom",
      },
    });
    const json = parseLegacyLine({ legacy_id: 11, user_id: null, task_id: 7, status: "succeeded", started_at: "2024-03-01T12:00:00+05:30" });
    expect(json).toMatchObject({ ok: true, row: { userId: null, scheduledFor: new Date("2024-03-01T06:30:00Z"), attempt: 1, durationMs: null } });
  });

  it.each([
    [{ legacy_id: "" }, "legacy_id is missing"],
    [{ legacy_id: "x" }, "legacy_id must be a whole number"],
    [{ user_id: "3000000000" }, "user_id must be between"],
    [{ task_id: "" }, "task_id is missing"],
    [{ status: "done" }, "status must be one of queued, running, succeeded, failed, timed_out, cancelled (got \"done\")"],
    [{ scheduled_for: "2024-03-01 10:00:00" }, "scheduled_for must be an ISO-8601 timestamp with a timezone"],
    [{ scheduled_for: "2024-02-30T10:00:00Z" }, "scheduled_for is not a real date and time"],
    [{ scheduled_for: "", started_at: "" }, "scheduled_for is missing"],
    [{ finished_at: "2024-03-01T09:00:00Z" }, "finished_at is before started_at"],
    [{ attempt: "0" }, "attempt must be between 1 and 1000"],
    [{ owner: "bob" }, 'unknown field "owner"'],
  ])("rejects %o with a reason a person can act on", (change, reason) => {
    const parsed = parseLegacyLine({ ...good, ...change });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });
});
