// Changing and deleting tasks: partial updates, schedule and next_run_at, the external_id key, tenant scope.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tasks } from "@/drizzle";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { insertMilestone, insertProject, insertTenant } from "@/test/harness/tenants";
import { setupTestDatabase } from "@/test/harness/test-database";
import { createTask } from "./create-task";
import { deleteTask } from "./delete-task";
import { taskCreateSchema, taskPatchSchema } from "./schemas";
import { REDACTED } from "./handler-secrets";
import { taskJson } from "./serializers";
import { updateTask } from "./update-task";

const t = setupTestDatabase();
let alice: string, bob: string, project: string;
beforeAll(async () => {
  alice = await insertTenant(t.db, "alice");
  bob = await insertTenant(t.db, "bob");
  project = await insertProject(t.db, alice);
});

const create = async (fields: Record<string, unknown>) => (await createTask(t.db, alice, project, taskCreateSchema.parse(fields))).task;
const patch = async (taskId: string, fields: Record<string, unknown>, userId = alice) => (await updateTask(t.db, userId, taskId, taskPatchSchema.parse(fields))).task;

describe("updateTask", () => {
  it("changes only the fields sent and moves updated_at", async () => {
    const task = await create({ title: "Before", description: "kept", priority_score: 3 });
    const updated = await patch(task.id, { title: "After", status: "done" });
    expect(updated).toMatchObject({ title: "After", status: "done", description: "kept", priorityScore: 3 });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(task.updatedAt.getTime());
    expect(updated.createdAt).toEqual(task.createdAt);
  });

  it("sets, changes and clears a schedule, keeping next_run_at in step", async () => {
    const task = await create({ title: "Scheduled later" });
    const scheduled = await patch(task.id, { schedule: { cron: "0 6 * * *", timezone: "Asia/Tokyo", misfire_policy: "skip" } });
    expect(scheduled).toMatchObject({ cron: "0 6 * * *", timezone: "Asia/Tokyo", misfirePolicy: "skip" });
    expect(scheduled.nextRunAt!.getUTCHours()).toBe(21); // 06:00 in Tokyo
    const disabled = await patch(task.id, { enabled: false });
    expect(disabled).toMatchObject({ enabled: false, nextRunAt: null, cron: "0 6 * * *" });
    const enabled = await patch(task.id, { enabled: true });
    expect(enabled.nextRunAt).not.toBeNull();
    const renamed = await patch(task.id, { title: "Renamed" });
    expect(renamed.nextRunAt).toEqual(enabled.nextRunAt);
    const cleared = await patch(task.id, { schedule: null });
    expect(cleared).toMatchObject({ cron: null, timezone: null, nextRunAt: null });
  });

  it("an external_id another task holds is a conflict, and the task is unchanged", async () => {
    await create({ title: "Holder", external_id: "taken" });
    const task = await create({ title: "Mover", external_id: "mine" });
    await expect(patch(task.id, { external_id: "taken", title: "Changed" })).rejects.toThrow(ConflictError);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ externalId: "mine", title: "Mover" });
  });

  it("a milestone must be the task's project's", async () => {
    const task = await create({ title: "Filed" });
    const foreign = await insertMilestone(t.db, await insertProject(t.db, alice, "Other"));
    await expect(patch(task.id, { milestone_id: foreign })).rejects.toThrow(ValidationError);
    const own = await insertMilestone(t.db, project);
    await expect(patch(task.id, { milestone_id: own })).resolves.toMatchObject({ milestoneId: own });
  });

  it("another tenant's task is not found and stays as it was", async () => {
    const task = await create({ title: "Alice's" });
    await expect(patch(task.id, { title: "Bob was here" }, bob)).rejects.toThrow(NotFoundError);
    await expect(deleteTask(t.db, bob, task.id)).rejects.toThrow(NotFoundError);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.title).toBe("Alice's");
  });
});

describe("deleteTask", () => {
  it("deletes the task; a second delete is not found", async () => {
    const task = await create({ title: "Doomed" });
    await deleteTask(t.db, alice, task.id);
    expect(await t.db.select().from(tasks).where(eq(tasks.id, task.id))).toEqual([]);
    await expect(deleteTask(t.db, alice, task.id)).rejects.toThrow(NotFoundError);
  });
});

describe("taskJson", () => {
  it("never echoes credential header values of an http handler", async () => {
    const task = await create({
      title: "Webhook",
      handler: { kind: "http", config: { url: "https://example.com/hook", headers: { Authorization: "Bearer s3cret", "X-Api-Key": "k3y", Accept: "application/json" } } },
    });
    const shown = JSON.stringify(taskJson(task));
    expect(shown).not.toContain("s3cret");
    expect(shown).not.toContain("k3y");
    expect(taskJson(task).handler.config).toMatchObject({ headers: { Authorization: REDACTED, "X-Api-Key": REDACTED, Accept: "application/json" } });
  });

  it("a handler sent back as it was shown keeps the stored credentials; a placeholder with nothing stored is a 400", async () => {
    const task = await create({
      title: "Round trip",
      handler: { kind: "http", config: { url: "https://example.com/a", headers: { Authorization: "Bearer s3cret" } } },
    });
    const shown = taskJson(task).handler;
    const moved = await patch(task.id, { handler: { kind: "http", config: { ...shown.config, url: "https://example.com/b" } } });
    expect(moved.handlerConfig).toMatchObject({ url: "https://example.com/b", headers: { Authorization: "Bearer s3cret" } });
    const error = await patch(task.id, { handler: { kind: "http", config: { url: "https://example.com/b", headers: { "X-Token": REDACTED } } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors?.[0]?.path).toBe("handler.config.headers.X-Token");
  });
});
