// One line of a legacy execution-log import (API.md "Admin"), checked and turned into the row it becomes.
// A line is a JSON object or a CSV record keyed by its header; in CSV every value is text and an empty cell
// means "no value". A line that cannot be imported gets one reason, phrased for the person fixing the file.
import { EXECUTION_STATUSES } from "@/drizzle";

export const LEGACY_COLUMNS = [
  "legacy_id",
  "user_id",
  "task_id",
  "task_name",
  "status",
  "scheduled_for",
  "started_at",
  "finished_at",
  "duration_ms",
  "attempt",
  "error",
] as const;
export type LegacyColumn = (typeof LEGACY_COLUMNS)[number];

export const TASK_NAME_MAX = 500;
export const ERROR_MAX = 100_000;
const INT4_MAX = 2_147_483_647;
const STATUSES = new Set<string>(EXECUTION_STATUSES);
const KNOWN = new Set<string>(LEGACY_COLUMNS);

export interface LegacyRow {
  legacyId: number;
  /** The legacy integer user id; null when the line had none. */
  userId: number | null;
  legacyTaskId: number;
  taskName: string | null;
  status: (typeof EXECUTION_STATUSES)[number];
  scheduledFor: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
  attempt: number;
  error: string | null;
}

export type LineResult = { ok: true; row: LegacyRow } | { ok: false; reason: string };

class LineError extends Error {}

/** Checks one line (its values keyed by column) and returns the row it becomes, or why it can't be imported. */
export function parseLegacyLine(values: Record<string, unknown>): LineResult {
  try {
    for (const key of Object.keys(values)) {
      if (!KNOWN.has(key)) throw new LineError(`unknown field "${key}"; the fields are ${LEGACY_COLUMNS.join(", ")}`);
    }
    const startedAt = timestamp(values, "started_at");
    const scheduledFor = timestamp(values, "scheduled_for") ?? startedAt;
    if (!scheduledFor) throw new LineError("scheduled_for is missing (and there is no started_at to use instead)");
    const finishedAt = timestamp(values, "finished_at");
    if (startedAt && finishedAt && finishedAt < startedAt) throw new LineError("finished_at is before started_at");
    const status = text(values, "status", 20);
    if (!status || !STATUSES.has(status)) {
      throw new LineError(`status must be one of ${EXECUTION_STATUSES.join(", ")}${status ? ` (got "${status}")` : ""}`);
    }
    const durationMs = integer(values, "duration_ms", 0, INT4_MAX);
    return {
      ok: true,
      row: {
        legacyId: required(integer(values, "legacy_id", 1, Number.MAX_SAFE_INTEGER), "legacy_id"),
        userId: integer(values, "user_id", -INT4_MAX - 1, INT4_MAX),
        legacyTaskId: required(integer(values, "task_id", 1, Number.MAX_SAFE_INTEGER), "task_id"),
        taskName: text(values, "task_name", TASK_NAME_MAX),
        status: status as LegacyRow["status"],
        scheduledFor,
        startedAt,
        finishedAt,
        // A legacy row that kept its times but not the duration gets it back from them.
        durationMs: durationMs ?? (startedAt && finishedAt ? finishedAt.getTime() - startedAt.getTime() : null),
        attempt: integer(values, "attempt", 1, 1000) ?? 1,
        error: text(values, "error", ERROR_MAX),
      },
    };
  } catch (error) {
    if (error instanceof LineError) return { ok: false, reason: error.message };
    throw error;
  }
}

function present(values: Record<string, unknown>, key: LegacyColumn): unknown {
  const value = values[key];
  return value === "" || value === null || value === undefined ? undefined : value;
}

function required<T>(value: T | null, key: LegacyColumn): T {
  if (value === null) throw new LineError(`${key} is missing`);
  return value;
}

function integer(values: Record<string, unknown>, key: LegacyColumn, min: number, max: number): number | null {
  const raw = present(values, key);
  if (raw === undefined) return null;
  const n = typeof raw === "string" && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof n !== "number" || !Number.isInteger(n)) throw new LineError(`${key} must be a whole number (got ${JSON.stringify(raw)})`);
  if (n < min || n > max) throw new LineError(`${key} must be between ${min} and ${max} (got ${n})`);
  return n;
}

function text(values: Record<string, unknown>, key: LegacyColumn, max: number): string | null {
  const raw = present(values, key);
  if (raw === undefined) return null;
  if (typeof raw !== "string") throw new LineError(`${key} must be text (got ${JSON.stringify(raw)})`);
  if (raw.length > max) throw new LineError(`${key} is longer than ${max} characters`);
  return raw;
}

// ISO-8601 with a timezone, with `T` or a space between date and time (Postgres' own text output, e.g.
// `2024-03-01 10:00:00+00`). A time without a zone is refused: guessing one could shift history by hours.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(Z|[+-]\d{2}(?::?\d{2})?)$/i;

function timestamp(values: Record<string, unknown>, key: LegacyColumn): Date | null {
  const raw = present(values, key);
  if (raw === undefined) return null;
  const match = typeof raw === "string" ? TIMESTAMP.exec(raw.trim()) : null;
  if (!match) throw new LineError(`${key} must be an ISO-8601 timestamp with a timezone, e.g. 2024-03-01T10:00:00Z (got ${JSON.stringify(raw)})`);
  const [, date, time, zone] = match;
  const offset = zone!.toUpperCase() === "Z" ? "Z" : zone!.length === 3 ? `${zone}:00` : zone!.includes(":") ? zone : `${zone!.slice(0, 3)}:${zone!.slice(3)}`;
  const at = new Date(`${date}T${time}${offset}`);
  if (Number.isNaN(at.getTime()) || !isCalendarDate(date!)) throw new LineError(`${key} is not a real date and time (got ${JSON.stringify(raw)})`);
  return at;
}

// JavaScript rolls 2024-02-30 over into March; a legacy file that says so has a typo, not a date.
function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}
