// OpenAPI entries of the admin routes (API.md "Admin"): every POST writes one audit_log row, failures
// included, and can be run twice, or twice at once, with the same outcome as once.
import { problemSchema } from "@/lib/http/openapi/common";
import { defineOperations } from "@/lib/http/openapi/registry";
import { IMPORT_MAX_LINES } from "@/lib/logs";
import {
  auditLogListSchema,
  auditLogQuery,
  backfillReportSchema,
  identityReconcileBody,
  identityReconcileResult,
  insightsReconcileBody,
  insightsReconcileResult,
  legacyImportBody,
  legacyImportResult,
  reportLinksReconcileBody,
  reportLinksReconcileResult,
  staleReconcileBody,
  staleReconcileResult,
} from "./schemas";

export const adminOperations = defineOperations([
  {
    method: "get",
    path: "/api/admin/backfill-report",
    tag: "admin",
    auth: "admin",
    summary: "Figures of the user_id_str migration (and report execution links)",
    description:
      "Reads only. Go (seed 000): unresolved_rows = 0 and mismatched_rows = 0, with pending_backfill_rows = 0 once the " +
      "backfill has run. The same figures as scripts/sql/task_execution_log_user_id_backfill_report.sql. report_data_weeks: " +
      "the execution_id population of weekly report rows, as scripts/sql/report_data_weeks_execution_id_verification.sql computes it.",
    responses: { 200: { description: "The figures.", schema: backfillReportSchema } },
  },
  {
    method: "post",
    path: "/api/admin/reconcile/execution-log-identity",
    tag: "admin",
    auth: "admin",
    summary: "Online, batched, resumable backfill of user_id_str",
    description:
      "Copies user_id::text into user_id_str for legacy rows that lack it, in keyset batches of `batch_size` rows, each " +
      "its own short transaction, for at most `max_batches` batches. Resumable (call again until " +
      "`remaining_unresolved` is 0) and idempotent, also when two calls run at once. Audited as " +
      "`reconcile.execution_log_identity`. An empty body uses the defaults.",
    body: { schema: identityReconcileBody, required: false },
    responses: { 200: { description: "What this call did, and what is left.", schema: identityReconcileResult } },
  },
  {
    method: "post",
    path: "/api/admin/reconcile/stale-executions",
    tag: "admin",
    auth: "admin",
    summary: "Reap runs stuck in running past their lease, and retry them",
    description:
      "What every scheduler tick does first, on demand: runs still `running` after their lease expired (their worker " +
      "crashed or was killed) become `timed_out`, and those with attempts left are queued again after a backoff. " +
      "Idempotent, also when two calls run at once. Audited as `reconcile.stale_executions`.",
    body: { schema: staleReconcileBody, required: false },
    responses: { 200: { description: "What this call reaped and retried.", schema: staleReconcileResult } },
  },
  {
    method: "post",
    path: "/api/admin/reconcile/platform-insights",
    tag: "admin",
    auth: "admin",
    summary: "Recompute every tenant's platform insights",
    description:
      "One set-based upsert on UNIQUE (user_id, platform) (ON CONFLICT DO UPDATE) for every tenant: tasks per platform " +
      "label, their runs of the last 7 days, success rate and last run. Rows of platforms no task carries any more are " +
      "deleted. Idempotent and race-safe: any number of calls at once leave the same rows as one. Audited as " +
      "`reconcile.platform_insights`.",
    body: { schema: insightsReconcileBody, required: false },
    responses: { 200: { description: "How many rows were written, for how many tenants.", schema: insightsReconcileResult } },
  },
  {
    method: "post",
    path: "/api/admin/reconcile/report-execution-links",
    tag: "admin",
    auth: "admin",
    summary: "Link report weeks written before execution tracking to their workflow execution",
    description:
      "Weeks whose execution_id is NULL are linked when exactly one workflow execution of their collection covers them " +
      "(the week in its range, last written while it ran). Weeks that none or several cover are left alone and counted " +
      "as `unresolved`. Idempotent, also when two calls run at once. Audited as `reconcile.report_execution_links`.",
    body: { schema: reportLinksReconcileBody, required: false },
    responses: { 200: { description: "How many weeks were linked, and how many stay unlinked.", schema: reportLinksReconcileResult } },
  },
  {
    method: "post",
    path: "/api/admin/import/legacy-execution-logs",
    tag: "admin",
    auth: "admin",
    summary: "Import execution history from the legacy scheduler",
    description:
      "A JSON array, or CSV (Content-Type: text/csv) with a header row. Each line is checked on its own: a bad line is " +
      "listed in `rejected` with its line number and reason, the good ones are imported. Imported rows keep the legacy " +
      "shape (integer user_id only; the backfill gives them user_id_str). Each legacy task becomes a task with " +
      "external_id `legacy:<task_id>` in the tenant's \"Imported history\" project. A line whose user_id matches no " +
      "account is still imported, without a task: it is counted as orphaned, and its `task` is null in the logs API. " +
      "Importing the same file again adds nothing (legacy_id is unique). " +
      `At most ${IMPORT_MAX_LINES.toLocaleString("en")} lines (413 above, and then nothing is imported). ` +
      "Audited as `import.legacy_execution_logs`.",
    body: { schema: legacyImportBody, required: true, contentTypes: ["application/json", "text/csv"] },
    responses: {
      200: { description: "What was imported, skipped and rejected.", schema: legacyImportResult },
      400: { description: "The body is not a JSON array, or the CSV header is wrong: nothing was imported.", schema: problemSchema },
      413: { description: `More than ${IMPORT_MAX_LINES.toLocaleString("en")} lines, or a body over 100 MiB: nothing was imported.`, schema: problemSchema },
      415: { description: "The body is neither JSON nor CSV.", schema: problemSchema },
    },
  },
  {
    method: "get",
    path: "/api/admin/audit-log",
    tag: "admin",
    auth: "admin",
    summary: "The audit trail of admin actions, newest first",
    description: "Every admin POST leaves one entry, failures included. Filter by `action` and/or `actor_user_id`; reads only.",
    query: auditLogQuery,
    responses: { 200: { description: "One page of entries.", schema: auditLogListSchema } },
  },
]);
