// The one place where a task row (camelCase) becomes Task JSON (snake_case). Credential header values of an
// http handler are write-only (handler-secrets.ts): stored for the scheduler, never echoed back.
import type { tasks } from "@/drizzle";
import { redactHandlerConfig } from "./handler-secrets";
import type { TaskJson } from "./schemas";

export type TaskRow = typeof tasks.$inferSelect;

export function taskJson(row: TaskRow): TaskJson {
  return {
    id: row.id,
    project_id: row.projectId,
    milestone_id: row.milestoneId,
    user_id: row.userId,
    title: row.title,
    description: row.description,
    status: row.status,
    priority_score: row.priorityScore,
    external_id: row.externalId,
    platform: row.platform,
    schedule: row.cron && row.timezone ? { cron: row.cron, timezone: row.timezone, misfire_policy: row.misfirePolicy } : null,
    enabled: row.enabled,
    next_run_at: row.nextRunAt?.toISOString() ?? null,
    handler: { kind: row.handlerKind, config: redactHandlerConfig(row.handlerConfig) },
    timeout_seconds: row.timeoutSeconds,
    max_attempts: row.maxAttempts,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/**
 * The `signing_secret` key of an answer that created a task's signing secret (a new http task, or a task
 * switched to http): the one time its owner sees it. Empty otherwise.
 */
export function issuedSecretJson(secret: string | null | undefined): { signing_secret?: string } {
  return secret ? { signing_secret: secret } : {};
}
