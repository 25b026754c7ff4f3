// Which slots of a due task to run, and when it is next due: the misfire policy in one pure function.
// Slots are croner's, read in the task's IANA timezone, so they are DST-correct: a daily 02:30 in
// America/New_York runs once on the spring-forward day (at 03:00, the first minute after the gap) and once on
// the fall-back day (02:30 exists once). The unique (task, slot, attempt) key makes planning a slot twice
// harmless; this function only decides which slots to ask for.
//
// A slot counts as missed when it is more than `misfireGraceMs` old at planning time (nothing ticked when it
// came due). Missed slots follow the task's misfire policy; slots still inside the grace always run:
//   skip      none of the missed slots;
//   run_once  one catch-up run, for the latest missed slot (the default);
//   run_all   every missed slot, the most recent RUN_ALL_CAP of them (older ones are skipped, and say so).
import type { Cron } from "croner";
import { cronSchedule } from "@/lib/tasks";

/** How many missed slots run_all runs at most, per planning: a long outage must not flood the queue. */
export const RUN_ALL_CAP = 100;
/** How far back skipped slots are counted exactly; beyond this the count is reported as a lower bound. */
const SKIP_COUNT_LIMIT = 10_000;

export type MisfirePolicy = "skip" | "run_once" | "run_all";

export interface DueTask {
  cron: string;
  timezone: string;
  misfirePolicy: MisfirePolicy;
  /** The first slot not yet planned. */
  nextRunAt: Date;
}

export interface SlotPlan {
  /** Slots to run, oldest first. */
  run: Date[];
  /** Missed slots the policy does not run (none when nothing was skipped). */
  skipped: { count: number; atLeast: boolean; first: Date; last: Date } | null;
  /** The first slot after `now`; null when the schedule never runs again. */
  nextRunAt: Date | null;
}

export function planSlots(task: DueTask, now: Date, misfireGraceMs: number): SlotPlan {
  const cron = cronSchedule(task.cron, task.timezone);
  if (task.nextRunAt.getTime() > now.getTime()) return { run: [], skipped: null, nextRunAt: task.nextRunAt };
  const nextRunAt = cron.nextRun(now);
  const { due, more } = dueSlots(cron, task.nextRunAt, now);
  const isMissed = (slot: Date) => now.getTime() - slot.getTime() > misfireGraceMs;
  const onTime = due.filter((slot) => !isMissed(slot));
  const missed = due.filter(isMissed);

  let run: Date[];
  if (missed.length === 0) run = onTime;
  else if (task.misfirePolicy === "skip") run = onTime;
  else if (task.misfirePolicy === "run_once") run = [...onTime, missed[0]!];
  else run = due.slice(0, RUN_ALL_CAP);

  const ran = new Set(run.map((slot) => slot.getTime()));
  const skippedSlots = missed.filter((slot) => !ran.has(slot.getTime()));
  return { run: run.sort((a, b) => a.getTime() - b.getTime()), skipped: describeSkipped(cron, task.nextRunAt, skippedSlots, more), nextRunAt };
}

/**
 * The due slots (first unplanned ≤ slot ≤ now), newest first, at most RUN_ALL_CAP + 1 of them; `more` when
 * older ones exist beyond those. Walks forward from the first unplanned slot — one or two steps in the usual
 * case — and only after a long outage jumps to the newest slots with previousRuns.
 */
function dueSlots(cron: Cron, from: Date, now: Date): { due: Date[]; more: boolean } {
  const forward: Date[] = [];
  // nextRun looks strictly after its argument, in whole seconds: a second before `from` includes `from`.
  let slot = cron.nextRun(new Date(from.getTime() - 1000));
  while (slot && slot.getTime() <= now.getTime() && forward.length <= RUN_ALL_CAP) {
    forward.push(slot);
    slot = cron.nextRun(slot);
  }
  if (forward.length <= RUN_ALL_CAP) return { due: forward.reverse(), more: false };
  // previousRuns looks strictly before its reference: a second after `now`, filtered back, includes `now`.
  const newest = cron
    .previousRuns(RUN_ALL_CAP + 2, new Date(now.getTime() + 1000))
    .filter((s) => s.getTime() <= now.getTime())
    .slice(0, RUN_ALL_CAP + 1);
  return { due: newest, more: true };
}

// The skipped slots as a count and a range. They are always the oldest due slots, a contiguous stretch from
// the first unplanned slot to the newest skipped one. `more` means previousRuns stopped at its limit, so older
// missed slots exist beyond the ones in hand: then they are counted by walking forward from the first one.
function describeSkipped(cron: Cron, from: Date, newestFirst: Date[], more: boolean): SlotPlan["skipped"] {
  if (newestFirst.length === 0) return null;
  const last = newestFirst[0]!;
  if (!more) return { count: newestFirst.length, atLeast: false, first: newestFirst[newestFirst.length - 1]!, last };
  let count = 0;
  let first: Date | null = null;
  // enumerate() yields slots strictly after its start; a second before `from` includes `from` itself.
  for (const slot of cron.enumerate(new Date(from.getTime() - 1000))) {
    if (slot.getTime() > last.getTime() || count >= SKIP_COUNT_LIMIT) break;
    first ??= slot;
    count += 1;
  }
  return { count, atLeast: count >= SKIP_COUNT_LIMIT, first: first ?? newestFirst[newestFirst.length - 1]!, last };
}
