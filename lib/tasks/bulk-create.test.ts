// Bulk create on real Postgres: the four duplicate strategies (stored tasks, in-request duplicates, NULL
// external_ids, another tenant's keys), all-or-nothing, a handful of statements per batch, and races.
import { count, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tasks } from "@/drizzle";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { insertMilestone, insertProject, insertTenant } from "@/test/harness/tenants";
import { setupTestDatabase } from "@/test/harness/test-database";
import { bulkCreateTasks } from "./bulk-create";
import { createTask } from "./create-task";
import { bulkCreateSchema, taskCreateSchema, type DuplicateStrategy } from "./schemas";

const t = setupTestDatabase();

let alice: string, bob: string;
beforeAll(async () => {
  alice = await insertTenant(t.db, "alice");
  bob = await insertTenant(t.db, "bob");
});

const bulk = (projectId: string, strategy: DuplicateStrategy, items: Record<string, unknown>[], db = t.db, userId = alice) =>
  bulkCreateTasks(db, userId, projectId, bulkCreateSchema.parse({ tasks: items, duplicate_strategy: strategy }));
const seed = (projectId: string, fields: Record<string, unknown>) => createTask(t.db, alice, projectId, taskCreateSchema.parse(fields)).then((r) => r.task);
const taskCount = async (projectId: string) =>
  ((await t.db.select({ n: count() }).from(tasks).where(eq(tasks.projectId, projectId))) as [{ n: number }])[0].n;
const summary = (outcome: Awaited<ReturnType<typeof bulk>>) => outcome.results.map((r) => [r.index, r.outcome, r.task.title]);

describe("bulk create, duplicate_strategy external_id", () => {
  it("matches stored and earlier external_ids; items without one are always created; results keep request order", async () => {
    const project = await insertProject(t.db, alice);
    const stored = await seed(project, { title: "Stored", external_id: "ext-1" });
    const outcome = await bulk(project, "external_id", [
      { title: "New A", external_id: "ext-2" },
      { title: "Replay of stored", external_id: "ext-1" },
      { title: "No key" },
      { title: "No key" },
      { title: "Repeat of A", external_id: "ext-2" },
    ]);
    expect(summary(outcome)).toEqual([
      [0, "created", "New A"],
      [1, "existing", "Stored"],
      [2, "created", "No key"],
      [3, "created", "No key"],
      [4, "existing", "New A"],
    ]);
    expect(outcome.results[1]!.task.id).toBe(stored.id);
    expect(outcome.results[4]!.task.id).toBe(outcome.results[0]!.task.id);
    expect(outcome.results[2]!.task.id).not.toBe(outcome.results[3]!.task.id);
    expect([outcome.createdCount, outcome.existingCount]).toEqual([3, 2]);
    expect(await taskCount(project)).toBe(4);
  });

  it("replaying the same batch creates nothing and returns the same tasks", async () => {
    const project = await insertProject(t.db, alice);
    const items = Array.from({ length: 50 }, (_, i) => ({ title: `T${i}`, external_id: `k${i}` }));
    const first = await bulk(project, "external_id", items);
    const replay = await bulk(project, "external_id", items);
    expect(first.createdCount).toBe(50);
    expect(replay.existingCount).toBe(50);
    expect(replay.results.map((r) => r.task.id)).toEqual(first.results.map((r) => r.task.id));
    expect(await taskCount(project)).toBe(50);
  });

  it("another tenant's identical external_ids are independent tasks", async () => {
    const mine = await insertProject(t.db, alice);
    const theirs = await insertProject(t.db, bob);
    await bulk(mine, "external_id", [{ title: "Alice", external_id: "same" }]);
    const outcome = await bulk(theirs, "external_id", [{ title: "Bob", external_id: "same" }], t.db, bob);
    expect(summary(outcome)).toEqual([[0, "created", "Bob"]]);
    expect(outcome.results[0]!.task.userId).toBe(bob);
  });
});

