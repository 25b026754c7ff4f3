// Cron schedules in a task's IANA timezone, via croner (DST-aware). The scheduler and the seed use it to
// compute a task's next run.
import { Cron } from "croner";

/** The next run strictly after `after`, or null when the expression has no future run. */
export function nextRunAfter(cron: string, timezone: string, after: Date = new Date()): Date | null {
  return new Cron(cron, { timezone, paused: true }).nextRun(after);
}
