// npm run bench:insights — the platform-insights reconcile at scale: 1,000,000 runs of 1,600 tasks over 200
// tenants, spread over a year (the last 7 days hold ~19,000 of them).
// 1. The reconcile (one statement for every tenant, lib/insights/reconcile.sql.ts), with its EXPLAIN — the run
//    fails on a Seq Scan of task_execution_logs.
// 2. Ten reconciles at once, each in its own transaction: wall time, and the run fails on any error, any
//    duplicate (user_id, platform), or rows that differ from one reconcile's.
// 3. One tenant's read (GET /api/insights: readInsights).
// Server-side time, in-process against a real PostgreSQL; no HTTP. Options: --runs N (default 20),
// BENCH_DATABASE_URL=postgres://… to run on another server.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { connect } from "@/lib/db/connect";
import { readInsights, upsertPlatformInsights } from "@/lib/insights";
import { machine, openBenchDatabase } from "./lib/bench-database";
import { explainFirstStatement } from "./lib/explain";
import { measure, printTable, type Figure } from "./lib/stats";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
const RUNS = Number(values.runs);
const TENANTS = 200;
const TASKS_PER_TENANT = 8;
const ROWS = 1_000_000;

const database = await openBenchDatabase();
const { db } = database;
const checks: string[] = [];

try {
  const seedStart = performance.now();
  await seed();
  console.log(`Seeded ${TENANTS} tenants, ${(TENANTS * TASKS_PER_TENANT).toLocaleString("en")} tasks and ${ROWS.toLocaleString("en")} runs in ${((performance.now() - seedStart) / 1000).toFixed(1)} s.`);
  console.log(`Machine: ${machine(database.serverVersion)}\n`);

  await explainReconcile();
  const figures: Figure[] = [];
  figures.push(await measure("reconcile, every tenant (one statement)", RUNS, () => upsertPlatformInsights(db), { warmup: 2 }));
  const snapshot = async () =>
    JSON.stringify((await db.execute(sql`select user_id, platform, tasks, runs_7d, success_rate_7d, last_run_at from platform_insights order by 1, 2`)).rows);
  const once = await snapshot();

  const pool = connect(database.url, { driver: "pg", max: 10 });
  try {
    await db.execute(sql`delete from platform_insights`);
    const start = performance.now();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => pool.db.transaction((tx) => upsertPlatformInsights(tx as never))));
    const wall = performance.now() - start;
    const errors = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
    const duplicates = (await db.execute(sql`select 1 from platform_insights group by user_id, platform having count(*) > 1`)).rows.length;
    console.log(`Ten concurrent reconciles on an empty table: ${wall.toFixed(0)} ms wall, ${errors.length} errors, ${duplicates} duplicate pairs.`);
    if (errors.length > 0) checks.push(`concurrent reconciles failed: ${errors[0]}`);
    if (duplicates > 0) checks.push(`${duplicates} duplicate (user_id, platform) pairs`);
    if ((await snapshot()) !== once) checks.push("ten concurrent reconciles left other rows than one");
  } finally {
    await pool.close();
  }
  const rows = (await db.execute<{ n: number }>(sql`select count(*)::int as n from platform_insights`)).rows[0]!.n;
  console.log(`Rows: ${rows} (${TENANTS} tenants × 3 platforms).\n`);
  if (rows !== TENANTS * 3) checks.push(`expected ${TENANTS * 3} rows, found ${rows}`);

  figures.push(await measure("one tenant's read (GET /api/insights)", 200, (i) => readInsights(db, `tenant-${1 + (Math.abs(i) % TENANTS)}`)));
  printTable(figures);
  if (checks.length > 0) {
    console.error(`\nFAILED: ${checks.join("; ")}`);
    process.exitCode = 1;
  }
} finally {
  await database.dispose();
}

async function seed() {
  await db.execute(sql`insert into "user" (id, name, email) select 'tenant-' || g, 'Tenant ' || g, 'tenant' || g || '@example.com' from generate_series(1, ${TENANTS}) g`);
  await db.execute(sql`insert into projects (user_id, name) select id, 'Project' from "user"`);
  // Platforms: github, linear, internal, and one task in four without a label (not counted).
  await db.execute(sql`
    insert into tasks (project_id, user_id, title, platform)
    select p.id, p.user_id, 'Task ' || t, (array['github', 'linear', 'internal', null])[1 + t % 4]
    from projects p, generate_series(1, ${TASKS_PER_TENANT}) t`);
  // ROWS / TENANTS runs per tenant, evenly over the last 364 days; ~85 % succeeded.
  await db.execute(sql`
    with owner as (select t.user_id, array_agg(t.id order by t.id) as task_ids from tasks t group by t.user_id)
    insert into task_execution_logs (task_id, user_id_str, status, scheduled_for, started_at, finished_at, duration_ms)
    select o.task_ids[1 + r % ${TASKS_PER_TENANT}], o.user_id,
      case when r % 100 < 85 then 'succeeded' when r % 100 < 95 then 'failed' else 'timed_out' end,
      at, at, at + interval '1 second', 1000
    from owner o cross join generate_series(1, ${ROWS / TENANTS}) r
    cross join lateral (select now() - (r::float8 / ${ROWS / TENANTS}) * interval '364 days' as at) s`);
  await db.execute(sql`vacuum (analyze) tasks, task_execution_logs`);
}

/** The reconcile statement's plan; a Seq Scan on the logs table fails the run. */
async function explainReconcile() {
  const { lines, seqScan } = await explainFirstStatement(database.url, (spy) => upsertPlatformInsights(spy));
  console.log(`EXPLAIN of the reconcile:\n    ${lines.join("\n    ")}\n`);
  if (seqScan) checks.push("Seq Scan on task_execution_logs");
}
