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
