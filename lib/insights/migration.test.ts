// Seed 001's migration 008 (migrations/0014) applied the way it meets production: to a platform_insights that
// has existed without a unique key (0013) and holds duplicates. It keeps the newest row of each (user,
// platform), says how many it removed, and adds UNIQUE (user_id, platform).
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { setupMigratedTo } from "@/test/harness/migrated-to";
import { insertTenant } from "@/test/harness/tenants";

const WITHOUT_UNIQUE_KEY = "0013_create_platform_insights";

const databaseMigratedTo = setupMigratedTo();

describe("migration 0014: platform_insights duplicates removed, then UNIQUE (user_id, platform)", () => {
  it("keeps the newest row of each (user, platform), reports how many it removed, and refuses new duplicates", async () => {
    const notices: string[] = [];
    const database = await databaseMigratedTo(WITHOUT_UNIQUE_KEY, { onNotice: (message) => notices.push(message) });
    const { db } = database;
    const alice = await insertTenant(db, "alice");
    const bob = await insertTenant(db, "bob");
    // alice/github three times (the newest has runs_7d 30), alice/linear twice with the same computed_at
    // (the higher id wins), bob/github once: 3 duplicates.
    await db.execute(sql`
      insert into platform_insights (id, user_id, platform, tasks, runs_7d, computed_at) values
        ('00000000-0000-0000-0000-000000000001', ${alice}, 'github', 1, 10, now() - interval '2 hours'),
        ('00000000-0000-0000-0000-000000000002', ${alice}, 'github', 1, 30, now() - interval '5 minutes'),
        ('00000000-0000-0000-0000-000000000003', ${alice}, 'github', 1, 20, now() - interval '1 hour'),
        ('00000000-0000-0000-0000-000000000004', ${alice}, 'linear', 2, 5, '2026-11-01T00:00Z'),
        ('00000000-0000-0000-0000-000000000005', ${alice}, 'linear', 2, 6, '2026-11-01T00:00Z'),
        ('00000000-0000-0000-0000-000000000006', ${bob}, 'github', 4, 40, now())
    `);

    await applyMigrations(database);

    const rows = await db.execute<{ id: string; user_id: string; platform: string; runs_7d: number }>(
      sql`select id, user_id, platform, runs_7d from platform_insights order by user_id, platform`,
    );
    expect(rows.rows).toEqual([
      { id: "00000000-0000-0000-0000-000000000002", user_id: alice, platform: "github", runs_7d: 30 },
      { id: "00000000-0000-0000-0000-000000000005", user_id: alice, platform: "linear", runs_7d: 6 },
      { id: "00000000-0000-0000-0000-000000000006", user_id: bob, platform: "github", runs_7d: 40 },
    ]);
    expect(notices).toContain("platform_insights: removed 3 duplicate row(s), kept the newest of each (user_id, platform)");

    const constraint = await db.execute<{ def: string }>(
      sql`select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'platform_insights_user_id_platform_key'`,
    );
    expect(constraint.rows).toEqual([{ def: "UNIQUE (user_id, platform)" }]);
    await expect(db.execute(sql`insert into platform_insights (user_id, platform) values (${bob}, 'github')`)).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "23505" }),
    });
  });

  it("on a table without duplicates it removes nothing and says so", async () => {
    const notices: string[] = [];
    const database = await databaseMigratedTo(WITHOUT_UNIQUE_KEY, { onNotice: (message) => notices.push(message) });
    const alice = await insertTenant(database.db, "alice");
    await database.db.execute(sql`insert into platform_insights (user_id, platform, tasks) values (${alice}, 'github', 1), (${alice}, 'linear', 1)`);
    await applyMigrations(database);
    expect(notices).toContain("platform_insights: removed 0 duplicate row(s), kept the newest of each (user_id, platform)");
    const count = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from platform_insights`);
    expect(count.rows[0]!.n).toBe(2);
  });
});