describe("bulk create stores every field", () => {
  it("a bulk-created task is the same as a singly created one", async () => {
    const project = await insertProject(t.db, alice);
    const milestone = await insertMilestone(t.db, project);
    const fields = {
      title: "Full",
      description: "All the fields",
      status: "in_progress",
      priority_score: 42,
      platform: "linear",
      milestone_id: milestone,
      schedule: { cron: "15 4 * * 1", timezone: "Europe/Paris", misfire_policy: "run_all" },
      enabled: true,
      handler: { kind: "http", config: { url: "https://example.com/hook", method: "PUT", headers: { Accept: "text/plain" } } },
      timeout_seconds: 90,
      max_attempts: 5,
    };
    const [viaBulk] = (await bulk(project, "none", [{ ...fields, external_id: "full:bulk" }])).results;
    const single = await seed(project, { ...fields, external_id: "full:single" });
    // Each http task gets its own signing secret; everything else is the same.
    const comparable = (row: typeof single) => ({ ...row, id: "", externalId: "", createdAt: null, updatedAt: null, signingSecret: "" });
    expect(comparable(viaBulk!.task)).toEqual(comparable(single));
    expect(viaBulk!.task.signingSecret).toMatch(/^whsec_/);
    expect(viaBulk!.task.signingSecret).not.toBe(single.signingSecret);
    expect(viaBulk!.task.nextRunAt).toBeInstanceOf(Date);
    expect(viaBulk!.task.handlerConfig).toEqual({ url: "https://example.com/hook", method: "PUT", headers: { Accept: "text/plain" } });
  });
});

describe("bulk create keeps request order", () => {
  it("a batch's created_at follows request order, so newest-first lists it last item first", async () => {
    const project = await insertProject(t.db, alice);
    await bulk(project, "none", ["First", "Second", "Third", "Fourth"].map((title) => ({ title })));
    const rows = await t.db.select().from(tasks).where(eq(tasks.projectId, project)).orderBy(desc(tasks.createdAt));
    expect(rows.map((r) => r.title)).toEqual(["Fourth", "Third", "Second", "First"]);
  });
});

describe("bulk create, duplicate_strategy title", () => {
  it("matches lower(title) among stored tasks of any milestone and among earlier items", async () => {
    const project = await insertProject(t.db, alice);
    const milestone = await insertMilestone(t.db, project);
    const stored = await seed(project, { title: "Deploy", milestone_id: milestone });
    const outcome = await bulk(project, "title", [
      { title: "DEPLOY" },
      { title: "Review" },
      { title: "review" },
      { title: "Ship" },
    ]);
    expect(summary(outcome)).toEqual([
      [0, "existing", "Deploy"],
      [1, "created", "Review"],
      [2, "existing", "Review"],
      [3, "created", "Ship"],
    ]);
    expect(outcome.results[0]!.task.id).toBe(stored.id);
  });

  it("still honours external_id uniqueness: a taken external_id is existing even under a new title", async () => {
    const project = await insertProject(t.db, alice);
    await seed(project, { title: "Owner of k", external_id: "k" });
    const outcome = await bulk(project, "title", [
      { title: "Brand new", external_id: "k" },
      { title: "Fresh", external_id: "j" },
      { title: "Fresher", external_id: "j" },
    ]);
    expect(summary(outcome)).toEqual([
      [0, "existing", "Owner of k"],
      [1, "created", "Fresh"],
      [2, "existing", "Fresh"],
    ]);
  });
});

describe("bulk create, duplicate_strategy title_and_milestone", () => {
  it("matches lower(title) within the same milestone, no milestone matching no milestone", async () => {
    const project = await insertProject(t.db, alice);
    const m1 = await insertMilestone(t.db, project, "M1");
    const m2 = await insertMilestone(t.db, project, "M2");
    await seed(project, { title: "Test", milestone_id: m1 });
    await seed(project, { title: "Loose" });
    const outcome = await bulk(project, "title_and_milestone", [
      { title: "test", milestone_id: m1 },
      { title: "Test", milestone_id: m2 },
      { title: "TEST", milestone_id: m2 },
      { title: "loose" },
      { title: "Loose", milestone_id: m1 },
    ]);
    expect(outcome.results.map((r) => r.outcome)).toEqual(["existing", "created", "existing", "existing", "created"]);
    expect(outcome.results[2]!.task.id).toBe(outcome.results[1]!.task.id);
    expect(outcome.results[1]!.task.milestoneId).toBe(m2);
  });
});

