// Creating a project for a tenant. Names need not be unique: two "Website" projects are the tenant's call.
import { projects } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import type { ProjectCreate } from "./schemas";
import type { ProjectRow } from "./serializers";

export async function createProject(db: Db, userId: string, input: ProjectCreate): Promise<ProjectRow> {
  const [row] = await db
    .insert(projects)
    .values({ userId, name: input.name })
    .returning({ id: projects.id, name: projects.name, createdAt: projects.createdAt, updatedAt: projects.updatedAt });
  return { ...row!, taskCount: 0 };
}
