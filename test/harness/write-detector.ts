// Detects row writes to any table around a call: "GET never writes" made checkable.
// Installs (test databases only) an AFTER INSERT/UPDATE/DELETE trigger on every table of the public schema
// that records the table and operation in test_write_log.writes. Triggers fire inside the writing
// transaction, so a committed write is always seen. Better Auth's session refresh and rate-limit counters
// are bookkeeping, not data, and are ignored.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

const IGNORED_TABLES = new Set(["session", "rate_limit"]);

export interface RowWrite {
  table: string;
  op: string;
}

export async function installWriteDetector(db: Db) {
  await db.execute(sql.raw(`
    create schema if not exists test_write_log;
    create unlogged table if not exists test_write_log.writes (id bigserial primary key, table_name text not null, op text not null);
    create or replace function test_write_log.record() returns trigger language plpgsql as $$
    begin
      insert into test_write_log.writes (table_name, op) values (tg_table_name, tg_op);
      return null;
    end $$;
    do $$
    declare t record;
    begin
      for t in select tablename from pg_tables where schemaname = 'public' loop
        execute format('drop trigger if exists zz_test_write_log on public.%I', t.tablename);
        execute format('create trigger zz_test_write_log after insert or update or delete on public.%I for each row execute function test_write_log.record()', t.tablename);
      end loop;
    end $$;
  `));
}

/** Runs `action` and returns the row writes it caused (ignoring Better Auth's session/rate-limit bookkeeping). */
export async function detectWrites<T>(db: Db, action: () => Promise<T>): Promise<{ result: T; writes: RowWrite[] }> {
  const before = await db.execute<{ last: string }>(sql`select coalesce(max(id), 0)::text as last from test_write_log.writes`);
  const result = await action();
  const after = await db.execute<{ table_name: string; op: string }>(
    sql`select table_name, op from test_write_log.writes where id > ${before.rows[0]?.last ?? "0"}::bigint order by id`,
  );
  const writes = after.rows.filter((w) => !IGNORED_TABLES.has(w.table_name)).map((w) => ({ table: w.table_name, op: w.op }));
  return { result, writes };
}
