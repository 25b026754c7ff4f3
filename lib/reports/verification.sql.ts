// Verification of report_data_weeks.execution_id (seed 002), as read-only statements. The same statements are in
// scripts/sql/report_data_weeks_execution_id_verification.sql, for psql; lib/reports/verification.test.ts runs
// that file with psql and checks that it gives the figures these functions give, and that it holds these texts.
// A week is "written" when its row was last written: updated_at (created_at for rows that never had one).
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

/** Population overall: GET /api/admin/backfill-report's report_data_weeks section. */
export const POPULATION_SQL = `select
  count(*)::int as total_weeks,
  count(w.execution_id)::int as weeks_with_execution_id,
  round(count(w.execution_id)::numeric / nullif(count(*), 0)::numeric * 100, 2)::float8 as population_percentage,
  count(*) filter (where w.execution_id is not null and we.id is null)::int as dangling_execution_ids
from report_data_weeks as w
left join workflow_executions as we on we.id = w.execution_id`;

/** Population per day over the last 7 days (UTC), newest first. */
export const POPULATION_BY_DAY_SQL = `select
  (coalesce(w.updated_at, w.created_at) at time zone 'UTC')::date::text as written_on,
  count(*)::int as total_weeks,
  count(w.execution_id)::int as weeks_with_execution_id,
  round(count(w.execution_id)::numeric / count(*)::numeric * 100, 2)::float8 as population_percentage
from report_data_weeks as w
where coalesce(w.updated_at, w.created_at) >= (now() at time zone 'UTC')::date - interval '7 days'
group by 1
order by 1 desc`;

/** The execution_id column and its foreign key, as the catalog has them. */
export const SCHEMA_CHECK_SQL = `select
  c.data_type,
  c.is_nullable,
  c.column_default,
  fk.conname as foreign_key,
  fk.confrelid::regclass::text as references_table,
  case fk.confdeltype when 'n' then 'SET NULL' when 'c' then 'CASCADE' when 'r' then 'RESTRICT' when 'a' then 'NO ACTION' when 'd' then 'SET DEFAULT' end as on_delete,
  fk.convalidated as validated
from information_schema.columns as c
left join pg_constraint as fk
  on fk.conrelid = 'report_data_weeks'::regclass and fk.contype = 'f'
  and fk.conkey = array[(select attnum from pg_attribute where attrelid = 'report_data_weeks'::regclass and attname = 'execution_id')]
where c.table_schema = current_schema() and c.table_name = 'report_data_weeks' and c.column_name = 'execution_id'`;

export type WeekPopulation = {
  total_weeks: number;
  weeks_with_execution_id: number;
  /** Null when there are no weeks at all: 0 % would look measured. */
  population_percentage: number | null;
  dangling_execution_ids: number;
};

export type DailyPopulation = {
  written_on: string;
  total_weeks: number;
  weeks_with_execution_id: number;
  population_percentage: number;
};

export type ExecutionIdSchemaCheck = {
  data_type: string;
  is_nullable: string;
  column_default: string | null;
  foreign_key: string | null;
  references_table: string | null;
  on_delete: string | null;
  validated: boolean | null;
};

export async function weekPopulation(db: Db): Promise<WeekPopulation> {
  const result = await db.execute<WeekPopulation>(sql.raw(POPULATION_SQL));
  const row = result.rows[0]!;
  return {
    total_weeks: Number(row.total_weeks),
    weeks_with_execution_id: Number(row.weeks_with_execution_id),
    population_percentage: row.population_percentage === null ? null : Number(row.population_percentage),
    dangling_execution_ids: Number(row.dangling_execution_ids),
  };
}

export async function weekPopulationByDay(db: Db): Promise<DailyPopulation[]> {
  const result = await db.execute<DailyPopulation>(sql.raw(POPULATION_BY_DAY_SQL));
  return result.rows.map((r) => ({
    written_on: r.written_on,
    total_weeks: Number(r.total_weeks),
    weeks_with_execution_id: Number(r.weeks_with_execution_id),
    population_percentage: Number(r.population_percentage),
  }));
}

export async function executionIdSchemaCheck(db: Db): Promise<ExecutionIdSchemaCheck | null> {
  const result = await db.execute<ExecutionIdSchemaCheck>(sql.raw(SCHEMA_CHECK_SQL));
  return result.rows[0] ?? null;
}
