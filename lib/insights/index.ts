// Platform insights: per tenant and platform, what its tasks did in the last 7 days. Read by GET
// /api/insights and the insights page; computed only by the admin reconcile.
export { readInsights, type InsightRow, type TenantInsights } from "./queries";
export { upsertPlatformInsights, type InsightsReconcileResult } from "./reconcile.sql";
export { insightJson } from "./serializers";
export * from "./schemas";
export { insightOperations } from "./openapi";
