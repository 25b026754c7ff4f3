// The demo seed goes through the API's own validation and domain functions, and is safe to run twice.
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { milestones, platformInsights, projects, reportDataCollections, tasks, user, workflowExecutions } from "@/drizzle";
import { setupTestDatabase } from "@/test/harness/test-database";
import { seedDemoData } from "./demo-data";

const t = setupTestDatabase();

describe("seedDemoData", () => {
  it("creates the demo tenants with projects, milestones and scheduled tasks, and a second run adds nothing", async () => {
    expect(await seedDemoData(t.db)).toEqual({ created: ["alice@example.com", "bob@example.com", "carol@example.com", "admin@example.com"], existing: [] });
    const [alice] = await t.db.select().from(user).where(eq(user.email, "alice@example.com"));
    const aliceProjects = await t.db.select().from(projects).where(eq(projects.userId, alice!.id));
    expect(aliceProjects.map((p) => p.name).sort()).toEqual(["Reporting", "Reports", "Website"]);
    const website = aliceProjects.find((p) => p.name === "Website")!;
    expect((await t.db.select().from(milestones).where(eq(milestones.projectId, website.id))).map((m) => m.title).sort()).toEqual(["After launch", "Launch"]);
    const websiteTasks = await t.db.select().from(tasks).where(eq(tasks.projectId, website.id));
    expect(websiteTasks.filter((task) => task.milestoneId !== null)).toHaveLength(3);
    expect(websiteTasks.find((task) => task.title === "Nightly backup")).toMatchObject({ timezone: "America/New_York", nextRunAt: expect.any(Date) });

    // Alice's report collections: one queued to run (its runner scheduled every Monday), one with legacy weeks.
    const collections = await t.db.select().from(reportDataCollections).where(eq(reportDataCollections.userId, alice!.id));
    expect(collections.map((c) => c.name).sort()).toEqual(["Last 28 days", "Summer (before execution tracking)"]);
    const runner = await t.db.select().from(tasks).where(eq(tasks.id, collections.find((c) => c.name === "Last 28 days")!.taskId!));
    expect(runner[0]).toMatchObject({ handlerKind: "report_collection", cron: "0 8 * * 1", timezone: "Europe/London" });
    expect(await t.db.select({ status: workflowExecutions.status }).from(workflowExecutions).where(eq(workflowExecutions.status, "queued"))).toHaveLength(1);

    // Insights computed once over the demo runs: Alice's platforms (her collections' runner tasks are on
    // `reports`), each with its tasks counted.
    const insights = await t.db.select().from(platformInsights).where(eq(platformInsights.userId, alice!.id));
    expect(insights.map((i) => [i.platform, i.tasks]).sort()).toEqual([["github", 2], ["internal", 3], ["reports", 2]]);

    const before = (await t.db.select({ n: count() }).from(tasks)) as [{ n: number }];
    expect(await seedDemoData(t.db)).toEqual({ created: [], existing: ["alice@example.com", "bob@example.com", "carol@example.com", "admin@example.com"] });
    expect(await t.db.select({ n: count() }).from(tasks)).toEqual(before);
  });
});
