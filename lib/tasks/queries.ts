// Reads of tasks, always scoped to one tenant: another tenant's task or project is "not found".
// Indexes relied on: tasks_pkey (one task), tasks_project_id_created_at_idx (a project's tasks, newest
// first — the table's default view), tasks_project_id_external_id_key (lookup by external_id).
import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors";
import { offsetOf } from "@/lib/http/pagination";
import { assertProjectOwned } from "@/lib/projects";
import type { TaskListQuery, TaskSortColumn } from "./schemas";
import type { TaskRow } from "./serializers";

const SORT_COLUMNS = {
  title: tasks.title,
  status: tasks.status,
  priority_score: tasks.priorityScore,
  platform: tasks.platform,
  external_id: tasks.externalId,
  next_run_at: tasks.nextRunAt,
  created_at: tasks.createdAt,
  updated_at: tasks.updatedAt,
} satisfies Record<TaskSortColumn, unknown>;

const NULLABLE_SORT_COLUMNS = new Set<TaskSortColumn>(["platform", "external_id", "next_run_at"]);

export interface TaskPage {
  tasks: TaskRow[];
  totalCount: number;
}

/** One page of a project's tasks, filtered and sorted as asked. */
export async function listTasks(db: Db, userId: string, projectId: string, query: TaskListQuery): Promise<TaskPage> {
  await assertProjectOwned(db, userId, projectId);
  const where = and(eq(tasks.projectId, projectId), eq(tasks.userId, userId), ...filters(query));
  const column = SORT_COLUMNS[query.sort.column];
  // Empty values sort last whichever the direction; the id breaks ties so pages never overlap. NOT NULL
  // columns keep Postgres' plain ordering, which is what lets `created_at desc` walk its index backwards.
  const nullable = NULLABLE_SORT_COLUMNS.has(query.sort.column);
  const order =
    query.sort.direction === "asc" ? sql`${column} asc` : nullable ? sql`${column} desc nulls last` : sql`${column} desc`;
  const [rows, [total]] = await Promise.all([
    db.select().from(tasks).where(where).orderBy(order, asc(tasks.id)).limit(query.page_size).offset(offsetOf(query)),
    db.select({ n: count() }).from(tasks).where(where),
  ]);
  return { tasks: rows, totalCount: total?.n ?? 0 };
}

function filters(query: TaskListQuery): SQL[] {
  const out: SQL[] = [];
  if (query.status) out.push(eq(tasks.status, query.status));
  if (query.platform) out.push(eq(tasks.platform, query.platform));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, "\\$&")}%`;
    out.push(or(ilike(tasks.title, pattern), ilike(tasks.description, pattern), ilike(tasks.externalId, pattern))!);
  }
  return out;
}

/** One of the tenant's tasks; NotFoundError when it doesn't exist or belongs to someone else. */
export async function getTask(db: Db, userId: string, taskId: string): Promise<TaskRow> {
  const [row] = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.userId, userId)));
  if (!row) throw new NotFoundError("task");
  return row;
}

/** The tenant's task holding `externalId` in the project, or null. Served by tasks_project_id_external_id_key. */
export async function findByExternalId(db: Db, userId: string, projectId: string, externalId: string): Promise<TaskRow | null> {
  const [row] = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.projectId, projectId), eq(tasks.externalId, externalId), eq(tasks.userId, userId)));
  return row ?? null;
}

/** The platforms used in a project, for the table's filter. */
export async function listPlatforms(db: Db, userId: string, projectId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ platform: tasks.platform })
    .from(tasks)
    .where(and(eq(tasks.projectId, projectId), eq(tasks.userId, userId), sql`${tasks.platform} is not null`))
    .orderBy(asc(tasks.platform));
  return rows.map((r) => r.platform!);
}
