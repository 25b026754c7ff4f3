// Rows the domain tests start from: tenants (Better Auth users, inserted directly) and their projects.
import { milestones, projects, user } from "@/drizzle";
import type { Db } from "@/lib/db/connect";

export async function insertTenant(db: Db, id: string): Promise<string> {
  await db.insert(user).values({ id, name: id, email: `${id}@example.com` });
  return id;
}

export async function insertProject(db: Db, userId: string, name = "Project"): Promise<string> {
  const [row] = await db.insert(projects).values({ userId, name }).returning({ id: projects.id });
  return row!.id;
}

export async function insertMilestone(db: Db, projectId: string, title = "Milestone"): Promise<string> {
  const [row] = await db.insert(milestones).values({ projectId, title }).returning({ id: milestones.id });
  return row!.id;
}
