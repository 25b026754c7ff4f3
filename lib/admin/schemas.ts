// The admin routes at the boundary (API.md "Admin"): request bodies and the JSON they answer with.
import { z } from "zod";
import { AUDIT_STATUSES, EXECUTION_STATUSES } from "@/drizzle";
import { apiInputSchema, apiSchema } from "@/lib/http/openapi/registry";
import { paginationQuery } from "@/lib/http/pagination";
import { ADMIN_ACTIONS } from "./actions";
import {
  BACKFILL_DEFAULT_BATCH_SIZE,
  BACKFILL_DEFAULT_MAX_BATCHES,
  BACKFILL_MAX_BATCH_SIZE,
  IMPORT_MAX_LINES,
  LEGACY_COLUMNS,
  REJECTED_LISTED_MAX,
} from "@/lib/logs";

const count = z.number().int().min(0);

export const BACKFILL_MAX_BATCHES_PER_CALL = 10_000;

export const identityReconcileBody = apiInputSchema(
  "ExecutionLogIdentityReconcile",
  z.strictObject({
    batch_size: z
      .int("batch_size is a whole number.")
      .min(1)
      .max(BACKFILL_MAX_BATCH_SIZE, `batch_size is at most ${BACKFILL_MAX_BATCH_SIZE}.`)
      .default(BACKFILL_DEFAULT_BATCH_SIZE)
      .describe("Rows per batch; each batch is one short transaction."),
    max_batches: z
      .int("max_batches is a whole number.")
      .min(1)
      .max(BACKFILL_MAX_BATCHES_PER_CALL, `max_batches is at most ${BACKFILL_MAX_BATCHES_PER_CALL}.`)
      .default(BACKFILL_DEFAULT_MAX_BATCHES)
      .describe("Stop after this many batches; call again to go on (the backfill resumes where the data says)."),
  }),
  "How much of the online backfill to do in this call. Both optional.",
);
export type IdentityReconcileBody = z.output<typeof identityReconcileBody>;

export const staleReconcileBody = apiInputSchema("StaleExecutionsReconcile", z.strictObject({}), "No parameters: send no body, or {}.");

export const staleReconcileResult = apiSchema(
  "StaleExecutionsReconcileResult",
  z.object({
    reaped: count.describe("Runs found running past their lease, now timed_out."),
    retried: count.describe("Of those, the ones queued again as their next attempt."),
    workflows_ended: count.describe("Workflow executions (report collections) whose runs had all ended without them: now failed."),
  }),
);

export const insightsReconcileBody = apiInputSchema("PlatformInsightsReconcile", z.strictObject({}), "No parameters: send no body, or {}.");

export const insightsReconcileResult = apiSchema(
  "PlatformInsightsReconcileResult",
  z.object({
    upserted: count.describe("Insight rows written: one per tenant and platform label of its tasks."),
    tenants: count.describe("Tenants with at least one platform."),
    removed: count.describe("Rows deleted because no task carries their platform any more."),
  }),
);

export const reportLinksReconcileBody = apiInputSchema("ReportExecutionLinksReconcile", z.strictObject({}), "No parameters: send no body, or {}.");

export const reportLinksReconcileResult = apiSchema(
  "ReportExecutionLinksReconcileResult",
  z.object({
    linked: count.describe("Weeks without execution_id now linked to the one workflow execution that covers them."),
    unresolved: count.describe("Weeks without execution_id left as they are: no execution, or several, cover them."),
    unresolved_ambiguous: count.describe("Of the unresolved: covered by more than one execution."),
    unresolved_no_execution: count.describe("Of the unresolved: covered by none (written outside any recorded execution, or its execution was deleted)."),
  }),
);

export const identityReconcileResult = apiSchema(
  "ExecutionLogIdentityReconcileResult",
  z.object({
    batches: count,
    rows_updated: count.describe("Rows given user_id_str by this call."),
    remaining_unresolved: count.describe("Legacy rows still without user_id_str: 0 when the backfill is complete."),
    duration_ms: count,
    slowest_batch_ms: count.describe("The longest single batch (transaction) of this call."),
  }),
);

