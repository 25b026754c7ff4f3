// The route matrix: for every API route × method, the status each kind of caller must get.
// tenantB probes tenant A's resources: another tenant's resource is 404, never 403 (API.md).
// Every new route adds its rows here; route-matrix.test.ts fails for a route × method without one.
import type { HttpMethod } from "../harness/api-routes";

// The owner (tenant A) goes last, so the others probe A's resources before a DELETE or PATCH by A changes them.
export const IDENTITIES = ["anonymous", "tenantB", "admin", "tenantA"] as const;
export type Identity = (typeof IDENTITIES)[number];

/** Rows tenant A owns, made directly in the database before the matrix runs; B's and the admin's probes target them. */
export interface Fixtures {
  tenantA: {
    userId: string;
    projectId: string;
    taskId: string;
    disposableTaskId: string;
    executionId: string;
    collectionId: string;
    workflowExecutionId: string;
  };
}

export interface MatrixRow {
  route: string;
  method: HttpMethod;
  /** The concrete request to send; default: the route path itself, no body. */
  request?: (f: Fixtures) => { path: string; body?: unknown };
  expect: Record<Identity, number>;
  /** Set when the route is deliberately absent from /api/openapi.json, with the reason. */
  undocumented?: string;
}

const everyone = (status: number): Record<Identity, number> => ({ anonymous: status, tenantA: status, tenantB: status, admin: status });
/** Any signed-in caller, each on their own data. */
const signedIn = (status: number): Record<Identity, number> => ({ anonymous: 401, tenantA: status, tenantB: status, admin: status });
/** Tenant A's resource: only A reaches it; everyone else, admins included, gets 404 (API.md). */
const ownerOnly = (status: number): Record<Identity, number> => ({ anonymous: 401, tenantA: status, tenantB: 404, admin: 404 });
/** Admin routes: signed-in non-admins get 403 (API.md). */
const adminOnly = (status: number): Record<Identity, number> => ({ anonymous: 401, tenantA: 403, tenantB: 403, admin: status });

export const ROUTE_MATRIX: MatrixRow[] = [
  { route: "/api/health", method: "GET", expect: everyone(200) },
  { route: "/api/openapi.json", method: "GET", expect: everyone(200) },
  {
    route: "/api/auth/[...all]",
    method: "GET",
    request: () => ({ path: "/api/auth/get-session" }),
    expect: everyone(200),
    undocumented: "Better Auth's own endpoints, documented by Better Auth",
  },
  {
    route: "/api/auth/[...all]",
    method: "POST",
    // A wrong password: refused for everyone, and it changes no one's session.
    request: () => ({ path: "/api/auth/sign-in/email", body: { email: "nobody@example.com", password: "wrong-password" } }),
    expect: everyone(401),
    undocumented: "Better Auth's own endpoints, documented by Better Auth",
  },

  // Projects and tasks
  { route: "/api/projects", method: "GET", expect: signedIn(200) },
  { route: "/api/projects", method: "POST", request: () => ({ path: "/api/projects", body: { name: "Matrix project" } }), expect: signedIn(201) },
  {
    route: "/api/projects/[projectId]/milestones",
    method: "GET",
    request: (f) => ({ path: `/api/projects/${f.tenantA.projectId}/milestones` }),
    expect: ownerOnly(200),
  },
  {
    route: "/api/projects/[projectId]/milestones",
    method: "POST",
    request: (f) => ({ path: `/api/projects/${f.tenantA.projectId}/milestones`, body: { title: "Matrix milestone" } }),
    expect: ownerOnly(201),
  },
  {
    route: "/api/projects/[projectId]/tasks",
    method: "GET",
    request: (f) => ({ path: `/api/projects/${f.tenantA.projectId}/tasks?sort=-title&page_size=5` }),
    expect: ownerOnly(200),
  },
  {
    route: "/api/projects/[projectId]/tasks",
    method: "POST",
    request: (f) => ({ path: `/api/projects/${f.tenantA.projectId}/tasks`, body: { title: "Matrix task", external_id: "matrix:1" } }),
    expect: ownerOnly(201),
  },
  {
    route: "/api/projects/[projectId]/tasks:bulk",
    method: "POST",
    request: (f) => ({ path: `/api/projects/${f.tenantA.projectId}/tasks:bulk`, body: { tasks: [{ title: "Matrix bulk" }], duplicate_strategy: "title" } }),
    expect: ownerOnly(200),
  },
  { route: "/api/tasks/[taskId]", method: "GET", request: (f) => ({ path: `/api/tasks/${f.tenantA.taskId}` }), expect: ownerOnly(200) },
  {
    route: "/api/tasks/[taskId]",
    method: "PATCH",
    request: (f) => ({ path: `/api/tasks/${f.tenantA.taskId}`, body: { status: "in_progress" } }),
    expect: ownerOnly(200),
  },
  {
    route: "/api/tasks/[taskId]/run",
    method: "POST",
    request: (f) => ({ path: `/api/tasks/${f.tenantA.taskId}/run` }),
    expect: ownerOnly(202),
  },
  { route: "/api/tasks/[taskId]", method: "DELETE", request: (f) => ({ path: `/api/tasks/${f.tenantA.disposableTaskId}` }), expect: ownerOnly(204) },

  // Execution logs
  { route: "/api/scheduler/logs", method: "GET", request: () => ({ path: "/api/scheduler/logs?status=succeeded&sort=-duration_ms" }), expect: signedIn(200) },
  { route: "/api/scheduler/logs/export", method: "GET", request: () => ({ path: "/api/scheduler/logs/export?from=2020-01-01" }), expect: signedIn(200) },
  {
    route: "/api/scheduler/logs/[executionId]",
    method: "GET",
    request: (f) => ({ path: `/api/scheduler/logs/${f.tenantA.executionId}` }),
    expect: ownerOnly(200),
  },

  // Scheduler. The tick takes the CRON_SECRET bearer token, not a session: every identity here is refused
  // (test/http/scheduler.test.ts sends the secret).
  { route: "/api/cron/tick", method: "GET", expect: everyone(401) },
  { route: "/api/cron/tick", method: "POST", expect: everyone(401) },
  { route: "/api/scheduler/dashboard", method: "GET", expect: signedIn(200) },
  { route: "/api/scheduler/events", method: "GET", request: () => ({ path: "/api/scheduler/events?type=leader_changed&page_size=5" }), expect: signedIn(200) },

  // Reports
  { route: "/api/reports/collections", method: "GET", expect: signedIn(200) },
  {
    route: "/api/reports/collections",
    method: "POST",
    request: () => ({ path: "/api/reports/collections", body: { name: "Matrix report", start_date: "2026-10-01", end_date: "2026-10-31" } }),
    expect: signedIn(201),
  },
  {
    route: "/api/reports/collections/[collectionId]/run",
    method: "POST",
    request: (f) => ({ path: `/api/reports/collections/${f.tenantA.collectionId}/run` }),
    expect: ownerOnly(202),
  },
  {
    route: "/api/reports/collections/[collectionId]/weeks",
    method: "GET",
    request: (f) => ({ path: `/api/reports/collections/${f.tenantA.collectionId}/weeks` }),
    expect: ownerOnly(200),
  },
  {
    route: "/api/reports/workflow-executions/[executionId]",
    method: "GET",
    request: (f) => ({ path: `/api/reports/workflow-executions/${f.tenantA.workflowExecutionId}` }),
    expect: ownerOnly(200),
  },

  // Insights
  { route: "/api/insights", method: "GET", expect: signedIn(200) },

  // Admin
  { route: "/api/admin/backfill-report", method: "GET", expect: adminOnly(200) },
  {
    route: "/api/admin/reconcile/execution-log-identity",
    method: "POST",
    request: () => ({ path: "/api/admin/reconcile/execution-log-identity", body: { batch_size: 100 } }),
    expect: adminOnly(200),
  },
  { route: "/api/admin/reconcile/stale-executions", method: "POST", expect: adminOnly(200) },
  { route: "/api/admin/reconcile/platform-insights", method: "POST", expect: adminOnly(200) },
  { route: "/api/admin/reconcile/report-execution-links", method: "POST", expect: adminOnly(200) },
  {
    route: "/api/admin/import/legacy-execution-logs",
    method: "POST",
    request: () => ({ path: "/api/admin/import/legacy-execution-logs", body: [] }),
    expect: adminOnly(200),
  },
  { route: "/api/admin/audit-log", method: "GET", request: () => ({ path: "/api/admin/audit-log?page_size=5" }), expect: adminOnly(200) },
];

