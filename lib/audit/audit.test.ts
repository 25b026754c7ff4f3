import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, projects, user } from "@/drizzle";
import { setupTestDatabase } from "@/test/harness/test-database";
import { audited } from "./index";

describe("audited()", () => {
  const t = setupTestDatabase();
  beforeAll(async () => {
    await t.db.insert(user).values({ id: "admin-1", name: "Admin", email: "a@example.com", role: "admin" });
  });

  it("commits the action and its succeeded audit row together", async () => {
    const result = await audited(t.db, { actorUserId: "admin-1", action: "test.create_project", params: { name: "P" } }, async (tx) => {
      const [p] = await tx.insert(projects).values({ userId: "admin-1", name: "P" }).returning({ id: projects.id });
      return { created: p!.id };
    });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "test.create_project"));
    expect(entry).toMatchObject({ actorUserId: "admin-1", params: { name: "P" }, result, status: "succeeded" });
    expect(await t.db.select().from(projects).where(eq(projects.id, result.created))).toHaveLength(1);
  });

  it("rolls the action back on failure and still records a failed audit row with the error", async () => {
    await expect(
      audited(t.db, { actorUserId: "admin-1", action: "test.fail", params: { n: 1 } }, async (tx) => {
        await tx.insert(projects).values({ userId: "admin-1", name: "must not survive" });
        throw new Error("reconcile exploded");
      }),
    ).rejects.toThrow("reconcile exploded");
    expect(await t.db.select().from(projects).where(eq(projects.name, "must not survive"))).toHaveLength(0);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "test.fail"));
    expect(entry).toMatchObject({ status: "failed", params: { n: 1 }, result: { error: "reconcile exploded" } });
  });
});

describe("audited(…, { atomic: false })", () => {
  const t = setupTestDatabase();
  beforeAll(async () => {
    await t.db.insert(user).values({ id: "admin-2", name: "Admin", email: "a2@example.com", role: "admin" });
  });

  it("lets the action commit its own steps, and records what `record` keeps of the result", async () => {
    const result = await audited(
      t.db,
      { actorUserId: "admin-2", action: "test.steps", params: {} },
      async (db) => {
        await db.insert(projects).values({ userId: "admin-2", name: "step 1" });
        return { steps: 1, detail: "long" };
      },
      { atomic: false, record: (r) => ({ steps: r.steps }) },
    );
    expect(result).toEqual({ steps: 1, detail: "long" });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "test.steps"));
    expect(entry).toMatchObject({ status: "succeeded", result: { steps: 1 } });
  });

  it("keeps the steps done before a failure (they were committed) and records the failure", async () => {
    await expect(
      audited(t.db, { actorUserId: "admin-2", action: "test.steps_fail", params: {} }, async (db) => {
        await db.insert(projects).values({ userId: "admin-2", name: "committed step" });
        throw new Error("second step failed");
      }, { atomic: false }),
    ).rejects.toThrow("second step failed");
    expect(await t.db.select().from(projects).where(eq(projects.name, "committed step"))).toHaveLength(1);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "test.steps_fail"));
    expect(entry).toMatchObject({ status: "failed", result: { error: "second step failed" } });
  });
});
