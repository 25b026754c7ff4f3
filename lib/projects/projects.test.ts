// Projects and milestones, scoped to their tenant.
import { beforeAll, describe, expect, it } from "vitest";
import { tasks } from "@/drizzle";
import { NotFoundError } from "@/lib/errors";
import { insertTenant } from "@/test/harness/tenants";
import { setupTestDatabase } from "@/test/harness/test-database";
import { createMilestone, createProject, getProject, listMilestones, listProjects } from "./index";

const t = setupTestDatabase();
let alice: string, bob: string;
beforeAll(async () => {
  alice = await insertTenant(t.db, "alice");
  bob = await insertTenant(t.db, "bob");
});

describe("projects", () => {
  it("a tenant lists only their own projects, newest first, with task counts", async () => {
    const older = await createProject(t.db, alice, { name: "Older" });
    const newer = await createProject(t.db, alice, { name: "Newer" });
    await createProject(t.db, bob, { name: "Bob's" });
    await t.db.insert(tasks).values([1, 2].map((i) => ({ projectId: older.id, userId: alice, title: `T${i}` })));
    const listed = await listProjects(t.db, alice);
    expect(listed.map((p) => [p.name, p.taskCount])).toEqual([
      ["Newer", 0],
      ["Older", 2],
    ]);
    expect(newer).toMatchObject({ name: "Newer", taskCount: 0 });
    await expect(getProject(t.db, bob, older.id)).rejects.toThrow(NotFoundError);
  });

  it("milestones are added to and listed from the tenant's own projects only", async () => {
    const project = await createProject(t.db, alice, { name: "With milestones" });
    const first = await createMilestone(t.db, alice, project.id, { title: "Alpha" });
    await createMilestone(t.db, alice, project.id, { title: "Beta" });
    expect((await listMilestones(t.db, alice, project.id)).map((m) => m.title)).toEqual(["Alpha", "Beta"]);
    expect(first.projectId).toBe(project.id);
    await expect(createMilestone(t.db, bob, project.id, { title: "Intruder" })).rejects.toThrow(NotFoundError);
    await expect(listMilestones(t.db, bob, project.id)).rejects.toThrow(NotFoundError);
    expect(await listMilestones(t.db, alice, project.id)).toHaveLength(2);
  });
});
