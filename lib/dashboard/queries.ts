// The dashboard home's reads: one tenant's totals, their projects with task counts, and their next scheduled
// runs. Every query is filtered by the tenant's user id; there is no unscoped variant.
// Indexes relied on: projects_user_id_created_at_idx (projects by tenant, newest first), tasks_user_id_idx
// (tasks by tenant).
import { and, asc, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import { projects, tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";

/** How many projects the dashboard lists; the totals still count all of them. */
export const DASHBOARD_PROJECT_LIMIT = 50;
/** How many upcoming scheduled tasks the dashboard lists. */
export const DASHBOARD_UPCOMING_LIMIT = 10;

export interface DashboardProject {
  id: string;
  name: string;
  taskCount: number;
  createdAt: Date;
}

export interface DashboardUpcomingTask {
  id: string;
  title: string;
  cron: string;
  timezone: string | null;
  nextRunAt: Date | null;
}

export interface DashboardSummary {
  projectCount: number;
  taskCount: number;
  scheduledTaskCount: number;
  /** Newest first, at most DASHBOARD_PROJECT_LIMIT. */
  projects: DashboardProject[];
  /** Enabled tasks with a cron, soonest first (never-computed runs last), at most DASHBOARD_UPCOMING_LIMIT. */
  upcoming: DashboardUpcomingTask[];
}

export async function dashboardSummary(db: Db, userId: string): Promise<DashboardSummary> {
  const [projectTotals, taskTotals, projectRows, upcomingRows] = await Promise.all([
    db.select({ n: count() }).from(projects).where(eq(projects.userId, userId)),
    db
      .select({
        all: count(),
        scheduled: count(tasks.cron),
      })
      .from(tasks)
      .where(eq(tasks.userId, userId)),
    db
      .select({
        id: projects.id,
        name: projects.name,
        taskCount: count(tasks.id),
        createdAt: projects.createdAt,
      })
      .from(projects)
      .leftJoin(tasks, and(eq(tasks.projectId, projects.id), eq(tasks.userId, userId)))
      .where(eq(projects.userId, userId))
      .groupBy(projects.id)
      .orderBy(desc(projects.createdAt), asc(projects.id))
      .limit(DASHBOARD_PROJECT_LIMIT),
    db
      .select({
        id: tasks.id,
        title: tasks.title,
        cron: tasks.cron,
        timezone: tasks.timezone,
        nextRunAt: tasks.nextRunAt,
      })
      .from(tasks)
      .where(and(eq(tasks.userId, userId), eq(tasks.enabled, true), isNotNull(tasks.cron)))
      .orderBy(sql`${tasks.nextRunAt} asc nulls last`, asc(tasks.title), asc(tasks.id))
      .limit(DASHBOARD_UPCOMING_LIMIT),
  ]);

  return {
    projectCount: projectTotals[0]?.n ?? 0,
    taskCount: taskTotals[0]?.all ?? 0,
    scheduledTaskCount: taskTotals[0]?.scheduled ?? 0,
    projects: projectRows,
    // The WHERE clause guarantees cron is set; narrow the type to match.
    upcoming: upcomingRows.map((row) => ({ ...row, cron: row.cron ?? "" })),
  };
}
