// The audit action names, one per admin POST route (API.md "Admin"). The audit log's action filter offers
// exactly these; each route's module names its own with `satisfies AdminAction`.
export const ADMIN_ACTIONS = [
  "reconcile.execution_log_identity",
  "reconcile.stale_executions",
  "reconcile.platform_insights",
  "reconcile.report_execution_links",
  "import.legacy_execution_logs",
] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];
