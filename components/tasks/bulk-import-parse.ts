// Reads the text pasted into "Bulk import" into task bodies for POST /api/projects/{id}/tasks:bulk, remembering
// the line each task came from so that the API's errors (`tasks[7].title`) can point at the user's own lines.
// Two formats: JSON lines (one object per line) and CSV with a header row (RFC 4180 quoting: fields in double
// quotes may hold commas, line breaks and doubled quotes). A milestone is named by its title and sent as its
// milestone_id (the caller passes the project's milestones in). Pure, so it can be tested without a browser.
import type { MilestoneOption } from "@/components/milestones/milestone-option";
import { milestoneLookup, type MilestoneLookup } from "./bulk-import-milestones";
import { numberOrRaw } from "./task-form-body";

export type BulkFormat = "jsonl" | "csv";

export const CSV_COLUMNS = [
  "title",
  "description",
  "external_id",
  "platform",
  "milestone",
  "status",
  "priority_score",
  "cron",
  "timezone",
  "misfire_policy",
] as const;

export interface LineError {
  /** 1-based line of the pasted text; absent for a problem with the text as a whole. */
  line?: number;
  message: string;
}

export interface ParsedBulk {
  format: BulkFormat;
  tasks: Record<string, unknown>[];
  /** lines[i] is the line where tasks[i] starts. */
  lines: number[];
  errors: LineError[];
}

/** JSON lines when the first non-blank line starts with "{", CSV otherwise. */
export function detectFormat(text: string): BulkFormat {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== "");
  return first?.trimStart().startsWith("{") ? "jsonl" : "csv";
}

export function parseBulkText(text: string, format: BulkFormat | "auto", maxTasks: number, milestones: readonly MilestoneOption[]): ParsedBulk {
  const chosen = format === "auto" ? detectFormat(text) : format;
  const lookup = milestoneLookup(milestones);
  const parsed = chosen === "jsonl" ? parseJsonLines(text, lookup) : parseCsvTasks(text, lookup);
  if (parsed.errors.length === 0 && parsed.tasks.length === 0) {
    parsed.errors.push({ message: chosen === "csv" ? "Paste a header row and at least one task." : "Paste at least one task." });
  }
  if (parsed.tasks.length > maxTasks) {
    parsed.errors.push({
      message: `That is ${parsed.tasks.length.toLocaleString("en-GB")} tasks; one import takes at most ${maxTasks.toLocaleString("en-GB")}. Split the text and import it in parts.`,
    });
  }
  return { format: chosen, ...parsed };
}

// ——— JSON lines ———

function parseJsonLines(text: string, lookup: MilestoneLookup): Omit<ParsedBulk, "format"> {
  const out: Omit<ParsedBulk, "format"> = { tasks: [], lines: [], errors: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? ` (${error.message})` : "";
      out.errors.push({ line, message: `This is not valid JSON${reason}. Put exactly one JSON object on each line.` });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      out.errors.push({ line, message: "Expected a JSON object such as {\"title\": \"…\"}." });
      return;
    }
    const task = completeTask({ ...(value as Record<string, unknown>) }, line, out.errors, lookup);
    if (task) {
      out.tasks.push(task);
      out.lines.push(line);
    }
  });
  return out;
}

// ——— CSV ———

interface CsvRecord {
  line: number;
  fields: string[];
}

/** Splits CSV text into records (RFC 4180 quoting), each with the line it starts on. */
export function parseCsvRecords(text: string): { records: CsvRecord[]; errors: LineError[] } {
  const records: CsvRecord[] = [];
  const errors: LineError[] = [];
  let line = 1;
  let fields: string[] = [];
  let field = "";
  let recordLine = 1;
  let quoted = false; // inside a quoted field
  let afterQuote = false; // a quoted field just closed: only a comma or a line break may follow
  let quoteLine = 1;

  const endField = () => {
    fields.push(field);
    field = "";
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === ",") {
      endField();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (afterQuote) {
      if (ch.trim() === "") continue; // spaces between a closing quote and the comma are harmless
      errors.push({ line, message: 'Unexpected text after a closing quote. Inside quotes, write a quote as "".' });
      afterQuote = false;
      field += ch;
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      quoteLine = line;
      field = "";
    } else {
      field += ch;
    }
  }
  if (quoted) errors.push({ line: quoteLine, message: "A quoted field is never closed: add the missing double quote." });
  if (field !== "" || fields.length > 0 || afterQuote) endRecord();
  return { records: records.filter((r) => r.fields.some((f) => f.trim() !== "")), errors };
}

