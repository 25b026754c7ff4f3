// Reads of projects and milestones, always scoped to one tenant: another tenant's project is "not found".
// Indexes relied on: projects_user_id_created_at_idx (a tenant's projects, newest first),
// milestones_project_id_idx (a project's milestones), tasks_project_id_created_at_idx (task counts).
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { milestones, projects, tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors";
import type { MilestoneRow, ProjectRow } from "./serializers";

const projectColumns = {
  id: projects.id,
  name: projects.name,
  createdAt: projects.createdAt,
  updatedAt: projects.updatedAt,
};

/** The tenant's projects, newest first, each with its task count. */
export async function listProjects(db: Db, userId: string): Promise<ProjectRow[]> {
  return db
    .select({ ...projectColumns, taskCount: count(tasks.id) })
    .from(projects)
    .leftJoin(tasks, eq(tasks.projectId, projects.id))
    .where(eq(projects.userId, userId))
    .groupBy(projects.id)
    .orderBy(desc(projects.createdAt), asc(projects.id));
}

/** One of the tenant's projects; NotFoundError when it doesn't exist or belongs to someone else. */
export async function getProject(db: Db, userId: string, projectId: string): Promise<ProjectRow> {
  const [row] = await db
    .select({ ...projectColumns, taskCount: count(tasks.id) })
    .from(projects)
    .leftJoin(tasks, eq(tasks.projectId, projects.id))
    .where(and(eq(projects.id, projectId), eq(projects.userId, userId)))
    .groupBy(projects.id);
  if (!row) throw new NotFoundError("project");
  return row;
}

/** Throws NotFoundError unless the project exists and belongs to the tenant. */
export async function assertProjectOwned(db: Db, userId: string, projectId: string): Promise<void> {
  const [row] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.userId, userId)));
  if (!row) throw new NotFoundError("project");
}

/** A project's milestones, oldest first (the order they were planned in). */
export async function listMilestones(db: Db, userId: string, projectId: string): Promise<MilestoneRow[]> {
  await assertProjectOwned(db, userId, projectId);
  return db
    .select({ id: milestones.id, projectId: milestones.projectId, title: milestones.title, createdAt: milestones.createdAt })
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.createdAt), asc(milestones.id));
}

/** Which of `ids` are milestones of the project (tasks may only point at their own project's milestones). */
export async function milestoneIdsInProject(db: Db, projectId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: milestones.id })
    .from(milestones)
    .where(and(eq(milestones.projectId, projectId), inArray(milestones.id, ids)));
  return new Set(rows.map((r) => r.id));
}
