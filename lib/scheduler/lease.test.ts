// The leader lease and its fencing epoch, against real Postgres: one leader at a time, a takeover only after
// expiry (by the database clock), the epoch up by one per takeover, and a stale leader's writes refused.
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/harness/test-database";
import { insertProject, insertTenant } from "@/test/harness/tenants";
import { insertTasks } from "@/test/harness/scheduled-tasks";
import { claimRuns } from "./claim.sql";
import { acquireLease, readLease, renewLease } from "./lease.sql";
import { selectDueTasks, writePlans } from "./plan.sql";
import { planSlots } from "./plan";

const t = setupTestDatabase();

const expireLease = () => t.db.execute(sql`update scheduler_leases set expires_at = now() - interval '1 second'`);

describe("leader lease", () => {
  beforeEach(async () => {
    await t.db.execute(sql`truncate scheduler_leases, scheduler_events, task_execution_logs, tasks, projects, "user" cascade`);
  });

  it("of 20 instances racing for a free lease, exactly one leads, at epoch 1", async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => acquireLease(t.db, `instance-${i}`, 30_000)));
    expect(outcomes.filter((o) => o.leader)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.epoch))).toEqual(new Set([1]));
    const events = await t.db.execute(sql`select type, epoch::int from scheduler_events`);
    expect(events.rows).toEqual([{ type: "leader_changed", epoch: 1 }]);
  });

  it("the holder renews without changing the epoch; others are refused while it is live", async () => {
    expect(await acquireLease(t.db, "a", 30_000)).toEqual({ leader: true, epoch: 1, changed: true });
    expect(await acquireLease(t.db, "a", 30_000)).toEqual({ leader: true, epoch: 1, changed: false });
    expect(await acquireLease(t.db, "b", 30_000)).toEqual({ leader: false, epoch: 1, changed: false });
    expect(await renewLease(t.db, "a", 1, 30_000)).toBe(true);
    expect(await renewLease(t.db, "b", 1, 30_000)).toBe(false);
  });

  it("an expired lease is taken over with the epoch raised by one, and the old holder cannot renew it", async () => {
    await acquireLease(t.db, "a", 30_000);
    await expireLease();
    const racers = await Promise.all(["b", "c", "d"].map((h) => acquireLease(t.db, h, 30_000)));
    expect(racers.filter((o) => o.leader)).toHaveLength(1);
    expect(racers.find((o) => o.leader)!.epoch).toBe(2);
    expect(await renewLease(t.db, "a", 1, 30_000)).toBe(false);
    expect(await acquireLease(t.db, "a", 30_000)).toMatchObject({ leader: false, epoch: 2 });
    const lease = await readLease(t.db);
    expect(lease).toMatchObject({ epoch: 2, live: true });
  });

  it("the holder that lets its lease lapse comes back under a new epoch", async () => {
    await acquireLease(t.db, "a", 30_000);
    await expireLease();
    expect(await acquireLease(t.db, "a", 30_000)).toEqual({ leader: true, epoch: 2, changed: true });
  });

  it("a stale leader (old epoch) writes 0 rows: no runs planned, no next_run_at advanced, no run claimed", async () => {
    const user = await insertTenant(t.db, "stale-user");
    const project = await insertProject(t.db, user);
    await insertTasks(t.db, user, project, { count: 5, nextRunAt: "date_trunc('minute', now())" });
    await acquireLease(t.db, "old", 30_000); // epoch 1
    const { now, tasks } = await selectDueTasks(t.db, 100);
    const plans = tasks.map((task) => ({ task, ...planSlots(task, now, 90_000), event: null }));
    // The old leader stalls past its lease; another instance takes over (epoch 2) before the plan is written.
    await expireLease();
    await acquireLease(t.db, "new", 30_000);
    const before = await t.db.execute(sql`select id, next_run_at from tasks order by id`);
    expect(await writePlans(t.db, { holder: "old", epoch: 1 }, plans)).toEqual({ advanced: 0, queued: 0, skippedEvents: 0 });
    expect((await t.db.execute(sql`select id, next_run_at from tasks order by id`)).rows).toEqual(before.rows);
    expect((await t.db.execute(sql`select count(*)::int as n from task_execution_logs`)).rows[0]).toEqual({ n: 0 });

    // The current leader's plan is written; the stale one still cannot claim what it queued.
    expect(await writePlans(t.db, { holder: "new", epoch: 2 }, plans)).toMatchObject({ advanced: 5, queued: 5 });
    expect(await claimRuns(t.db, { holder: "old", epoch: 1 }, { limit: 100, leaseGraceMs: 0 })).toEqual([]);
    expect(await claimRuns(t.db, { holder: "new", epoch: 2 }, { limit: 100, leaseGraceMs: 0 })).toHaveLength(5);
  });
});
