// Admin: the operator tools behind requireAdmin() / auth "admin" — reports, reconciles, imports, the audit
// trail and the user list. Deliberately not tenant-scoped.
export { ADMIN_ACTIONS, type AdminAction } from "./actions";
export { auditLogJson } from "./audit-log";
export { backfillReport, migrationVerdict, type BackfillReport, type StepVerdict } from "./backfill-report";
export { importLegacyExecutionLogs, IMPORT_LEGACY_ACTION } from "./import-legacy-execution-logs";
export { reconcileExecutionLogIdentity, RECONCILE_IDENTITY_ACTION } from "./reconcile-execution-log-identity";
export { reconcileStaleExecutions, RECONCILE_STALE_ACTION } from "./reconcile-stale-executions";
export { reconcilePlatformInsights, RECONCILE_INSIGHTS_ACTION } from "./reconcile-platform-insights";
export { reconcileReportExecutionLinks, RECONCILE_REPORT_LINKS_ACTION } from "./reconcile-report-execution-links";
export { listUsers, ADMIN_USER_LIMIT, type AdminUserRow } from "./users";
export * from "./schemas";
export { adminOperations } from "./openapi";
