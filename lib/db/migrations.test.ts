import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import journal from "@/migrations/meta/_journal.json";
import { setupTestDatabase } from "@/test/harness/test-database";
import { applyMigrations, migrationStatus } from "./migrations";

describe("migrations", () => {
  const t = setupTestDatabase();

  it("report every journal entry as applied on a migrated database", async () => {
    expect(await migrationStatus(t.db)).toEqual({ applied: journal.entries.length, pending: 0 });
  });

  it("are safe to apply twice: the second run changes nothing", async () => {
    const database = t.open(1);
    await applyMigrations(database);
    await applyMigrations(database);
    expect(await migrationStatus(t.db)).toEqual({ applied: journal.entries.length, pending: 0 });
  });

  it("count as all pending on a database that has never been migrated", async () => {
    await t.db.execute(sql`drop schema drizzle cascade`);
    expect(await migrationStatus(t.db)).toEqual({ applied: 0, pending: journal.entries.length });
  });

  it("have names that say what they do", () => {
    for (const entry of journal.entries) expect(entry.tag).toMatch(/^\d{4}_[a-z]+(_[a-z0-9]+)+$/);
  });
});
