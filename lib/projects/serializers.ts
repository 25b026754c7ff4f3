// The one place where project and milestone rows (camelCase) become API JSON (snake_case).
import type { z } from "zod";
import type { milestoneSchema, projectSchema } from "./schemas";

export interface ProjectRow {
  id: string;
  name: string;
  taskCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface MilestoneRow {
  id: string;
  projectId: string;
  title: string;
  createdAt: Date;
}

export function projectJson(row: ProjectRow): z.output<typeof projectSchema> {
  return {
    id: row.id,
    name: row.name,
    task_count: row.taskCount,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export function milestoneJson(row: MilestoneRow): z.output<typeof milestoneSchema> {
  return { id: row.id, project_id: row.projectId, title: row.title, created_at: row.createdAt.toISOString() };
}
