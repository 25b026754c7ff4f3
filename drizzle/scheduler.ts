// The scheduler's own state (seed 001, P1.A/P1.B):
// - scheduler_leases: the leader lease. One row per lease name ("scheduler"). Acquire/renew is one statement
//   timed by the database's now() (lib/scheduler/lease.sql.ts); whoever takes an expired lease raises `epoch`,
//   the fencing token every schedule write checks.
// - scheduler_events: what the scheduler did, one row per leader change, dispatch, outcome, reap, retry and
//   skipped misfire. `user_id` is the tenant the event is about; null for scheduler-wide events (leader
//   changes), which carry no tenant data and are listed for everyone.
import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { taskExecutionLogs } from "./logs";
import { tasks } from "./tasks";

export const schedulerLeases = pgTable("scheduler_leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  epoch: bigint("epoch", { mode: "number" }).notNull(),
  acquiredAt: timestamp("acquired_at", { withTimezone: true }).notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  // The last tick the holder ran as leader (health and the dashboard show it).
  lastTickAt: timestamp("last_tick_at", { withTimezone: true }).notNull(),
  // How long the holder's last finished tick took, against the budget it ran under (the runbook's "tick
  // duration near its budget" alert reads these). Null until a tick has finished since migration 0015.
  lastTickDurationMs: integer("last_tick_duration_ms"),
  lastTickBudgetMs: integer("last_tick_budget_ms"),
});

export const SCHEDULER_EVENT_TYPES = [
  "leader_changed",
  "dispatched",
  "succeeded",
  "failed",
  "timed_out",
  "reaped",
  "retried",
  "misfire_skipped",
  "schedule_invalid",
] as const;
export type SchedulerEventType = (typeof SCHEDULER_EVENT_TYPES)[number];

export const schedulerEvents = pgTable(
  "scheduler_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: text("type", { enum: SCHEDULER_EVENT_TYPES }).notNull(),
    // Events go with the task or run they are about (deleting a task deletes its runs and their events).
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "cascade" }),
    executionId: uuid("execution_id").references(() => taskExecutionLogs.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => user.id, { onDelete: "cascade" }),
    epoch: bigint("epoch", { mode: "number" }),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "scheduler_events_type_check",
      sql`${t.type} in ('leader_changed', 'dispatched', 'succeeded', 'failed', 'timed_out', 'reaped', 'retried', 'misfire_skipped', 'schedule_invalid')`,
    ),
    // A tenant's events, newest first (lib/scheduler/events.ts); the scheduler-wide ones have their own.
    index("scheduler_events_user_id_created_at_idx").on(t.userId, t.createdAt),
    index("scheduler_events_scheduler_wide_created_at_idx").on(t.createdAt).where(sql`${t.userId} is null`),
    // Admins list everything, newest first; the task and run cascades find their events.
    index("scheduler_events_created_at_idx").on(t.createdAt),
    index("scheduler_events_task_id_idx").on(t.taskId),
    index("scheduler_events_execution_id_idx").on(t.executionId),
  ],
);
