// npm run bench:reports — weekly report collections at scale: 1,000,000 runs over 20 tenants (50,000 each,
// spread over a year), one of them legacy-only (rows with only the integer user_id, as imported history has).
// 1. One week of a busy tenant, collected and written (the statement lib/reports/collect-week.sql.ts runs), for a
//    native and a legacy tenant, with its EXPLAIN — the run fails on a Seq Scan of task_execution_logs.
// 2. A whole 52-week collection, end to end (collectReport: every week in its own short transaction).
// 3. The report-execution-links reconcile over 50,000 legacy weeks (half linkable, half ambiguous).
// 4. The verification figures (the backfill report's report_data_weeks section) over those weeks.
// Server-side time, in-process against a real PostgreSQL; no HTTP. Options: --runs N (default 100),
// BENCH_DATABASE_URL=postgres://… to run on another server.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { collectReport, isoWeeksOf, linkLegacyReportWeeks, weekPopulation } from "@/lib/reports";
import { writeCollectedWeek } from "@/lib/reports/collect-week.sql";
import { machine, openBenchDatabase } from "./lib/bench-database";
import { explainFirstStatement } from "./lib/explain";
import { measure, printTable, type Figure } from "./lib/stats";

const { values } = parseArgs({ options: { runs: { type: "string", default: "100" } } });
const RUNS = Number(values.runs);
const TENANTS = 20;
const ROWS = 1_000_000;
const LEGACY_TENANT = "1001";
const LEGACY_WEEKS = 50_000;

const database = await openBenchDatabase();
const { db } = database;
const checks: string[] = [];

try {
  const seedStart = performance.now();
  await seed();
  console.log(`Seeded ${TENANTS} tenants and ${ROWS.toLocaleString("en")} runs over 52 weeks in ${((performance.now() - seedStart) / 1000).toFixed(1)} s.`);
  console.log(`Machine: ${machine(database.serverVersion)}\n`);

  const today = (await db.execute<{ d: string }>(sql`select (now() at time zone 'UTC')::date::text as d`)).rows[0]!.d;
  const yearAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  const weeks = isoWeeksOf(yearAgo, today);
  const collection = async (userId: string) => {
    const result = await db.execute<{ id: string }>(
      sql`insert into report_data_collections (user_id, name, start_date, end_date) values (${userId}, 'Bench', ${yearAgo}, ${today}) returning id`,
    );
    return result.rows[0]!.id;
  };
  const execution = async (userId: string, collectionId: string) => {
    const result = await db.execute<{ id: string }>(sql`
      insert into workflow_executions (user_id, kind, status, collection_id, params)
      values (${userId}, 'report_collection', 'queued', ${collectionId}, '{}') returning id`);
    return result.rows[0]!.id;
  };

  const figures: Figure[] = [];
  for (const [kind, userId] of [["native", "tenant-2"], ["legacy", LEGACY_TENANT]] as const) {
    const collectionId = await collection(userId);
    const executionId = await execution(userId, collectionId);
    await explainWeek(kind, { collectionId, executionId, userId, week: weeks[26]! });
    figures.push(
      await measure(`one week collected and written, ${kind} tenant (~960 runs)`, RUNS, (i) =>
        writeCollectedWeek(db, { collectionId, executionId, userId, week: weeks[Math.abs(i) % weeks.length]! }),
      ),
    );
  }
  figures.push(
    await measure("a 52-week collection, end to end (collectReport)", 10, async () => {
      const collectionId = await collection("tenant-3");
      await collectReport(db, { executionId: await execution("tenant-3", collectionId), userId: "tenant-3" });
    }),
  );

  await seedLegacyWeeks();
  const reconcileStart = performance.now();
  const linked = await linkLegacyReportWeeks(db);
  const reconcileMs = performance.now() - reconcileStart;
  console.log(`Reconcile: ${LEGACY_WEEKS.toLocaleString("en")} legacy weeks in ${(reconcileMs / 1000).toFixed(2)} s: ${linked.linked} linked, ${linked.unresolved} unresolved.`);
  if (linked.linked !== LEGACY_WEEKS / 2 || linked.unresolved_ambiguous !== LEGACY_WEEKS / 2) checks.push(`the reconcile gave ${JSON.stringify(linked)}`);
  const again = performance.now();
  const second = await linkLegacyReportWeeks(db);
  console.log(`Reconcile again (idempotent): ${second.linked} linked, ${second.unresolved} unresolved, ${(performance.now() - again).toFixed(0)} ms.\n`);
  figures.push(await measure("verification figures (backfill report, report_data_weeks)", 20, () => weekPopulation(db)));
  console.log(`Population: ${JSON.stringify(await weekPopulation(db))}\n`);

  printTable(figures);
  if (checks.length > 0) {
    console.error(`\nFAILED: ${checks.join("; ")}`);
    process.exitCode = 1;
  }
} finally {
  await database.dispose();
}

