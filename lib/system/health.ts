// GET /api/health: is the database reachable, on which driver, and is its schema up to date. Reads only.
import { sql } from "drizzle-orm";
import type { Db, DbDriver } from "@/lib/db/connect";
import { migrationStatus } from "@/lib/db/migrations";

export interface HealthReport {
  ok: boolean;
  db: { driver: DbDriver; embedded: boolean; migrations: number; pending: number };
  scheduler: { leader: string | null; last_tick_at: string | null };
}

export async function checkHealth(db: Db, info: { driver: DbDriver; embedded: boolean }): Promise<HealthReport> {
  await db.execute(sql`select 1`);
  const { applied, pending } = await migrationStatus(db);
  return {
    ok: pending === 0,
    db: { ...info, migrations: applied, pending },
    // The scheduler (its leader lease and ticks) arrives with its own tables; until then nobody leads.
    scheduler: { leader: null, last_tick_at: null },
  };
}