export const backfillReportSchema = apiSchema(
  "BackfillReport",
  z.object({
    task_execution_logs: z
      .object({
        total_rows: count,
        rows_with_user_id_str: count,
        legacy_rows: count.describe("Rows carrying a legacy integer user_id."),
        backfilled_legacy_rows: count.describe("Legacy rows whose user_id_str is user_id::text."),
        pending_backfill_rows: count.describe("Legacy rows still without user_id_str: what the reconcile has left to do."),
        unresolved_rows: count.describe("Rows with neither user_id_str nor user_id: no tenant can see them."),
        mismatched_rows: count.describe("Rows whose user_id_str is not user_id::text (both set); user_id_str decides who sees them."),
        orphaned_rows: count.describe("Rows whose identity matches no user account (imported history of a user not yet signed up)."),
      })
      .describe("The user_id_str migration of execution logs (scripts/sql/task_execution_log_user_id_backfill_report.sql computes the same)."),
    report_data_weeks: z
      .object({
        total_weeks: count,
        weeks_with_execution_id: count,
        population_percentage: z.number().nullable().describe("weeks_with_execution_id / total_weeks × 100, two decimals; null when there are no weeks."),
        dangling_execution_ids: count.describe("execution_id values that name no workflow execution (the foreign key keeps new ones from appearing)."),
      })
      .describe(
        "execution_id population of weekly report rows (scripts/sql/report_data_weeks_execution_id_verification.sql computes the same). " +
          "Weeks written since execution tracking always carry it; the rest were written before it: see POST /api/admin/reconcile/report-execution-links.",
      ),
  }),
);

export const legacyImportResult = apiSchema(
  "LegacyExecutionLogImportResult",
  z.object({
    imported: count.describe("New rows."),
    skipped: count.describe("Lines whose legacy_id was imported before (or earlier in this file): neither imported nor rejected."),
    orphaned: count.describe("Of the imported rows, those whose user_id matches no account yet: kept without a task (`task: null`)."),
    unresolved: count.describe("Of the imported rows, those without a user_id: no tenant sees them until their owner is known."),
    rejected_count: count,
    rejected: z
      .array(z.object({ line: z.number().int().min(1), reason: z.string() }))
      .describe(`The lines not imported, with why (the first ${REJECTED_LISTED_MAX}). CSV: the file line (the header is line 1); JSON: the element's 1-based position.`),
  }),
);

export const legacyImportBody = apiInputSchema(
  "LegacyExecutionLogLines",
  z
    .array(
      z.object({
        legacy_id: z.int().min(1).describe("The legacy row's id; a second import of the same id is skipped."),
        user_id: z.int().nullable().optional().describe("The legacy integer user id; the tenant whose id is its decimal text."),
        task_id: z.int().min(1).describe("The legacy task; mapped to a task `legacy:<task_id>` in the tenant's \"Imported history\" project."),
        task_name: z.string().max(500).nullable().optional(),
        status: z.enum(EXECUTION_STATUSES),
        scheduled_for: z.string().nullable().optional().describe("ISO-8601 with a timezone; when absent, started_at."),
        started_at: z.string().nullable().optional(),
        finished_at: z.string().nullable().optional(),
        duration_ms: z.int().min(0).nullable().optional(),
        attempt: z.int().min(1).nullable().optional(),
        error: z.string().nullable().optional(),
      }),
    )
    .max(IMPORT_MAX_LINES),
  `A JSON array of legacy rows, or the same as CSV (Content-Type: text/csv) with a header row naming the columns: ${LEGACY_COLUMNS.join(", ")}. At most ${IMPORT_MAX_LINES.toLocaleString("en")} lines.`,
);

export const auditLogQuery = paginationQuery.extend({
  action: z
    .enum(ADMIN_ACTIONS, { error: `action must be one of: ${ADMIN_ACTIONS.join(", ")}.` })
    .optional()
    .describe("Only entries of this action."),
  actor_user_id: z.string().min(1).max(255).optional().describe("Only entries of this administrator (a user id)."),
});
export type AuditLogQuery = z.output<typeof auditLogQuery>;

export const auditLogListSchema = apiSchema(
  "AuditLogList",
  z.object({
    entries: z.array(
      z.object({
        id: z.number().int(),
        actor_user_id: z.string(),
        actor_email: z.string().nullable().describe("The actor's email; null once the account is deleted (the entry stays)."),
        action: z.string().describe("e.g. reconcile.execution_log_identity, import.legacy_execution_logs"),
        params: z.unknown(),
        result: z.unknown().describe("The action's answer, or `{ error }` when it failed."),
        status: z.enum(AUDIT_STATUSES),
        created_at: z.iso.datetime(),
      }),
    ),
    total_count: count,
    page: z.number().int(),
    page_size: z.number().int(),
    total_pages: z.number().int(),
  }),
);