/** Pages are checked as the signed-in callers (anonymous visitors are sent to /sign-in), owner last. */
export const PAGE_IDENTITIES = ["tenantB", "admin", "tenantA"] as const;

/** Pages: every page × signed-in caller, the status it gets. */
export interface PageRow {
  page: string;
  path?: (f: Fixtures) => string;
  expect: Record<(typeof PAGE_IDENTITIES)[number], number>;
}

/** Pages of the caller's own data: everyone signed in gets 200. */
const anyPage = { tenantA: 200, tenantB: 200, admin: 200 };
/** Tenant A's resource: another tenant, and an admin, get the 404 page. */
const ownerPage = { tenantA: 200, tenantB: 404, admin: 404 };
/** The admin console: a 404 to everyone else (the page is not even admitted to exist). */
const adminPage = { tenantA: 404, tenantB: 404, admin: 200 };

export const PAGE_MATRIX: PageRow[] = [
  { page: "/sign-in", expect: anyPage },
  { page: "/sign-up", expect: anyPage },
  { page: "/", expect: anyPage },
  { page: "/projects", expect: anyPage },
  { page: "/projects/[projectId]", path: (f) => `/projects/${f.tenantA.projectId}?sort=-title&q=task`, expect: ownerPage },
  { page: "/tasks/[taskId]", path: (f) => `/tasks/${f.tenantA.taskId}`, expect: ownerPage },
  { page: "/logs", path: () => "/logs?status=succeeded", expect: anyPage },
  { page: "/logs/[executionId]", path: (f) => `/logs/${f.tenantA.executionId}`, expect: ownerPage },
  { page: "/scheduler", expect: anyPage },
  { page: "/reports", expect: anyPage },
  { page: "/reports/[collectionId]", path: (f) => `/reports/${f.tenantA.collectionId}`, expect: ownerPage },
  { page: "/reports/executions/[executionId]", path: (f) => `/reports/executions/${f.tenantA.workflowExecutionId}`, expect: ownerPage },
  { page: "/insights", expect: anyPage },
  { page: "/admin", expect: adminPage },
  { page: "/admin/audit-log", path: () => "/admin/audit-log?action=reconcile.platform_insights", expect: adminPage },
];
