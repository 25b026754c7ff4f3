// Applying migrations (scripts, tests) and reporting how many are applied / pending (GET /api/health).
// drizzle's migrator applies all pending migrations in one transaction and records each in
// drizzle.__drizzle_migrations; running it twice applies nothing the second time.
import { sql } from "drizzle-orm";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { NeonDatabase } from "drizzle-orm/neon-serverless";
import journal from "@/migrations/meta/_journal.json";
import type { Database, Db } from "./connect";

export const MIGRATIONS_FOLDER = "migrations";

export async function applyMigrations({ db, driver }: Database, migrationsFolder = MIGRATIONS_FOLDER) {
  if (driver === "neon") await migrateNeon(db as unknown as NeonDatabase, { migrationsFolder });
  else await migratePg(db as unknown as NodePgDatabase, { migrationsFolder });
}

export interface MigrationStatus {
  applied: number;
  pending: number;
}

/** Read-only: compares drizzle's bookkeeping table with the journal shipped in the build. */
export async function migrationStatus(db: Db): Promise<MigrationStatus> {
  const exists = await db.execute<{ present: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists.rows[0]?.present) return { applied: 0, pending: journal.entries.length };
  const result = await db.execute<{ applied: number; last: string | null }>(
    sql`select count(*)::int as applied, max(created_at)::text as last from drizzle.__drizzle_migrations`,
  );
  const applied = result.rows[0]?.applied ?? 0;
  const last = Number(result.rows[0]?.last ?? 0);
  // The migrator treats every journal entry newer than the last applied one as pending; so do we.
  const pending = journal.entries.filter((e) => e.when > last).length;
  return { applied, pending };
}
