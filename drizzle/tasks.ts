// Tasks: the unit a tenant schedules. Shape from API.md's Task JSON; typing decisions from seeds 003 and 004:
// - id is a UUID; user_id is TEXT because Better Auth owns user.id (seed 003), with a real FK + cascade.
// - external_id is the idempotency key of task creation (seed 004), unique per project, NULLs allowed.
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { milestones, projects } from "./projects";

export const TASK_STATUSES = ["open", "in_progress", "done", "archived"] as const;
export const HANDLER_KINDS = ["noop", "http", "report_collection"] as const;
export const MISFIRE_POLICIES = ["skip", "run_once", "run_all"] as const;

export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    milestoneId: uuid("milestone_id").references(() => milestones.id, { onDelete: "set null" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description"),
    status: text("status", { enum: TASK_STATUSES }).notNull().default("open"),
    priorityScore: integer("priority_score").notNull().default(0),
    externalId: text("external_id"),
    platform: text("platform"),
    // schedule: all three null for an unscheduled task; cron + timezone set together.
    cron: text("cron"),
    timezone: text("timezone"),
    misfirePolicy: text("misfire_policy", { enum: MISFIRE_POLICIES }).notNull().default("run_once"),
    enabled: boolean("enabled").notNull().default(true),
    nextRunAt: timestamp("next_run_at", { withTimezone: true }),
    handlerKind: text("handler_kind", { enum: HANDLER_KINDS }).notNull().default("noop"),
    handlerConfig: jsonb("handler_config").$type<Record<string, unknown>>().notNull().default({}),
    // The HMAC key of an http handler's webhook signature (Tickboard-Signature), shown to the owner once.
    signingSecret: text("signing_secret"),
    timeoutSeconds: integer("timeout_seconds").notNull().default(60),
    maxAttempts: integer("max_attempts").notNull().default(3),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Seed 003: tasks are looked up by owner.
    index("tasks_user_id_idx").on(t.userId),
    // Seed 004, per project: enforces idempotent create (ON CONFLICT target) and serves the external_id lookup.
    // A plain (non-partial) unique index: NULLs stay distinct, so any number of tasks may have no external_id.
    uniqueIndex("tasks_project_id_external_id_key").on(t.projectId, t.externalId),
    // A project's tasks table opens newest first (lib/tasks/queries.ts).
    index("tasks_project_id_created_at_idx").on(t.projectId, t.createdAt),
    // Bulk create's `title` / `title_and_milestone` duplicate strategies match on lower(title) per project.
    index("tasks_project_id_lower_title_idx").on(t.projectId, sql`lower(${t.title})`),
    // The scheduler's due-task scan: scheduled tasks by next run (lib/scheduler/plan.sql.ts).
    index("tasks_next_run_at_idx").on(t.nextRunAt).where(sql`${t.nextRunAt} is not null`),
    check("tasks_status_check", sql`${t.status} in ('open', 'in_progress', 'done', 'archived')`),
    check("tasks_handler_kind_check", sql`${t.handlerKind} in ('noop', 'http', 'report_collection')`),
    check("tasks_misfire_policy_check", sql`${t.misfirePolicy} in ('skip', 'run_once', 'run_all')`),
    check("tasks_title_length_check", sql`char_length(${t.title}) between 1 and 500`),
    check("tasks_platform_length_check", sql`${t.platform} is null or char_length(${t.platform}) between 1 and 64`),
    check("tasks_schedule_complete_check", sql`(${t.cron} is null) = (${t.timezone} is null)`),
    check("tasks_timeout_seconds_check", sql`${t.timeoutSeconds} between 1 and 86400`),
    check("tasks_max_attempts_check", sql`${t.maxAttempts} between 1 and 100`),
  ],
);
