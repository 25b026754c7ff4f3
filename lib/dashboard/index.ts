// The dashboard domain's public surface: what the dashboard home page reads.
export { dashboardSummary, DASHBOARD_PROJECT_LIMIT, DASHBOARD_UPCOMING_LIMIT } from "./queries";
export type { DashboardProject, DashboardSummary, DashboardUpcomingTask } from "./queries";