function parseCsvTasks(text: string, lookup: MilestoneLookup): Omit<ParsedBulk, "format"> {
  const { records, errors } = parseCsvRecords(text);
  const out: Omit<ParsedBulk, "format"> = { tasks: [], lines: [], errors };
  const [header, ...rows] = records;
  if (!header) return out;

  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = columns.filter((name) => !known.has(name));
  const duplicated = columns.filter((name, i) => columns.indexOf(name) !== i);
  if (unknown.length > 0) {
    out.errors.push({
      line: header.line,
      message: `Unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `"${n}"`).join(", ")} in the header row. The columns are: ${CSV_COLUMNS.join(", ")}.`,
    });
  }
  if (duplicated.length > 0) out.errors.push({ line: header.line, message: `The header row names ${duplicated.map((n) => `"${n}"`).join(", ")} twice.` });
  if (!columns.includes("title")) out.errors.push({ line: header.line, message: "The header row needs a title column (the first row is the header)." });
  if (out.errors.length > 0) return out;

  for (const row of rows) {
    if (row.fields.length > columns.length) {
      out.errors.push({
        line: row.line,
        message: `${row.fields.length} values, but the header has ${columns.length} columns. Put values that contain commas in double quotes.`,
      });
      continue;
    }
    const task: Record<string, unknown> = {};
    columns.forEach((name, i) => {
      const value = (row.fields[i] ?? "").trim();
      // The title is always sent, even empty, so the API's "give the task a title" names the line.
      if (name === "title") task.title = value;
      else if (value === "") return;
      else task[name] = name === "priority_score" ? numberOrRaw(value) : value;
    });
    const complete = completeTask(task, row.line, out.errors, lookup);
    if (complete) {
      out.tasks.push(complete);
      out.lines.push(row.line);
    }
  }
  return out;
}

// ——— both ———

/** A line's task as the API takes it, or null (with the line's problem in `errors`). */
function completeTask(task: Record<string, unknown>, line: number, errors: LineError[], lookup: MilestoneLookup): Record<string, unknown> | null {
  const scheduled = withSchedule(task, line, errors);
  return scheduled && withMilestone(scheduled, line, errors, lookup);
}

/** A milestone title becomes the API's milestone_id; an empty or null one means no milestone. */
function withMilestone(task: Record<string, unknown>, line: number, errors: LineError[], lookup: MilestoneLookup): Record<string, unknown> | null {
  if (!("milestone" in task)) return task;
  const { milestone, ...rest } = task;
  if (milestone === null || milestone === undefined || (typeof milestone === "string" && milestone.trim() === "")) return rest;
  if (typeof milestone !== "string") {
    errors.push({ line, message: 'milestone is the title of one of the project\'s milestones, as text: "milestone": "Beta".' });
    return null;
  }
  if (rest.milestone_id !== undefined) {
    errors.push({ line, message: "Give either milestone (a title) or milestone_id, not both." });
    return null;
  }
  const found = lookup(milestone);
  if ("problem" in found) {
    errors.push({ line, message: found.problem });
    return null;
  }
  return { ...rest, milestone_id: found.id };
}

/** Flat cron / timezone / misfire_policy become the API's `schedule` object (unless one is given already). */
function withSchedule(task: Record<string, unknown>, line: number, errors: LineError[]): Record<string, unknown> | null {
  const { cron, timezone, misfire_policy, ...rest } = task;
  if (cron === undefined && timezone === undefined && misfire_policy === undefined) return task;
  if (task.schedule !== undefined) {
    errors.push({ line, message: "Give either a schedule object or cron/timezone/misfire_policy, not both." });
    return null;
  }
  if (cron === undefined) {
    errors.push({ line, message: "timezone and misfire_policy need a cron expression too." });
    return null;
  }
  const schedule: Record<string, unknown> = { cron };
  if (timezone !== undefined) schedule.timezone = timezone;
  if (misfire_policy !== undefined) schedule.misfire_policy = misfire_policy;
  return { ...rest, schedule };
}

/** The API's error path for a bulk item (`tasks[7].schedule.cron`) as the pasted line and the field. */
export function locateBulkError(path: string, lines: number[]): { line?: number; field: string } {
  const match = /^tasks\[(\d+)\]\.?(.*)$/.exec(path);
  if (!match) return { field: path };
  return { line: lines[Number(match[1])], field: match[2] ?? "" };
}
