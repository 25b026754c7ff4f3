// Killing a connection mid-statement, deterministically: hold a row lock so that the statement under test
// waits on it, then pg_terminate_backend the backend that waits (the scheduler's "connection killed mid-tick").
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

/** Takes the row lock of `lockQuery` (a SELECT … FOR UPDATE) in a transaction held until `release()`. */
export async function holdRowLock(db: Db, lockQuery: SQL) {
  let release!: () => void;
  let held!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const holding = new Promise<void>((resolve) => (held = resolve));
  const done = db.transaction(async (tx) => {
    await tx.execute(lockQuery);
    held();
    await released;
  });
  await holding;
  return {
    async release() {
      release();
      await done;
    },
  };
}

/** Terminates the backend waiting on a lock while running a statement containing `fragment`; how many were. */
export async function terminateBlockedBackend(db: Db, fragment: string, timeoutMs = 5_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const result = await db.execute<{ killed: boolean }>(sql`
      select pg_terminate_backend(pid) as killed from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock' and query like ${`%${fragment}%`}`);
    const killed = result.rows.filter((r) => r.killed).length;
    if (killed > 0) return killed;
  }
  return 0;
}
