// The bulk import parser: format detection, RFC 4180 quoting, line numbers, milestone titles turned into ids,
// and mapping API errors to lines. Runs in the integration project (`npx vitest run --project integration components`).
import { describe, expect, it } from "vitest";
import { detectFormat, locateBulkError, parseBulkText, parseCsvRecords } from "./bulk-import-parse";

const BETA = "00000000-0000-4000-8000-000000000001";
const LAUNCH = "00000000-0000-4000-8000-000000000002";
const MILESTONES = [
  { id: BETA, title: "Beta" },
  { id: LAUNCH, title: "Launch" },
];

describe("bulk import parsing", () => {
  it("detects JSON lines by a leading brace and CSV otherwise", () => {
    expect(detectFormat('\n  {"title":"a"}')).toBe("jsonl");
    expect(detectFormat("title,platform\na,b")).toBe("csv");
  });

  it("reads quoted CSV fields with commas, doubled quotes and line breaks, keeping each record's first line", () => {
    const { records, errors } = parseCsvRecords('title,description\r\n"a, b","say ""hi"""\n"multi\nline",x\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ["title", "description"] },
      { line: 2, fields: ["a, b", 'say "hi"'] },
      { line: 3, fields: ["multi\nline", "x"] },
    ]);
  });

  it("turns CSV rows into task bodies: empty cells left out, cron and timezone into schedule, priority as a number", () => {
    const text = "title,status,priority_score,platform,cron,timezone\nBackup,done,5,,0 2 * * *,Europe/Berlin\n\nPlain,,,github,,\n";
    const parsed = parseBulkText(text, "auto", 1000, []);
    expect(parsed.format).toBe("csv");
    expect(parsed.errors).toEqual([]);
    expect(parsed.tasks).toEqual([
      { title: "Backup", status: "done", priority_score: 5, schedule: { cron: "0 2 * * *", timezone: "Europe/Berlin" } },
      { title: "Plain", platform: "github" },
    ]);
    expect(parsed.lines).toEqual([2, 4]);
  });

  it("reports CSV problems with their line numbers before anything is sent", () => {
    expect(parseBulkText("name\nx", "csv", 1000, []).errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('Unknown column "name"') });
    const parsed = parseBulkText('title\n"open\nx\n', "csv", 1000, []);
    expect(parsed.errors).toContainEqual({ line: 2, message: expect.stringContaining("never closed") });
    expect(parseBulkText("title,platform\na,b,c", "csv", 1000, []).errors).toEqual([{ line: 2, message: expect.stringContaining("3 values") }]);
    expect(parseBulkText("title,timezone\na,UTC", "csv", 1000, []).errors).toEqual([{ line: 2, message: expect.stringContaining("cron") }]);
  });

  it("reads JSON lines, one object per line, and names the line of a bad one", () => {
    const parsed = parseBulkText('{"title":"a","cron":"* * * * *"}\n\n{"title":\n[1]', "auto", 1000, []);
    expect(parsed.format).toBe("jsonl");
    expect(parsed.tasks).toEqual([{ title: "a", schedule: { cron: "* * * * *" } }]);
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 4]);
  });

  it("refuses empty text and more tasks than one import takes", () => {
    expect(parseBulkText("  \n", "auto", 10, []).errors).toHaveLength(1);
    expect(parseBulkText("title\na\nb\nc", "csv", 2, []).errors[0]?.message).toContain("at most 2");
  });

  it("turns a milestone title into its milestone_id, ignoring case and surrounding spaces, in CSV and JSON lines", () => {
    const csv = parseBulkText("title,milestone\nLogin,  beta \nLogin,Launch\nNo stage,\n", "csv", 1000, MILESTONES);
    expect(csv.errors).toEqual([]);
    expect(csv.tasks).toEqual([
      { title: "Login", milestone_id: BETA },
      { title: "Login", milestone_id: LAUNCH },
      { title: "No stage" },
    ]);
    const jsonl = parseBulkText('{"title":"a","milestone":"LAUNCH","cron":"0 9 * * *"}\n{"title":"b","milestone":null}', "jsonl", 1000, MILESTONES);
    expect(jsonl.errors).toEqual([]);
    expect(jsonl.tasks).toEqual([{ title: "a", milestone_id: LAUNCH, schedule: { cron: "0 9 * * *" } }, { title: "b" }]);
  });

  it("reports an unknown or ambiguous milestone title against its line, and a line that names a milestone twice", () => {
    const unknown = parseBulkText("title,milestone\nA,Beta\nB,Gamma\n", "csv", 1000, MILESTONES);
    expect(unknown.errors).toEqual([{ line: 3, message: "No milestone called “Gamma” in this project — add it under Milestones first." }]);
    expect(parseBulkText("title,milestone\nA,Beta", "csv", 1000, []).errors[0]).toMatchObject({ line: 2, message: expect.stringContaining("No milestone called “Beta”") });

    const twins = [...MILESTONES, { id: "00000000-0000-4000-8000-000000000003", title: "BETA" }];
    expect(parseBulkText("title,milestone\nA,beta", "csv", 1000, twins).errors).toEqual([{ line: 2, message: expect.stringContaining("2 milestones in this project are called “beta”") }]);

    const both = parseBulkText(`{"title":"a","milestone":"Beta","milestone_id":"${BETA}"}\n{"title":"b","milestone":7}`, "jsonl", 1000, MILESTONES);
    expect(both.errors).toEqual([
      { line: 1, message: expect.stringContaining("not both") },
      { line: 2, message: expect.stringContaining("as text") },
    ]);
  });

  it("maps the API's error paths back to pasted lines", () => {
    expect(locateBulkError("tasks[1].schedule.cron", [2, 5])).toEqual({ line: 5, field: "schedule.cron" });
    expect(locateBulkError("duplicate_strategy", [2])).toEqual({ field: "duplicate_strategy" });
  });
});
