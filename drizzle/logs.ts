// task_execution_logs: one row per run of a task (API.md "ExecutionLog"). Its tenant identity tells the
// migration story of seed 000 (P2.A):
// - the legacy scheduler kept the tenant as an INTEGER `user_id` (migration 0005 creates the table that way,
//   so databases and imports that hold legacy history start from the shape it had);
// - Tickboard's tenants are Better Auth users with TEXT ids, so `user_id_str` is the canonical identity
//   (migration 0006 = the seed's 007: column, indexes, backfill). New rows always carry it (lib/logs/write-log.ts);
//   a legacy row without it belongs to the tenant whose id is the decimal text of `user_id`
//   (lib/logs/tenant-filter.ts) until the batched backfill fills it in (lib/logs/backfill.ts).
// user_id_str has no foreign key on purpose: imported history may name a user who has no account yet
// (an orphaned row), and history is never dropped.
import { sql } from "drizzle-orm";
import { bigint, check, foreignKey, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { workflowExecutions } from "./reports";
import { tasks } from "./tasks";

export const EXECUTION_STATUSES = ["queued", "running", "succeeded", "failed", "timed_out", "cancelled"] as const;
/** Why a run exists: its schedule, a retry of a failed attempt, or a manual "Run now". Null for imported history. */
export const RUN_TRIGGERS = ["schedule", "retry", "manual"] as const;

export const taskExecutionLogs = pgTable(
  "task_execution_logs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // The run's task. Null only for imported history whose user has no account (orphaned). Deleting a task
    // deletes its runs with it.
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "cascade" }),
    // Legacy identity: the legacy scheduler's integer user id.
    userId: integer("user_id"),
    // Canonical identity (migration 0006): the Better Auth user id.
    userIdStr: varchar("user_id_str", { length: 255 }),
    status: text("status", { enum: EXECUTION_STATUSES }).notNull(),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
    attempt: integer("attempt").notNull().default(1),
    error: text("error"),
    output: jsonb("output").$type<unknown>(),
    // Imported history: the legacy row's id (a second import of it is skipped) and the legacy task it ran,
    // kept even when the row could not be given a task.
    legacyId: bigint("legacy_id", { mode: "number" }),
    legacyTaskId: bigint("legacy_task_id", { mode: "number" }),
    legacyTaskName: text("legacy_task_name"),
    // The scheduler's fencing epoch of the leader that dispatched the run, and the report workflow run it
    // belongs to (migration 0007; filled in by steps 4 and 5; its foreign key comes with migration 0012).
    epoch: bigint("epoch", { mode: "number" }),
    workflowExecutionId: uuid("workflow_execution_id"),
    // The scheduler's bookkeeping (migration 0009, lib/scheduler): a queued run may be claimed once
    // available_at has passed; a claimed run is held by `locked_by` until `lease_expires_at`, after which the
    // reaper times it out. `idempotency_key` is the Idempotency-Key of a manual run.
    trigger: text("trigger", { enum: RUN_TRIGGERS }),
    availableAt: timestamp("available_at", { withTimezone: true }),
    lockedBy: text("locked_by"),
    leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
    idempotencyKey: text("idempotency_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Legacy: the old scheduler's tenant lookup. Kept so that code rolled back to integer reads stays fast.
    index("task_execution_logs_user_id_idx").on(t.userId),
    // The task_id filter of the logs API, newest first.
    index("task_execution_logs_task_id_scheduled_for_idx").on(t.taskId, t.scheduledFor),
    // Import idempotency: a legacy row is imported once (ON CONFLICT target). Partial, so that native runs
    // (no legacy_id) add nothing to it on insert or update.
    uniqueIndex("task_execution_logs_legacy_id_key").on(t.legacyId).where(sql`${t.legacyId} is not null`),
    // Seed 000's two canonical-identity indexes: a tenant's runs, and a tenant's runs by status, newest first.
    // Partial: rows without user_id_str (legacy rows awaiting the backfill) are not in them, which keeps an
    // import's inserts cheaper; `user_id_str = :id` implies the predicate, so reads use them all the same.
    index("idx_task_execution_logs_user_id_str").on(t.userIdStr).where(sql`${t.userIdStr} is not null`),
    index("idx_task_execution_logs_user_id_str_status_date").on(t.userIdStr, t.status, t.scheduledFor).where(sql`${t.userIdStr} is not null`),
    // The legacy arm of the compatible read (user_id_str is null and user_id = :n). Partial, so it holds only
    // the rows the backfill has not reached and shrinks to nothing once it is done.
    index("idx_task_execution_logs_legacy_user_id_status_date")
      .on(t.userId, t.status, t.scheduledFor)
      .where(sql`${t.userIdStr} is null`),
    // The backfill's keyset walk: the rows it still has to fill, in id order.
    index("idx_task_execution_logs_user_id_str_pending")
      .on(t.id)
      .where(sql`${t.userIdStr} is null and ${t.userId} is not null`),
    // No duplicate dispatch (seed 001, P1.B): one run per (task, slot, attempt). Imported history is exempt:
    // it records what the legacy scheduler did, duplicate dispatches included, and is kept as it was.
    uniqueIndex("task_execution_logs_task_slot_attempt_key")
      .on(t.taskId, t.scheduledFor, t.attempt)
      .where(sql`${t.legacyId} is null`),
    // The claim: queued runs whose time has come, oldest first (lib/scheduler/claim.sql.ts).
    index("task_execution_logs_queued_available_at_idx").on(t.availableAt).where(sql`${t.status} = 'queued'`),
    // The reaper: running runs whose lease has expired (lib/scheduler/reap.sql.ts).
    index("task_execution_logs_running_lease_idx").on(t.leaseExpiresAt).where(sql`${t.status} = 'running'`),
    // A manual run's Idempotency-Key, per task (lib/scheduler/manual-run.ts).
    uniqueIndex("task_execution_logs_task_idempotency_key")
      .on(t.taskId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    // The run of a workflow execution (a report collection). Deleting the execution keeps the run, unlinked.
    foreignKey({ name: "task_execution_logs_workflow_execution_id_fk", columns: [t.workflowExecutionId], foreignColumns: [workflowExecutions.id] }).onDelete("set null"),
    // The runs of a workflow execution (its page; the sweep of executions whose runs have ended), and the FK's
    // ON DELETE. Partial: almost no run belongs to a workflow.
    index("task_execution_logs_workflow_execution_id_idx").on(t.workflowExecutionId).where(sql`${t.workflowExecutionId} is not null`),
    check("task_execution_logs_trigger_check", sql`${t.trigger} is null or ${t.trigger} in ('schedule', 'retry', 'manual')`),
    check("task_execution_logs_status_check", sql`${t.status} in ('queued', 'running', 'succeeded', 'failed', 'timed_out', 'cancelled')`),
    check("task_execution_logs_attempt_check", sql`${t.attempt} >= 1`),
    check("task_execution_logs_duration_ms_check", sql`${t.durationMs} is null or ${t.durationMs} >= 0`),
  ],
);
