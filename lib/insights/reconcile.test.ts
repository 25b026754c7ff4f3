// The platform-insights reconcile and the read of them: known tasks and runs give known figures, tenants see
// only their own rows, a platform without a row is reported missing (and the read never creates it), and ten
// concurrent reconciles end with exactly the rows one reconcile leaves.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { platformInsights, tasks } from "@/drizzle";
import { writeExecutionLogs } from "@/lib/logs";
import { setupTestDatabase } from "@/test/harness/test-database";
import { insertProject, insertTenant } from "@/test/harness/tenants";
import { readInsights } from "./queries";
import { upsertPlatformInsights } from "./reconcile.sql";

const t = setupTestDatabase();
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms);

let alice: string;
let bob: string;

async function task(userId: string, projectId: string, platform: string | null) {
  const [row] = await t.db.insert(tasks).values({ userId, projectId, title: `${platform ?? "none"} task`, platform }).returning({ id: tasks.id });
  return row!.id;
}

/** Insight rows without the columns each call sets anew (id is stable by design; computed_at is the call's now()). */
async function insightRows() {
  const rows = await t.db.select().from(platformInsights).orderBy(platformInsights.userId, platformInsights.platform);
  return rows.map(({ computedAt: _computedAt, ...rest }) => rest);
}

beforeAll(async () => {
  alice = await insertTenant(t.db, "alice");
  bob = await insertTenant(t.db, "bob");
  const aliceProject = await insertProject(t.db, alice);
  const bobProject = await insertProject(t.db, bob);
  const github1 = await task(alice, aliceProject, "github");
  const github2 = await task(alice, aliceProject, "github");
  const linear = await task(alice, aliceProject, "linear");
  await task(alice, aliceProject, null);
  const bobGithub = await task(bob, bobProject, "github");
  await writeExecutionLogs(t.db, alice, [
    // github, last 7 days: 3 succeeded, 1 failed, 1 still running (a run, not finished), 1 queued (not a run yet).
    { taskId: github1, status: "succeeded", scheduledFor: ago(2 * HOUR), startedAt: ago(2 * HOUR), finishedAt: ago(2 * HOUR) },
    { taskId: github1, status: "succeeded", scheduledFor: ago(30 * HOUR), startedAt: ago(30 * HOUR), finishedAt: ago(30 * HOUR) },
    { taskId: github2, status: "succeeded", scheduledFor: ago(50 * HOUR), startedAt: ago(50 * HOUR), finishedAt: ago(50 * HOUR) },
    { taskId: github2, status: "failed", scheduledFor: ago(3 * HOUR), startedAt: ago(3 * HOUR), finishedAt: ago(3 * HOUR) },
    { taskId: github2, status: "running", scheduledFor: ago(HOUR / 2), startedAt: ago(HOUR / 2) },
    { taskId: github1, status: "queued", scheduledFor: ago(60_000) },
    // Older than 7 days: not counted, but linear's last run.
    { taskId: github1, status: "failed", scheduledFor: ago(9 * 24 * HOUR), startedAt: ago(9 * 24 * HOUR), finishedAt: ago(9 * 24 * HOUR) },
    { taskId: linear, status: "succeeded", scheduledFor: ago(10 * 24 * HOUR), startedAt: new Date("2026-01-01T10:00:00Z"), finishedAt: ago(10 * 24 * HOUR) },
  ]);
  await writeExecutionLogs(t.db, bob, [{ taskId: bobGithub, status: "timed_out", scheduledFor: ago(HOUR), startedAt: ago(HOUR), finishedAt: ago(HOUR) }]);
});

describe("platform insights", () => {
  it("before any reconcile, the read reports every platform missing and writes nothing", async () => {
    expect(await readInsights(t.db, alice)).toEqual({ insights: [], missingPlatforms: ["github", "linear"] });
    expect(await t.db.$count(platformInsights)).toBe(0);
  });

  it("the reconcile computes tasks, 7-day runs, success rate and last run per tenant and platform", async () => {
    expect(await upsertPlatformInsights(t.db)).toEqual({ upserted: 3, tenants: 2, removed: 0 });
    const { insights, missingPlatforms } = await readInsights(t.db, alice);
    expect(missingPlatforms).toEqual([]);
    expect(insights.map(({ platform, tasks: n, runs7d, successRate7d }) => ({ platform, n, runs7d, successRate7d }))).toEqual([
      { platform: "github", n: 2, runs7d: 5, successRate7d: 0.75 },
      { platform: "linear", n: 1, runs7d: 0, successRate7d: null },
    ]);
    expect(insights[0]!.lastRunAt!.getTime()).toBeGreaterThan(Date.now() - HOUR);
    expect(insights[1]!.lastRunAt).toEqual(new Date("2026-01-01T10:00:00Z"));
    // Bob sees his own row only.
    const forBob = await readInsights(t.db, bob);
    expect(forBob.insights.map((i) => [i.platform, i.tasks, i.runs7d, i.successRate7d])).toEqual([["github", 1, 1, 0]]);
  });

  it("a platform that gets its first task after the reconcile is missing until the next one; a platform without tasks is removed", async () => {
    const project = await insertProject(t.db, alice, "Later");
    await task(alice, project, "jira");
    expect((await readInsights(t.db, alice)).missingPlatforms).toEqual(["jira"]);
    await t.db.delete(tasks).where(sql`${tasks.userId} = ${alice} and ${tasks.platform} = 'linear'`);

    expect(await upsertPlatformInsights(t.db)).toEqual({ upserted: 3, tenants: 2, removed: 1 });
    const { insights, missingPlatforms } = await readInsights(t.db, alice);
    expect(missingPlatforms).toEqual([]);
    expect(insights.map((i) => i.platform)).toEqual(["github", "jira"]);
  });

  it("ten concurrent reconciles on separate connections: no error, no duplicate, the rows of one reconcile", async () => {
    await upsertPlatformInsights(t.db);
    const once = await insightRows();
    await t.db.delete(platformInsights);

    const pool = t.open(10);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => pool.db.transaction((tx) => upsertPlatformInsights(tx as never))));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const duplicates = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from (select 1 from platform_insights group by user_id, platform having count(*) > 1) d`,
    );
    expect(duplicates.rows[0]!.n).toBe(0);
    // Ids are new (the table was emptied), the figures are the same.
    const strip = (rows: Awaited<ReturnType<typeof insightRows>>) => rows.map(({ id: _id, ...rest }) => rest);
    expect(strip(await insightRows())).toEqual(strip(once));
  });
});
