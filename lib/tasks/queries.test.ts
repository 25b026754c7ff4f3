// Listing a project's tasks: tenant scoping, filters, sort (nulls last, stable), pagination; the plans of
// the external_id lookup and of the default view on a project with many tasks.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tasks } from "@/drizzle";
import { NotFoundError } from "@/lib/errors";
import { insertProject, insertTenant } from "@/test/harness/tenants";
import { setupTestDatabase } from "@/test/harness/test-database";
import { findByExternalId, getTask, listPlatforms, listTasks } from "./queries";
import { taskListQuery } from "./schemas";

const t = setupTestDatabase();
const query = (q: Record<string, unknown> = {}) => taskListQuery.parse(q);

let alice: string, bob: string, project: string;
beforeAll(async () => {
  alice = await insertTenant(t.db, "alice");
  bob = await insertTenant(t.db, "bob");
  project = await insertProject(t.db, alice);
  const statuses = ["open", "in_progress", "done", "archived"] as const;
  await t.db.insert(tasks).values(
    Array.from({ length: 30 }, (_, i) => ({
      projectId: project,
      userId: alice,
      title: `Task ${String(i).padStart(2, "0")}${i === 7 ? " 100%_done" : ""}`,
      status: statuses[i % 4]!,
      platform: i % 3 === 0 ? "github" : i % 3 === 1 ? "linear" : null,
      externalId: i % 5 === 0 ? `ext-${i}` : null,
      priorityScore: i % 4,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    })),
  );
});

describe("listTasks", () => {
  it("pages newest first by default, with the total", async () => {
    const page1 = await listTasks(t.db, alice, project, query({ page_size: "10" }));
    expect(page1.totalCount).toBe(30);
    expect(page1.tasks.map((r) => r.title.slice(0, 7))).toEqual(["Task 29", "Task 28", "Task 27", "Task 26", "Task 25", "Task 24", "Task 23", "Task 22", "Task 21", "Task 20"]);
    const page3 = await listTasks(t.db, alice, project, query({ page_size: "10", page: "3" }));
    expect(page3.tasks.at(-1)!.title).toBe("Task 00");
    const beyond = await listTasks(t.db, alice, project, query({ page_size: "10", page: "4" }));
    expect(beyond).toEqual({ tasks: [], totalCount: 30 });
  });

  it("filters by status, platform and text; the text is matched literally", async () => {
    const open = await listTasks(t.db, alice, project, query({ status: "open", page_size: "200" }));
    expect(open.totalCount).toBe(8);
    expect(open.tasks.every((r) => r.status === "open")).toBe(true);
    const github = await listTasks(t.db, alice, project, query({ platform: "github", status: "in_progress" }));
    expect(github.tasks.map((r) => r.title)).toEqual(["Task 21", "Task 09"]);
    expect((await listTasks(t.db, alice, project, query({ q: "100%_" }))).tasks.map((r) => r.title)).toEqual(["Task 07 100%_done"]);
    expect((await listTasks(t.db, alice, project, query({ q: "EXT-2" }))).tasks.map((r) => r.externalId)).toEqual(["ext-25", "ext-20"]);
    expect((await listTasks(t.db, alice, project, query({ q: "%" }))).totalCount).toBe(1);
  });

  it("sorts by any listed column both ways, empty values last, ties broken by id", async () => {
    const asc = await listTasks(t.db, alice, project, query({ sort: "platform", page_size: "200" }));
    const desc = await listTasks(t.db, alice, project, query({ sort: "-platform", page_size: "200" }));
    expect(asc.tasks.map((r) => r.platform)).toEqual([...Array(10).fill("github"), ...Array(10).fill("linear"), ...Array(10).fill(null)]);
    expect(desc.tasks.map((r) => r.platform)).toEqual([...Array(10).fill("linear"), ...Array(10).fill("github"), ...Array(10).fill(null)]);
    const byPriority = await listTasks(t.db, alice, project, query({ sort: "priority_score", page_size: "200" }));
    const ids = byPriority.tasks.filter((r) => r.priorityScore === 0).map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it("another tenant's project is not found", async () => {
    await expect(listTasks(t.db, bob, project, query())).rejects.toThrow(NotFoundError);
    await expect(listPlatforms(t.db, bob, project)).resolves.toEqual([]);
    expect(await listPlatforms(t.db, alice, project)).toEqual(["github", "linear"]);
  });

  it("findByExternalId finds the tenant's own task only", async () => {
    await expect(findByExternalId(t.db, alice, project, "ext-5")).resolves.toMatchObject({ externalId: "ext-5" });
    await expect(findByExternalId(t.db, bob, project, "ext-5")).resolves.toBeNull();
  });

  it("getTask finds the tenant's own task only", async () => {
    const [first] = (await listTasks(t.db, alice, project, query())).tasks;
    await expect(getTask(t.db, alice, first!.id)).resolves.toMatchObject({ id: first!.id });
    await expect(getTask(t.db, bob, first!.id)).rejects.toThrow(NotFoundError);
  });
});

describe("query plans on a project with 20,000 tasks", () => {
  beforeAll(async () => {
    const big = await insertProject(t.db, alice, "Big");
    await t.db.execute(sql`
      insert into tasks (project_id, user_id, title, external_id)
      select ${big}, ${alice}, 'Bulk ' || g, 'big:' || g from generate_series(1, 20000) g`);
    await t.db.execute(sql`analyze tasks`);
    project = big;
  });

  const plan = async (statement: ReturnType<typeof sql>) =>
    (await t.db.execute<{ "QUERY PLAN": string }>(sql`explain ${statement}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");

  it("the external_id lookup is an index scan on the unique key", async () => {
    const text = await plan(sql`select * from tasks where project_id = ${project} and external_id = 'big:777'`);
    expect(text).toMatch(/Index Scan using tasks_project_id_external_id_key/);
    expect(text).not.toMatch(/Seq Scan/);
  });

  it("the default view (newest first, one page) reads the (project_id, created_at) index", async () => {
    const text = await plan(sql`select * from tasks where project_id = ${project} and user_id = ${alice} order by created_at desc, id asc limit 25`);
    expect(text).toMatch(/tasks_project_id_created_at_idx/);
  });

  it("the title strategy's match is an index scan on lower(title)", async () => {
    const text = await plan(sql`select id from tasks where project_id = ${project} and lower(title) = lower('Bulk 5') order by created_at, id limit 1`);
    expect(text).toMatch(/tasks_project_id_lower_title_idx/);
  });
});
