// GET /api/health: is the database reachable, on which driver, and is its schema up to date. Reads only.
import { sql } from "drizzle-orm";
import type { Db, DbDriver } from "@/lib/db/connect";
import { migrationStatus } from "@/lib/db/migrations";
import { readLease } from "@/lib/scheduler";

export interface HealthReport {
  ok: boolean;
  db: { driver: DbDriver; embedded: boolean; migrations: number; pending: number };
  scheduler: { leader: string | null; last_tick_at: string | null };
}

export async function checkHealth(db: Db, info: { driver: DbDriver; embedded: boolean }): Promise<HealthReport> {
  await db.execute(sql`select 1`);
  const { applied, pending } = await migrationStatus(db);
  // Before the scheduler's migration is applied there is no lease table to read: nobody leads yet.
  const lease = pending === 0 ? await readLease(db) : null;
  return {
    ok: pending === 0,
    db: { ...info, migrations: applied, pending },
    scheduler: { leader: lease?.live ? lease.holder : null, last_tick_at: lease?.lastTickAt.toISOString() ?? null },
  };
}
