// The guarantees the schema itself carries (seeds 003 and 004), checked against real Postgres.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { projects, tasks, user } from "@/drizzle";
import { setupTestDatabase } from "./harness/test-database";

describe("tasks", () => {
  const t = setupTestDatabase();
  let projectA: string;
  let projectB: string;

  beforeAll(async () => {
    await t.db.insert(user).values([
      { id: "alice", name: "Alice", email: "alice@example.com" },
      { id: "bob", name: "Bob", email: "bob@example.com" },
    ]);
    [{ id: projectA }] = (await t.db.insert(projects).values({ userId: "alice", name: "A" }).returning({ id: projects.id })) as [{ id: string }];
    [{ id: projectB }] = (await t.db.insert(projects).values({ userId: "bob", name: "B" }).returning({ id: projects.id })) as [{ id: string }];
  });

  it("have UUID ids and TEXT user ids referencing Better Auth's user", async () => {
    const columns = await t.db.execute<{ column_name: string; data_type: string; is_nullable: string }>(
      sql`select column_name, data_type, is_nullable from information_schema.columns where table_name = 'tasks' and column_name in ('id', 'user_id') order by column_name`,
    );
    expect(columns.rows).toEqual([
      { column_name: "id", data_type: "uuid", is_nullable: "NO" },
      { column_name: "user_id", data_type: "text", is_nullable: "NO" },
    ]);
    await expect(t.db.insert(tasks).values({ projectId: projectA, userId: "nobody", title: "orphan" })).rejects.toThrow();
  });

  it("keep external_id unique per project, allow it again in another project, and allow any number of NULLs", async () => {
    await t.db.insert(tasks).values({ projectId: projectA, userId: "alice", title: "one", externalId: "wf-1:step:0" });
    await expect(t.db.insert(tasks).values({ projectId: projectA, userId: "alice", title: "two", externalId: "wf-1:step:0" })).rejects.toThrow();
    await t.db.insert(tasks).values({ projectId: projectB, userId: "bob", title: "bob's", externalId: "wf-1:step:0" });
    await t.db.insert(tasks).values([1, 2, 3].map((n) => ({ projectId: projectA, userId: "alice", title: `no id ${n}` })));
    const nulls = await t.db.select().from(tasks).where(sql`${tasks.projectId} = ${projectA} and ${tasks.externalId} is null`);
    expect(nulls).toHaveLength(3);
  });

  it("apply API.md's defaults", async () => {
    const [task] = await t.db.insert(tasks).values({ projectId: projectA, userId: "alice", title: "defaults" }).returning();
    expect(task).toMatchObject({ status: "open", enabled: true, handlerKind: "noop", timeoutSeconds: 60, maxAttempts: 3, misfirePolicy: "run_once" });
  });

  it("reject values outside the contract's enums and lengths", async () => {
    const base = { projectId: projectA, userId: "alice", title: "x" };
    await expect(t.db.insert(tasks).values({ ...base, status: "bogus" as "open" })).rejects.toThrow();
    await expect(t.db.insert(tasks).values({ ...base, title: "" })).rejects.toThrow();
    await expect(t.db.insert(tasks).values({ ...base, cron: "* * * * *" })).rejects.toThrow();
  });

  it("disappear with their owner (ON DELETE CASCADE)", async () => {
    await t.db.delete(user).where(eq(user.id, "bob"));
    expect(await t.db.select().from(tasks).where(eq(tasks.userId, "bob"))).toHaveLength(0);
    expect(await t.db.select().from(projects).where(eq(projects.userId, "bob"))).toHaveLength(0);
  });
});
