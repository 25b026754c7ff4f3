// POST /api/admin/import/legacy-execution-logs: history from the legacy scheduler, as a JSON array of
// objects or as CSV with a header row (API.md "Admin"). The body is read as it streams in; every line is
// checked on its own (a bad one is listed in `rejected` with its line and reason, the good ones go in) and
// the good ones are written in chunks, each one set-based INSERT (insert-legacy-rows.sql.ts) after their
// tasks are found or made (legacy-tasks.sql.ts).
// Run it inside one transaction (the route does, with its audit row): a request refused part-way — over
// IMPORT_MAX_LINES, a body that is not CSV or JSON at all — then leaves nothing behind.
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";
import type { Db } from "@/lib/db/connect";
import type { TextBody } from "@/lib/http/stream-body";
import { csvRecords } from "./csv-records";
import { insertLegacyRows } from "./insert-legacy-rows.sql";
import { jsonArrayElements } from "./json-elements";
import { LegacyTaskResolver } from "./legacy-tasks.sql";
import { LEGACY_COLUMNS, parseLegacyLine, type LegacyRow } from "./legacy-line";

export const IMPORT_MAX_LINES = 100_000;
/** How many rejected lines the answer lists; `rejected_count` has them all. */
export const REJECTED_LISTED_MAX = 1000;
const CHUNK_ROWS = 5000;
const REQUIRED_COLUMNS = ["legacy_id", "task_id", "status"] as const;

export type ImportFormat = "json" | "csv";

export interface ImportResult {
  imported: number;
  /** Lines whose legacy_id was imported before (or earlier in the same file). */
  skipped: number;
  /** Of the imported rows, those whose user has no account yet (no task; counted by the backfill report). */
  orphaned: number;
  /** Of the imported rows, those without a user id at all. */
  unresolved: number;
  rejected: { line: number; reason: string }[];
  rejectedCount: number;
}

/** A line read from the body: its values, or why they could not even be read. */
type Line = { line: number; values: Record<string, unknown> } | { line: number; unreadable: string };

export async function importLegacyLogs(db: Db, body: TextBody<ImportFormat>, { maxLines = IMPORT_MAX_LINES } = {}): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, skipped: 0, orphaned: 0, unresolved: 0, rejected: [], rejectedCount: 0 };
  const tasks = new LegacyTaskResolver(db);
  let chunk: LegacyRow[] = [];
  let lines = 0;

  const write = async (rows: LegacyRow[]) => {
    const outcome = await insertLegacyRows(db, rows, await tasks.taskIds(rows));
    result.imported += outcome.imported;
    result.orphaned += outcome.orphaned;
    result.unresolved += outcome.unresolved;
    result.skipped += rows.length - outcome.imported;
  };
  // One chunk is written while the next is read and checked: Postgres and Node work at the same time. There
  // is never more than one write in flight (a transaction runs one statement at a time anyway).
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    writing = write(chunk);
    // Awaited before the next write or at the end; this only keeps a failure from counting as unhandled
    // while the next chunk is being read.
    writing.catch(() => {});
    chunk = [];
  };
  const reject = (line: number, reason: string) => {
    result.rejectedCount += 1;
    if (result.rejected.length < REJECTED_LISTED_MAX) result.rejected.push({ line, reason });
  };

  for await (const read of body.format === "csv" ? csvLines(body.chunks) : jsonLines(body.chunks)) {
    if (++lines > maxLines) {
      throw new PayloadTooLargeError(`At most ${maxLines.toLocaleString("en")} lines per import: split the file. Nothing was imported.`);
    }
    if ("unreadable" in read) {
      reject(read.line, read.unreadable);
      continue;
    }
    const parsed = parseLegacyLine(read.values);
    if (!parsed.ok) reject(read.line, parsed.reason);
    else {
      chunk.push(parsed.row);
      if (chunk.length >= CHUNK_ROWS) await flush();
    }
  }
  await flush();
  await writing;
  return result;
}

// JSON: the line is the element's position in the array (1-based).
async function* jsonLines(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  for await (const { index, text } of jsonArrayElements(chunks)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { line: index, unreadable: `not valid JSON (${(error as Error).message})` };
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      yield { line: index, unreadable: "not a JSON object with the legacy row's fields" };
    } else yield { line: index, values: value as Record<string, unknown> };
  }
}

// CSV: the line is the file line the record starts on (the header is line 1).
async function* csvLines(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  let header: string[] | null = null;
  for await (const { line, fields } of csvRecords(chunks)) {
    if (!header) {
      header = checkHeader(fields.map((f) => f.trim()));
      continue;
    }
    if (fields.length !== header.length) {
      yield { line, unreadable: `has ${fields.length} fields where the header has ${header.length}` };
      continue;
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) values[header[i]!] = fields[i]!;
    yield { line, values };
  }
  if (!header) throw new ValidationError(`The CSV is empty: send a header row (${LEGACY_COLUMNS.join(",")}) and one line per legacy row.`);
}

// A wrong header is the file's problem, not a line's: refuse the whole file, naming what to fix.
function checkHeader(columns: string[]): string[] {
  const known = new Set<string>(LEGACY_COLUMNS);
  const unknown = columns.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new ValidationError(`The CSV header has unknown columns: ${unknown.join(", ")}. The columns are ${LEGACY_COLUMNS.join(", ")}.`);
  }
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (repeated.length > 0) throw new ValidationError(`The CSV header repeats ${[...new Set(repeated)].join(", ")}.`);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new ValidationError(`The CSV header lacks ${missing.join(", ")}.`);
  return columns;
}
