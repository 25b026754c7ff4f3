-- Verification of report_data_weeks.execution_id (seed 002): is every week that Tickboard writes linked to the
-- workflow execution that produced it?
-- Run:   psql "$DATABASE_URL" -X -v ON_ERROR_STOP=1 -f scripts/sql/report_data_weeks_execution_id_verification.sql
-- Read-only. GET /api/admin/backfill-report (report_data_weeks) and the admin page compute the same figures with
-- the same statements (lib/reports/verification.sql.ts; lib/reports/verification.test.ts runs this file).
-- Go: check 1 passes; check 2 shows the foreign key, ON DELETE SET NULL, validated; check 4 shows 100 % for every
--     day since execution tracking; check 5 and dangling_execution_ids are 0.
-- Below 100 % overall (check 3): weeks written before execution tracking. POST /api/admin/reconcile/report-execution-links
--     links each one that exactly one execution of its collection covers (the week inside the execution's range,
--     written while it ran); the others stay NULL and are counted as unresolved: no record says who wrote them.

-- 1. The column: uuid and nullable (NULL stays allowed for weeks written before tracking). Stops here if not.
DO $$
DECLARE col_type text; col_nullable text;
BEGIN
  SELECT data_type, is_nullable INTO col_type, col_nullable
  FROM information_schema.columns
  WHERE table_schema = current_schema() AND table_name = 'report_data_weeks' AND column_name = 'execution_id';
  IF col_type IS NULL THEN
    RAISE EXCEPTION 'report_data_weeks.execution_id does not exist';
  END IF;
  IF col_type <> 'uuid' OR col_nullable <> 'YES' THEN
    RAISE EXCEPTION 'report_data_weeks.execution_id is % (nullable: %), expected uuid, nullable', col_type, col_nullable;
  END IF;
  RAISE NOTICE 'execution_id column: uuid, nullable';
END $$;

-- 2. The column and its foreign key to workflow_executions (expected: ON DELETE SET NULL, validated).
select
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
where c.table_schema = current_schema() and c.table_name = 'report_data_weeks' and c.column_name = 'execution_id';

-- 3. Population overall, and execution ids that point nowhere.
select
  count(*)::int as total_weeks,
  count(w.execution_id)::int as weeks_with_execution_id,
  round(count(w.execution_id)::numeric / nullif(count(*), 0)::numeric * 100, 2)::float8 as population_percentage,
  count(*) filter (where w.execution_id is not null and we.id is null)::int as dangling_execution_ids
from report_data_weeks as w
left join workflow_executions as we on we.id = w.execution_id;

-- 4. Population per day written, last 7 days (UTC).
select
  (coalesce(w.updated_at, w.created_at) at time zone 'UTC')::date::text as written_on,
  count(*)::int as total_weeks,
  count(w.execution_id)::int as weeks_with_execution_id,
  round(count(w.execution_id)::numeric / count(*)::numeric * 100, 2)::float8 as population_percentage
from report_data_weeks as w
where coalesce(w.updated_at, w.created_at) >= (now() at time zone 'UTC')::date - interval '7 days'
group by 1
order by 1 desc;

-- 5. A sample of execution ids that point nowhere (expected: none; the foreign key prevents new ones).
select w.id, w.collection_id, w.week_start_date, w.execution_id
from report_data_weeks as w
left join workflow_executions as we on we.id = w.execution_id
where w.execution_id is not null and we.id is null
order by w.updated_at desc nulls last
limit 10;
