// The leader lease (seed 001, P1.A): one row, one statement per decision, timed by the database's now() —
// never by this process's clock, which may be wrong or paused. No session advisory locks: they do not survive
// Neon's transaction pooler.
//
// Guarantees, and why they hold:
// - At most one holder per epoch. Taking the lease is an INSERT … ON CONFLICT DO UPDATE: Postgres locks the
//   row and re-checks the WHERE (holder is me, or the lease has expired) against its latest committed version,
//   so of two instances racing for an expired lease, the second sees the first's fresh lease and gets nothing.
// - Every takeover raises the epoch by one, and only a takeover does: a holder renewing its live lease keeps
//   its epoch. Writes made for the schedule carry the epoch they were decided under and check it
//   (leaseFence below), so a leader that stalled past its lease and wakes up writes nothing.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

export const LEASE_NAME = "scheduler";

export interface LeaseOutcome {
  leader: boolean;
  /** The current epoch: ours when leader, the holder's otherwise (null before anyone ever led). */
  epoch: number | null;
  /** True when this call took the lease (first leader or takeover), false when it renewed or lost. */
  changed: boolean;
}

/** Takes or renews the lease for `holder`; a live lease of someone else leaves this call a non-leader. */
export async function acquireLease(db: Db, holder: string, leaseMs: number): Promise<LeaseOutcome> {
  const result = await db.execute<{ leader: boolean; epoch: string | number | null; changed: boolean }>(sql`
    with previous as (
      select holder, epoch from scheduler_leases where name = ${LEASE_NAME}
    ), taken as (
      insert into scheduler_leases as l (name, holder, epoch, acquired_at, expires_at, last_tick_at)
      values (${LEASE_NAME}, ${holder}, 1, now(), now() + ${leaseMs} * interval '1 millisecond', now())
      on conflict (name) do update set
        epoch = case when l.holder = excluded.holder and l.expires_at > now() then l.epoch else l.epoch + 1 end,
        acquired_at = case when l.holder = excluded.holder and l.expires_at > now() then l.acquired_at else now() end,
        holder = excluded.holder,
        expires_at = excluded.expires_at,
        last_tick_at = now()
      where l.holder = excluded.holder or l.expires_at <= now()
      returning l.epoch, l.acquired_at = now() as changed
    ), announced as (
      insert into scheduler_events (type, epoch, detail)
      select 'leader_changed', taken.epoch,
             jsonb_build_object('holder', ${holder}::text, 'previous_holder', (select holder from previous), 'previous_epoch', (select epoch from previous))
      from taken where taken.changed
    )
    select true as leader, epoch, changed from taken
    union all
    select false, epoch, false from previous where not exists (select 1 from taken)
  `);
  const row = result.rows[0];
  // No row: the lease was created by a racing instance after this statement's snapshot; read who holds it.
  if (!row) return { leader: false, epoch: (await readLease(db))?.epoch ?? null, changed: false };
  return { leader: row.leader, epoch: row.epoch == null ? null : Number(row.epoch), changed: row.changed };
}

/** Extends a lease still held by `holder` at `epoch`; false when it has expired or changed hands. */
export async function renewLease(db: Db, holder: string, epoch: number, leaseMs: number): Promise<boolean> {
  const result = await db.execute(sql`
    update scheduler_leases set expires_at = now() + ${leaseMs} * interval '1 millisecond'
    where name = ${LEASE_NAME} and holder = ${holder} and epoch = ${epoch} and expires_at > now()
  `);
  return (result.rowCount ?? 0) === 1;
}

/**
 * Records the duration of a tick the holder finished as leader (epoch-fenced: a leader that lost the lease
 * meanwhile records nothing over its successor's figures).
 */
export async function recordTickDuration(db: Db, holder: string, epoch: number, durationMs: number, budgetMs: number): Promise<void> {
  await db.execute(sql`
    update scheduler_leases set last_tick_duration_ms = ${durationMs}, last_tick_budget_ms = ${budgetMs}
    where name = ${LEASE_NAME} and holder = ${holder} and epoch = ${epoch}
  `);
}

export interface LeaseState {
  holder: string;
  epoch: number;
  expiresAt: Date;
  lastTickAt: Date;
  /** Whether the lease is live at the database's now(): an expired one means nobody leads right now. */
  live: boolean;
}

/** The lease as it stands (read-only): health, the dashboard and the tick's answer use it. */
export async function readLease(db: Db): Promise<LeaseState | null> {
  const result = await db.execute<{ holder: string; epoch: string | number; expires_at: string | Date; last_tick_at: string | Date; live: boolean }>(sql`
    select holder, epoch, expires_at, last_tick_at, expires_at > now() as live from scheduler_leases where name = ${LEASE_NAME}
  `);
  const row = result.rows[0];
  if (!row) return null;
  return { holder: row.holder, epoch: Number(row.epoch), expiresAt: new Date(row.expires_at), lastTickAt: new Date(row.last_tick_at), live: row.live };
}

/**
 * The fence every schedule write joins on: the lease row, still held by this holder at this epoch and not
 * expired, locked FOR SHARE so that a takeover waits until the write has committed (and a write that comes
 * after a takeover sees the new epoch and matches nothing).
 */
export function leaseFence(holder: string, epoch: number) {
  return sql`select 1 from scheduler_leases
    where name = ${LEASE_NAME} and holder = ${holder} and epoch = ${epoch} and expires_at > now()
    for share`;
}
