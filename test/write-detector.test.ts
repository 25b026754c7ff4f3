// The write detector must catch what it exists to catch, or "GET never writes" proves nothing.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { projects, session, tasks, user } from "@/drizzle";
import { setupTestDatabase } from "./harness/test-database";
import { detectWrites, installWriteDetector } from "./harness/write-detector";

describe("the write detector", () => {
  const t = setupTestDatabase();

  beforeAll(async () => {
    await installWriteDetector(t.db);
    await t.db.insert(user).values({ id: "u1", name: "U", email: "u1@example.com" });
  });

  it("reports an insert, an update and a delete, with their tables", async () => {
    const { writes } = await detectWrites(t.db, async () => {
      const [p] = await t.db.insert(projects).values({ userId: "u1", name: "P" }).returning();
      await t.db.update(projects).set({ name: "P2" }).where(eq(projects.id, p!.id));
      await t.db.insert(tasks).values({ projectId: p!.id, userId: "u1", title: "T" });
      await t.db.delete(tasks).where(eq(tasks.projectId, p!.id));
    });
    expect(writes).toEqual([
      { table: "projects", op: "INSERT" },
      { table: "projects", op: "UPDATE" },
      { table: "tasks", op: "INSERT" },
      { table: "tasks", op: "DELETE" },
    ]);
  });

  it("reports nothing for reads", async () => {
    const { writes } = await detectWrites(t.db, async () => {
      await t.db.select().from(projects);
      await t.db.select().from(user);
    });
    expect(writes).toEqual([]);
  });

  it("ignores Better Auth's session bookkeeping", async () => {
    const { writes } = await detectWrites(t.db, async () => {
      await t.db.insert(session).values({ id: "s1", token: "tok", userId: "u1", expiresAt: new Date(Date.now() + 60_000) });
    });
    expect(writes).toEqual([]);
  });

  it("sees a write committed by another connection", async () => {
    const other = t.open(1);
    const { writes } = await detectWrites(t.db, () => other.db.insert(projects).values({ userId: "u1", name: "elsewhere" }));
    expect(writes).toEqual([{ table: "projects", op: "INSERT" }]);
  });
});
