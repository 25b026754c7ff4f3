// Turns validated input into the columns of a tasks row: the schedule's three columns and its first
// next_run_at, the handler's kind and config. Shared by single create, bulk create and patch.
import type { tasks } from "@/drizzle";
import { newSigningSecret } from "./handler-secrets";
import { nextRunAfter } from "./schedule";
import type { TaskCreate, TaskPatch } from "./schemas";

type TaskInsert = typeof tasks.$inferInsert;
type Schedule = NonNullable<TaskCreate["schedule"]>;

export function scheduleColumns(schedule: Schedule | null, enabled: boolean, now = new Date()) {
  if (!schedule) return { cron: null, timezone: null, misfirePolicy: "run_once" as const, nextRunAt: null };
  return {
    cron: schedule.cron,
    timezone: schedule.timezone,
    misfirePolicy: schedule.misfire_policy,
    // A disabled task keeps its schedule but has no next run until it is enabled again.
    nextRunAt: enabled ? nextRunAfter(schedule.cron, schedule.timezone, now) : null,
  };
}

export function insertValues(input: TaskCreate, owner: { userId: string; projectId: string }): TaskInsert {
  return {
    projectId: owner.projectId,
    userId: owner.userId,
    milestoneId: input.milestone_id ?? null,
    title: input.title,
    description: input.description ?? null,
    status: input.status,
    priorityScore: input.priority_score,
    externalId: input.external_id ?? null,
    platform: input.platform ?? null,
    enabled: input.enabled,
    ...scheduleColumns(input.schedule ?? null, input.enabled),
    handlerKind: input.handler.kind,
    handlerConfig: input.handler.config,
    signingSecret: input.handler.kind === "http" ? newSigningSecret() : null,
    timeoutSeconds: input.timeout_seconds,
    maxAttempts: input.max_attempts,
  };
}

/** The columns a patch changes. `current` supplies the schedule or enabled flag the patch leaves alone. */
export function patchValues(
  patch: TaskPatch,
  current: { cron: string | null; timezone: string | null; misfirePolicy: Schedule["misfire_policy"]; enabled: boolean; handlerKind: TaskInsert["handlerKind"] },
): Partial<TaskInsert> {
  const out: Partial<TaskInsert> = {};
  if (patch.title !== undefined) out.title = patch.title;
  if (patch.description !== undefined) out.description = patch.description;
  if (patch.status !== undefined) out.status = patch.status;
  if (patch.priority_score !== undefined) out.priorityScore = patch.priority_score;
  if (patch.external_id !== undefined) out.externalId = patch.external_id;
  if (patch.platform !== undefined) out.platform = patch.platform;
  if (patch.milestone_id !== undefined) out.milestoneId = patch.milestone_id;
  if (patch.timeout_seconds !== undefined) out.timeoutSeconds = patch.timeout_seconds;
  if (patch.max_attempts !== undefined) out.maxAttempts = patch.max_attempts;
  if (patch.handler !== undefined) {
    out.handlerKind = patch.handler.kind;
    out.handlerConfig = patch.handler.config;
    // A task that becomes an http task gets its signing secret; one that stops being one loses it.
    if (patch.handler.kind !== "http") out.signingSecret = null;
    else if (current.handlerKind !== "http") out.signingSecret = newSigningSecret();
  }
  // Recompute next_run_at only when the schedule or the enabled flag really changes: the scheduler owns it otherwise.
  if (patch.schedule !== undefined || (patch.enabled !== undefined && patch.enabled !== current.enabled)) {
    const enabled = patch.enabled ?? current.enabled;
    const schedule =
      patch.schedule !== undefined
        ? patch.schedule
        : current.cron && current.timezone
          ? { cron: current.cron, timezone: current.timezone, misfire_policy: current.misfirePolicy }
          : null;
    Object.assign(out, { enabled }, scheduleColumns(schedule, enabled));
  }
  return out;
}