describe("bulk create, duplicate_strategy none", () => {
  it("always creates, except that a taken or repeated external_id is existing", async () => {
    const project = await insertProject(t.db, alice);
    await seed(project, { title: "Same", external_id: "x" });
    const outcome = await bulk(project, "none", [
      { title: "Same" },
      { title: "Same" },
      { title: "Other", external_id: "x" },
      { title: "Keyed", external_id: "y" },
      { title: "Keyed again", external_id: "y" },
    ]);
    expect(outcome.results.map((r) => r.outcome)).toEqual(["created", "created", "existing", "created", "existing"]);
    expect(await taskCount(project)).toBe(4);
  });
});

describe("bulk create, all or nothing", () => {
  it("a milestone of another project is a 400 naming the item, and nothing is written", async () => {
    const project = await insertProject(t.db, alice);
    const elsewhere = await insertMilestone(t.db, await insertProject(t.db, alice, "Elsewhere"));
    const items = Array.from({ length: 5 }, (_, i) => ({ title: `T${i}`, ...(i === 3 ? { milestone_id: elsewhere } : {}) }));
    const error = await bulk(project, "none", items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors?.map((e) => e.path)).toEqual(["tasks[3].milestone_id"]);
    expect(await taskCount(project)).toBe(0);
  });

  it("another tenant's project is not found and gets nothing", async () => {
    const theirs = await insertProject(t.db, bob);
    await expect(bulk(theirs, "none", [{ title: "Intruder" }])).rejects.toThrow(NotFoundError);
    expect(await taskCount(theirs)).toBe(0);
  });

  it("runs a handful of statements whatever the batch size", async () => {
    const project = await insertProject(t.db, alice);
    const statements: string[] = [];
    const counted = t.open(1, { onQuery: (q) => statements.push(q) });
    const items = Array.from({ length: 1000 }, (_, i) => ({ title: `Task ${i % 700}`, external_id: i % 3 === 0 ? `e${i % 500}` : undefined }));
    const outcome = await bulk(project, "title", items, counted.db);
    expect(outcome.results).toHaveLength(1000);
    // begin, lock the project, match every item, insert every new task, read back the existing ones, commit
    // (the milestone check is skipped: no item names one).
    const kinds = statements.map((q) => q.trim().split(/\s+/)[0]!.toLowerCase());
    expect(kinds).toEqual(["begin", "select", "select", "insert", "select", "commit"]);
  });
});

describe("bulk create under concurrency", () => {
  it.each(["title", "title_and_milestone"] as const)("two bulk requests racing on the same titles under %s create each title once", async (strategy) => {
    const project = await insertProject(t.db, alice);
    const [p1, p2] = [t.open(2), t.open(2)];
    const items = Array.from({ length: 200 }, (_, i) => ({ title: `Race ${i}` }));
    const [a, b] = await Promise.all([bulk(project, strategy, items, p1.db), bulk(project, strategy, items, p2.db)]);
    expect(a.createdCount + b.createdCount).toBe(200);
    expect(await taskCount(project)).toBe(200);
    expect(b.results.map((r) => r.task.id)).toEqual(a.results.map((r) => r.task.id));
  });

  it("bulk and single creates racing on the same external_ids leave one task per key, and every answer names it", async () => {
    const project = await insertProject(t.db, alice);
    const pool = t.open(12);
    const keys = Array.from({ length: 100 }, (_, i) => `race-${i}`);
    const singles = keys.map((key) => createTask(pool.db, alice, project, taskCreateSchema.parse({ title: `Single ${key}`, external_id: key })));
    const batch = bulk(project, "external_id", keys.map((key) => ({ title: `Bulk ${key}`, external_id: key })), pool.db);
    const [bulkOutcome, ...singleOutcomes] = await Promise.all([batch, ...singles]);
    expect(await taskCount(project)).toBe(100);
    const stored = new Map((await t.db.select().from(tasks).where(eq(tasks.projectId, project))).map((r) => [r.externalId, r.id]));
    bulkOutcome.results.forEach((r, i) => expect(r.task.id).toBe(stored.get(keys[i]!)));
    singleOutcomes.forEach((o, i) => expect(o.task.id).toBe(stored.get(keys[i]!)));
    expect(bulkOutcome.createdCount + singleOutcomes.filter((o) => o.created).length).toBe(100);
  });
});
