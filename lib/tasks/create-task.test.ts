// Idempotent single create (seed 004, per project), on real Postgres through the driver under test.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tasks } from "@/drizzle";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { insertMilestone, insertProject, insertTenant } from "@/test/harness/tenants";
import { setupTestDatabase } from "@/test/harness/test-database";
import { createTask } from "./create-task";
import { taskCreateSchema, type TaskCreate } from "./schemas";

const t = setupTestDatabase();
const input = (fields: Record<string, unknown>): TaskCreate => taskCreateSchema.parse(fields);

let alice: string, bob: string, aliceProject: string, bobProject: string;
beforeAll(async () => {
  alice = await insertTenant(t.db, "alice");
  bob = await insertTenant(t.db, "bob");
  aliceProject = await insertProject(t.db, alice);
  bobProject = await insertProject(t.db, bob);
});

describe("createTask", () => {
  it("creates a task with API.md's defaults", async () => {
    const { task, created } = await createTask(t.db, alice, aliceProject, input({ title: "Defaults" }));
    expect(created).toBe(true);
    expect(task).toMatchObject({
      userId: alice,
      projectId: aliceProject,
      status: "open",
      enabled: true,
      handlerKind: "noop",
      handlerConfig: {},
      timeoutSeconds: 60,
      maxAttempts: 3,
      cron: null,
      nextRunAt: null,
      externalId: null,
    });
  });

  it("a replay with the same external_id returns the existing task unchanged, not a new one", async () => {
    const first = await createTask(t.db, alice, aliceProject, input({ title: "Original", external_id: "wf-1:step:0" }));
    const replay = await createTask(t.db, alice, aliceProject, input({ title: "Different title", priority_score: 9, external_id: "wf-1:step:0" }));
    expect(first.created).toBe(true);
    expect(replay.created).toBe(false);
    expect(replay.task).toEqual(first.task);
    const [{ n }] = (await t.db.select({ n: count() }).from(tasks).where(eq(tasks.externalId, "wf-1:step:0"))) as [{ n: number }];
    expect(n).toBe(1);
  });

  it("any number of tasks may have no external_id", async () => {
    const a = await createTask(t.db, alice, aliceProject, input({ title: "No key" }));
    const b = await createTask(t.db, alice, aliceProject, input({ title: "No key" }));
    expect(a.created && b.created).toBe(true);
    expect(a.task.id).not.toBe(b.task.id);
  });

  it("the same external_id in another tenant's project is a different, independent task", async () => {
    const mine = await createTask(t.db, alice, aliceProject, input({ title: "Alice's", external_id: "shared-key" }));
    const theirs = await createTask(t.db, bob, bobProject, input({ title: "Bob's", external_id: "shared-key" }));
    expect(theirs.created).toBe(true);
    expect(theirs.task.id).not.toBe(mine.task.id);
    expect(theirs.task).toMatchObject({ userId: bob, title: "Bob's" });
  });

  it("another tenant's project is not found, and nothing is written", async () => {
    await expect(createTask(t.db, bob, aliceProject, input({ title: "Intruder", external_id: "intruder" }))).rejects.toThrow(NotFoundError);
    expect(await t.db.select().from(tasks).where(eq(tasks.externalId, "intruder"))).toEqual([]);
  });

  it("a milestone of another project is a 400 naming milestone_id", async () => {
    const otherProject = await insertProject(t.db, alice, "Other");
    const foreign = await insertMilestone(t.db, otherProject);
    const error = await createTask(t.db, alice, aliceProject, input({ title: "Misfiled", milestone_id: foreign })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([{ path: "milestone_id", message: expect.stringContaining("does not belong") }]);
    const own = await insertMilestone(t.db, aliceProject);
    await expect(createTask(t.db, alice, aliceProject, input({ title: "Filed", milestone_id: own }))).resolves.toMatchObject({ created: true });
  });

  it("a scheduled task gets its first next_run_at in its timezone", async () => {
    const { task } = await createTask(t.db, alice, aliceProject, input({ title: "Nightly", schedule: { cron: "30 2 * * *", timezone: "america/new_york" } }));
    expect(task).toMatchObject({ cron: "30 2 * * *", timezone: "America/New_York", misfirePolicy: "run_once" });
    const local = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "2-digit", minute: "2-digit", hour12: false }).format(task.nextRunAt!);
    expect(local).toBe("02:30");
    expect(task.nextRunAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("50 concurrent identical creates give one row, one created and 49 replays, all with the same id", async () => {
    const pool = t.open(20);
    const body = input({ title: "Racing", external_id: "race:50" });
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => createTask(pool.db, alice, aliceProject, body)));
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.task.id)).size).toBe(1);
    const rows = await t.db.select().from(tasks).where(and(eq(tasks.projectId, aliceProject), eq(tasks.externalId, "race:50")));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(outcomes[0]!.task.id);
  });
});
