// Weekly report collections (seed 002):
// - report_data_collections: a tenant's named date range. Its weeks are collected by a report_collection run of
//   the scheduler, on demand (POST /api/reports/collections/{id}/run) or on its runner task's schedule; `task_id`
//   is that runner task (in the tenant's "Reports" project).
// - workflow_executions: one row per collection run (the "workflow run"), with its status and timing.
// - report_data_weeks: one row per ISO week (Monday–Sunday) of a collection, shaped exactly as the seed shows it.
//   `execution_id` is the workflow execution that wrote the week's current data, written by the same statement
//   that writes the data (lib/reports/collect-week.sql.ts). Weeks written before that was so have it NULL;
//   POST /api/admin/reconcile/report-execution-links links those it can.
import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { tasks } from "./tasks";

export const WORKFLOW_KINDS = ["report_collection"] as const;
export const WORKFLOW_STATUSES = ["queued", "running", "succeeded", "failed", "partial"] as const;
export const WEEK_STATUSES = ["pending", "running", "completed", "failed"] as const;

export const reportDataCollections = pgTable(
  "report_data_collections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    // The task whose runs collect this collection. Null once that task is deleted: the next run makes another.
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The reports list: a tenant's collections, newest first.
    index("report_data_collections_user_id_created_at_idx").on(t.userId, t.createdAt),
    check("report_data_collections_range_check", sql`${t.endDate} >= ${t.startDate}`),
    check("report_data_collections_name_length_check", sql`char_length(${t.name}) between 1 and 200`),
  ],
);

export const workflowExecutions = pgTable(
  "workflow_executions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: WORKFLOW_KINDS }).notNull(),
    status: text("status", { enum: WORKFLOW_STATUSES }).notNull().default("queued"),
    // report_collection: { collection_id, start_date, end_date, weeks_planned }: what the run set out to do.
    params: jsonb("params").$type<Record<string, unknown>>().notNull().default({}),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // The collection a report_collection run collects. Kept as history (set null) if the collection goes.
    collectionId: uuid("collection_id").references(() => reportDataCollections.id, { onDelete: "set null" }),
  },
  (t) => [
    // A tenant's executions (and the user FK's cascade).
    index("workflow_executions_user_id_created_at_idx").on(t.userId, t.createdAt),
    // A collection's executions, newest first (collection page).
    index("workflow_executions_collection_id_created_at_idx").on(t.collectionId, t.createdAt),
    // At most one live (queued or running) execution per collection: a second "Run" gets the live one back
    // (ON CONFLICT target of lib/reports/run-collection.ts), so two clicks never collect twice at once.
    uniqueIndex("workflow_executions_live_collection_key")
      .on(t.collectionId)
      .where(sql`${t.status} in ('queued', 'running')`),
    // Open executions, for the scheduler's sweep of those whose runs have all ended (lib/scheduler/workflows.sql.ts).
    index("workflow_executions_open_idx").on(t.createdAt).where(sql`${t.status} in ('queued', 'running')`),
    check("workflow_executions_kind_check", sql`${t.kind} in ('report_collection')`),
    check("workflow_executions_status_check", sql`${t.status} in ('queued', 'running', 'succeeded', 'failed', 'partial')`),
  ],
);

export const reportDataWeeks = pgTable(
  "report_data_weeks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    collectionId: uuid("collection_id").notNull(),
    weekStartDate: date("week_start_date", { mode: "string" }).notNull(),
    weekEndDate: date("week_end_date", { mode: "string" }).notNull(),
    status: varchar("status", { length: 50, enum: WEEK_STATUSES }).notNull().default("pending"),
    executionId: uuid("execution_id"),
    data: jsonb("data").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow(),
    errorMessage: text("error_message"),
  },
  (t) => [
    foreignKey({ name: "fk_collection_id", columns: [t.collectionId], foreignColumns: [reportDataCollections.id] }).onDelete("cascade"),
    // Migration 0012: the link is checked. Deleting an execution keeps the week's data and unlinks it.
    foreignKey({ name: "fk_report_data_weeks_execution_id", columns: [t.executionId], foreignColumns: [workflowExecutions.id] }).onDelete("set null"),
    // One row per week of a collection: the ON CONFLICT target of a week's write (and the FK cascade's index).
    uniqueIndex("report_data_weeks_collection_week_key").on(t.collectionId, t.weekStartDate),
    // Seed 002's two indexes: the weeks of an execution (its page, its progress), and a collection's weeks by
    // execution. Partial: weeks not linked to any execution are not in them.
    index("idx_report_data_weeks_execution_id").on(t.executionId).where(sql`${t.executionId} is not null`),
    index("idx_report_data_weeks_collection_execution").on(t.collectionId, t.executionId).where(sql`${t.executionId} is not null`),
  ],
);
