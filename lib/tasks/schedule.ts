// Cron schedules in a task's IANA timezone, via croner (DST-aware). Five-field expressions only: the
// scheduler works to the minute, so a seconds field would promise more than it can keep.
import { Cron } from "croner";

const CRON_OPTIONS = { mode: "5-part", paused: true } as const;

/** A croner schedule for `cron` read in `timezone` (throws on an invalid expression or timezone). */
export function cronSchedule(cron: string, timezone: string): Cron {
  return new Cron(cron, { ...CRON_OPTIONS, timezone });
}

/** The next run strictly after `after`, or null when the expression has no future run. */
export function nextRunAfter(cron: string, timezone: string, after: Date = new Date()): Date | null {
  return cronSchedule(cron, timezone).nextRun(after);
}

/** The next `count` runs after `after` (the task page shows five); none for a schedule croner cannot read. */
export function nextRunsAfter(cron: string, timezone: string, count: number, after: Date = new Date()): Date[] {
  try {
    return cronSchedule(cron, timezone).nextRuns(count, after);
  } catch {
    return [];
  }
}

/** Why `cron` is not a usable schedule in `timezone`, or null when it is. */
export function cronProblem(cron: string, timezone: string): string | null {
  try {
    if (!nextRunAfter(cron, timezone)) return `"${cron}" never runs again.`;
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^CronPattern: /, "") : String(error);
    return `"${cron}" is not a valid cron expression (${reason}). Use five fields: minute hour day-of-month month day-of-week.`;
  }
}

/** The canonical spelling of an IANA timezone name (e.g. "europe/berlin" → "Europe/Berlin"), or null if unknown. */
export function canonicalTimezone(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