async function seed() {
  await db.execute(sql`
    insert into "user" (id, name, email)
    select case when g = 1 then ${LEGACY_TENANT} else 'tenant-' || g end, 'Tenant ' || g, 'tenant' || g || '@example.com'
    from generate_series(1, ${TENANTS}) g`);
  await db.execute(sql`insert into projects (user_id, name) select id, 'Project' from "user"`);
  await db.execute(sql`
    insert into tasks (project_id, user_id, title, platform)
    select p.id, p.user_id, 'Task ' || t, (array['github', 'linear', 'internal', null])[1 + t % 4]
    from projects p, generate_series(1, 8) t`);
  // Each tenant: ROWS / TENANTS runs of its tasks, evenly over the last 364 days; ~85 % succeeded.
  await db.execute(sql`
    with owner as (select t.user_id, array_agg(t.id order by t.id) as task_ids from tasks t group by t.user_id)
    insert into task_execution_logs (task_id, user_id, user_id_str, status, scheduled_for, duration_ms)
    select o.task_ids[1 + r % 8],
      case when o.user_id ~ '^[0-9]+$' then o.user_id::int end,
      case when o.user_id ~ '^[0-9]+$' then null else o.user_id end,
      case when r % 100 < 85 then 'succeeded' when r % 100 < 95 then 'failed' else 'timed_out' end,
      now() - (r::float8 / ${ROWS / TENANTS}) * interval '364 days',
      100 + (r * 37) % 5000
    from owner o cross join generate_series(1, ${ROWS / TENANTS}) r`);
  await db.execute(sql`vacuum (analyze) task_execution_logs`);
}

/**
 * Weeks as the old system left them, without execution_id: per collection two executions of the whole range,
 * 00:00–00:50 and 00:40–01:30. Even weeks were written at 00:10 (only the first ran: linkable), odd weeks at
 * 00:45 (both ran: ambiguous, left unresolved).
 */
async function seedLegacyWeeks() {
  await db.execute(sql`
    with c as (
      insert into report_data_collections (user_id, name, start_date, end_date)
      select 'tenant-4', 'Legacy ' || g, date '2020-01-06', date '2020-12-27' from generate_series(1, ${LEGACY_WEEKS / 50}) g
      returning id
    ),
    e as (
      insert into workflow_executions (user_id, kind, status, collection_id, params, started_at, finished_at)
      select 'tenant-4', 'report_collection', 'succeeded', c.id, '{"start_date": "2020-01-06", "end_date": "2020-12-27"}',
             timestamptz '2021-01-01 00:00Z' + k * interval '40 minutes', timestamptz '2021-01-01 00:50Z' + k * interval '40 minutes'
      from c, generate_series(0, 1) k
    )
    insert into report_data_weeks (collection_id, week_start_date, week_end_date, status, data, created_at, updated_at)
    select c.id, date '2020-01-06' + 7 * w, date '2020-01-12' + 7 * w, 'completed', '{"runs": 1}', at, at
    from c cross join generate_series(0, 49) w
    cross join lateral (select case when w % 2 = 0 then timestamptz '2021-01-01 00:10Z' else timestamptz '2021-01-01 00:45Z' end as at) t
  `);
  await db.execute(sql`vacuum (analyze) report_data_weeks, workflow_executions`);
}

/** The week statement's plan; a Seq Scan on the logs table fails the run. */
async function explainWeek(kind: string, target: Parameters<typeof writeCollectedWeek>[1]) {
  const { lines, seqScan } = await explainFirstStatement(database.url, (spy) => writeCollectedWeek(spy, target));
  console.log(`EXPLAIN of one week's statement, ${kind} tenant:\n    ${lines.join("\n    ")}\n`);
  if (seqScan) checks.push(`Seq Scan on task_execution_logs (${kind} tenant)`);
}
