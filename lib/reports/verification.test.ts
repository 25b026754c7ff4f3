// scripts/sql/report_data_weeks_execution_id_verification.sql, run by psql as an operator would, against the
// migrated schema and a known data set: its checks pass, and its figures are the ones the backfill report and the
// admin page show (lib/reports/verification.sql.ts, whose statements the file holds word for word).
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/harness/test-database";
import { insertTenant } from "@/test/harness/tenants";
import { executionIdSchemaCheck, POPULATION_BY_DAY_SQL, POPULATION_SQL, SCHEMA_CHECK_SQL, weekPopulation, weekPopulationByDay } from "./verification.sql";

const FILE = "scripts/sql/report_data_weeks_execution_id_verification.sql";
const t = setupTestDatabase();

// The first column of each result the file prints, in order (check 1 prints nothing).
const RESULT_HEADS = ["data_type", "total_weeks", "written_on", "id"];

/** psql --csv prints each result as a header line and its rows: the result whose header starts with `firstColumn`. */
function section(output: string, firstColumn: string): string[][] {
  const lines = output.trim().split("\n");
  const start = lines.findIndex((line) => line.startsWith(`${firstColumn},`));
  if (start < 0) throw new Error(`no result starting with ${firstColumn} in:\n${output}`);
  const header = lines[start]!.split(",");
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    const cells = line.split(",");
    if (RESULT_HEADS.includes(cells[0]!) && cells.length > 1 && cells[1]!.match(/^[a-z_]+$/)) break;
    rows.push(cells);
  }
  return [header, ...rows];
}

async function runPsql(): Promise<string> {
  const { stdout } = await promisify(execFile)("psql", [t.url, "-X", "-q", "--csv", "-v", "ON_ERROR_STOP=1", "-f", FILE], { env: { ...process.env, PGCONNECT_TIMEOUT: "10" } });
  return stdout;
}

beforeAll(async () => {
  await insertTenant(t.db, "tenant-a");
  await t.db.execute(sql`
    with c as (insert into report_data_collections (user_id, name, start_date, end_date) values ('tenant-a', 'C', '2026-01-05', '2026-03-01') returning id),
         e as (insert into workflow_executions (user_id, kind, status, collection_id) select 'tenant-a', 'report_collection', 'succeeded', id from c returning id)
    insert into report_data_weeks (collection_id, week_start_date, week_end_date, status, execution_id, updated_at)
    select c.id, date '2026-01-05' + 7 * i, date '2026-01-11' + 7 * i, 'completed',
           case when i < 6 then e.id end,
           case when i < 6 then now() - interval '1 hour' else now() - interval '30 days' end
    from c, e, generate_series(0, 7) as i`);
});

describe("the execution_id verification script", () => {
  it("holds the same statements as the backfill report and the admin page", async () => {
    const file = await readFile(FILE, "utf8");
    for (const statement of [SCHEMA_CHECK_SQL, POPULATION_SQL, POPULATION_BY_DAY_SQL]) expect(file).toContain(statement);
  });

  it("runs with psql: the column is a nullable uuid with a validated ON DELETE SET NULL foreign key", async () => {
    const output = await runPsql();
    const [header, row] = section(output, "data_type");
    expect(Object.fromEntries(header!.map((name, i) => [name, row![i]]))).toEqual({
      data_type: "uuid",
      is_nullable: "YES",
      column_default: "",
      foreign_key: "fk_report_data_weeks_execution_id",
      references_table: "workflow_executions",
      on_delete: "SET NULL",
      validated: "t",
    });
    expect(await executionIdSchemaCheck(t.db)).toEqual({
      data_type: "uuid",
      is_nullable: "YES",
      column_default: null,
      foreign_key: "fk_report_data_weeks_execution_id",
      references_table: "workflow_executions",
      on_delete: "SET NULL",
      validated: true,
    });
  });

  it("gives the population figures the API gives: overall, and 100 % for the weeks written in the last 7 days", async () => {
    const output = await runPsql();
    const [header, row] = section(output, "total_weeks");
    expect(header).toEqual(["total_weeks", "weeks_with_execution_id", "population_percentage", "dangling_execution_ids"]);
    const population = await weekPopulation(t.db);
    expect(population).toEqual({ total_weeks: 8, weeks_with_execution_id: 6, population_percentage: 75, dangling_execution_ids: 0 });
    expect(row!.map(Number)).toEqual([8, 6, 75, 0]);

    const [dayHeader, ...days] = section(output, "written_on");
    expect(dayHeader).toEqual(["written_on", "total_weeks", "weeks_with_execution_id", "population_percentage"]);
    const byDay = await weekPopulationByDay(t.db);
    expect(byDay).toHaveLength(1);
    expect(byDay[0]).toMatchObject({ total_weeks: 6, weeks_with_execution_id: 6, population_percentage: 100 });
    expect(days.map((d) => [d[0], ...d.slice(1).map(Number)])).toEqual(byDay.map((d) => [d.written_on, d.total_weeks, d.weeks_with_execution_id, d.population_percentage]));
  });

  it("stops with an error when execution_id is not a uuid", async () => {
    // A throwaway schema whose report_data_weeks has the wrong type: psql must exit non-zero on check 1.
    await t.db.execute(sql`create schema if not exists broken; create table if not exists broken.report_data_weeks (execution_id text)`);
    const psql = promisify(execFile)("psql", [t.url, "-X", "-q", "--csv", "-v", "ON_ERROR_STOP=1", "-c", "set search_path = broken", "-f", FILE]);
    await expect(psql).rejects.toMatchObject({ stderr: expect.stringContaining("execution_id is text (nullable: YES), expected uuid, nullable") });
    await t.db.execute(sql`drop schema broken cascade`);
  });
});
