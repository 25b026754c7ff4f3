// The statements bulk create's guarantees rest on.
//
// lockProjectForBulk: one bulk request per project at a time. SELECT … FOR NO KEY UPDATE on the project row
// blocks a second bulk on the same project until the first commits; the second then reads (READ COMMITTED:
// each statement takes a new snapshot) the tasks the first created, so two racing `title` imports cannot
// both create. The lock mode does not conflict with FOR KEY SHARE, which is what inserting a task (its
// foreign key check) takes, so single creates in the project are not held up.
//
// matchExisting: for every item at once (one statement, items passed as one jsonb array), the task already
// holding its external_id (tasks_project_id_external_id_key) and, for the title strategies, the oldest task
// with the same lower(title) [and milestone] (tasks_project_id_lower_title_idx). Titles are lowered by
// Postgres, so in-request duplicates and stored tasks are compared by the same rule.
import { and, eq, getTableColumns, or, sql } from "drizzle-orm";
import { projects, tasks } from "@/drizzle";
import type { Db } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors";
import type { DuplicateStrategy } from "./schemas";

type TaskInsert = typeof tasks.$inferInsert;

export async function lockProjectForBulk(tx: Db, userId: string, projectId: string): Promise<void> {
  const [row] = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.userId, userId)))
    .for("no key update");
  if (!row) throw new NotFoundError("project");
}

export interface MatchInput {
  title: string;
  milestoneId: string | null;
  externalId: string | null;
}

export interface MatchRow {
  titleKey: string;
  byExternalId: string | null;
  byTitle: string | null;
}

export async function matchExisting(tx: Db, projectId: string, items: MatchInput[], strategy: DuplicateStrategy): Promise<MatchRow[]> {
  const input = JSON.stringify(items.map((item, i) => ({ i, t: item.title, m: item.milestoneId, e: item.externalId })));
  const byTitle =
    strategy === "title"
      ? sql`(select t.id from tasks t where t.project_id = ${projectId} and lower(t.title) = lower(x.t) order by t.created_at, t.id limit 1)`
      : strategy === "title_and_milestone"
        ? sql`(select t.id from tasks t where t.project_id = ${projectId} and lower(t.title) = lower(x.t) and t.milestone_id is not distinct from x.m order by t.created_at, t.id limit 1)`
        : sql`null::uuid`;
  const result = await tx.execute<{ i: number; title_key: string; by_external_id: string | null; by_title: string | null }>(sql`
    select x.i,
           lower(x.t) as title_key,
           (select t.id from tasks t where t.project_id = ${projectId} and t.external_id = x.e) as by_external_id,
           ${byTitle} as by_title
      from jsonb_to_recordset(${input}::jsonb) as x(i int, t text, m uuid, e text)
     order by x.i`);
  return result.rows.map((r) => ({ titleKey: r.title_key, byExternalId: r.by_external_id, byTitle: r.by_title }));
}

// insertNewTasks: every new task of the batch in one INSERT … SELECT from one jsonb parameter. (Building a
// 1,000-row VALUES list with the query builder cost ~100 ms of JavaScript for 19,000 parameters.) The column
// list and the record's types come from the drizzle table, so a new column cannot be forgotten here.
// ON CONFLICT on the external_id key skips a row whose key a concurrent single create took in the
// meantime; the caller finds those by the ids missing from the result.
export async function insertNewTasks(tx: Db, rows: (TaskInsert & { id: string })[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const all = getTableColumns(tasks);
  const keys = Object.keys(rows[0]!) as (keyof TaskInsert)[];
  const columns = keys.map((key) => all[key]);
  // Dates serialise as ISO strings and jsonb configs as nested JSON: jsonb_to_recordset reads both back.
  // `_ord` is the row's place in the batch (see created_at below).
  const records = JSON.stringify(
    rows.map((row, ord) => ({ ...Object.fromEntries(keys.map((key, i) => [columns[i]!.name, row[key] ?? null])), _ord: ord })),
  );
  const names = sql.join(columns.map((c) => sql.identifier(c.name)), sql`, `);
  const recordType = sql.join(columns.map((c) => sql`${sql.identifier(c.name)} ${sql.raw(c.getSQLType())}`), sql`, `);
  // One statement means one now() for the whole batch; a microsecond per row keeps the batch in request
  // order when a table sorts by created_at (otherwise ties fall to the random ids and the batch looks shuffled).
  const result = await tx.execute<{ id: string }>(sql`
    insert into tasks (${names}, created_at, updated_at)
    select ${names}, now() + _ord * interval '1 microsecond', now() + _ord * interval '1 microsecond'
      from jsonb_to_recordset(${records}::jsonb) as r(${recordType}, _ord integer)
    on conflict (project_id, external_id) do nothing
    returning id`);
  return new Set(result.rows.map((r) => r.id));
}

// readBackTasks: every task of the answer in one statement — the ids the plan names, plus the tasks that
// won a lost external_id — and only from this project. Lists travel as one jsonb parameter each.
export async function readBackTasks(tx: Db, projectId: string, ids: string[], externalIds: string[]) {
  const idList = sql`(select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;
  const externalIdList = sql`(select value from jsonb_array_elements_text(${JSON.stringify(externalIds)}::jsonb))`;
  return tx
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.projectId, projectId),
        or(sql`${tasks.id} in ${idList}`, externalIds.length ? sql`${tasks.externalId} in ${externalIdList}` : undefined),
      ),
    );
}
