// npm run bench:logs — execution logs at scale: 1,000,000 runs over 1,000 tenants, a third of them legacy-only
// (rows with only the integer user_id, as imported history has before the backfill).
// 1. The logs API for one tenant with a status filter and total_count (listLogs: the function GET
//    /api/scheduler/logs calls; page + count queries), for legacy and for native tenants, with the EXPLAIN of
//    both queries — the run fails if either plan has a Seq Scan on task_execution_logs.
// 2. The online backfill of the legacy tenants' ~333,000 rows: total time and slowest batch (transaction).
// 3. The logs API again for legacy tenants, now through user_id_str.
// 4. The legacy import: 100,000 CSV lines and 100,000 JSON lines, streamed in 64 KiB chunks, rows/s; then
//    the same CSV again (every line skipped).
// Server-side time, in-process against a real PostgreSQL; no HTTP. Options: --runs N (default 300),
// BENCH_DATABASE_URL=postgres://… to run on another server.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { sql } from "drizzle-orm";
import { connect } from "@/lib/db/connect";
import { BACKFILL_DEFAULT_BATCH_SIZE, backfillExecutionLogIdentity, importLegacyLogs, listLogs, logListQuery, type ImportFormat } from "@/lib/logs";
import { machine, openBenchDatabase } from "./lib/bench-database";
import { measure, printTable, type Figure } from "./lib/stats";

const { values } = parseArgs({ options: { runs: { type: "string", default: "300" } } });
const RUNS = Number(values.runs);
const TENANTS = 1000;
const ROWS = 1_000_000;
const LEGACY_TENANTS = Math.floor(TENANTS / 3); // ids "1001" … "1333": legacy-only rows
const IMPORT_LINES = 100_000;

const database = await openBenchDatabase();
const { db } = database;
const checks: string[] = [];
const fail = (message: string) => checks.push(message);

try {
  const seedStart = performance.now();
  await seed();
  console.log(`Seeded ${TENANTS.toLocaleString("en")} tenants and ${ROWS.toLocaleString("en")} runs (${LEGACY_TENANTS} legacy-only tenants) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s.`);
  console.log(`Machine: ${machine(database.serverVersion)}\n`);

  const legacyTenant = (i: number) => String(1001 + (Math.abs(i * 7919) % LEGACY_TENANTS));
  const nativeTenant = (i: number) => `tenant-${LEGACY_TENANTS + (Math.abs(i * 7919) % (TENANTS - LEGACY_TENANTS))}`;
  const list = (userId: string, query: Record<string, string>) => listLogs(db, userId, logListQuery.parse(query));

  const figures: Figure[] = [];
  const api = (label: string, tenant: (i: number) => string, query: Record<string, string>, target?: string) =>
    measure(label, RUNS, (i) => list(tenant(i), query), { warmup: 20, target });

  await explainBoth("before the backfill", legacyTenant(1), nativeTenant(1));
  figures.push(await api("logs API, legacy tenant, status=failed", legacyTenant, { status: "failed" }, "p95 ≤ 25 ms"));
  figures.push(await api("logs API, native tenant, status=failed", nativeTenant, { status: "failed" }, "p95 ≤ 25 ms"));
  figures.push(await api("logs API, legacy tenant, status=succeeded", legacyTenant, { status: "succeeded" }, "p95 ≤ 25 ms"));
  figures.push(await api("logs API, native tenant, no filter", nativeTenant, {}, "p95 ≤ 25 ms"));

  // The backfill, on everything the legacy tenants have.
  await db.execute(sql`vacuum (analyze) task_execution_logs`);
  const backfill = await backfillExecutionLogIdentity(db, { batchSize: BACKFILL_DEFAULT_BATCH_SIZE, maxBatches: 100_000 });
  console.log(
    `Backfill: ${backfill.rowsUpdated.toLocaleString("en")} rows in ${backfill.batches} batches of ${BACKFILL_DEFAULT_BATCH_SIZE.toLocaleString("en")}, ${(backfill.durationMs / 1000).toFixed(2)} s in all, slowest batch ${backfill.slowestBatchMs} ms, ${backfill.remainingUnresolved} remaining.\n`,
  );
  if (backfill.remainingUnresolved !== 0) fail(`the backfill left ${backfill.remainingUnresolved} rows`);
  if (backfill.rowsUpdated !== LEGACY_TENANTS * (ROWS / TENANTS)) fail(`the backfill updated ${backfill.rowsUpdated} rows`);

  await db.execute(sql`vacuum (analyze) task_execution_logs`);
  await explainBoth("after the backfill", legacyTenant(2), nativeTenant(2));
  figures.push(await api("logs API, legacy tenant after backfill, status=failed", legacyTenant, { status: "failed" }, "p95 ≤ 25 ms"));

  const importFigures = await benchImport();

  printTable(figures);
  console.log("");
  const rows: [string, string, string, boolean][] = [
    ...figures.map((f): [string, string, string, boolean] => [f.name, `p50 ${f.p50.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms`, "p95 ≤ 25 ms", f.p95 <= 25]),
    [`backfill of ${backfill.rowsUpdated.toLocaleString("en")} legacy rows`, `${(backfill.durationMs / 1000).toFixed(2)} s`, "≤ 15 s", backfill.durationMs <= 15_000],
    [`backfill, slowest batch (${BACKFILL_DEFAULT_BATCH_SIZE.toLocaleString("en")} rows)`, `${backfill.slowestBatchMs} ms`, "≤ 200 ms", backfill.slowestBatchMs <= 200],
    ...importFigures,
  ];
  printResults(rows);
  if (checks.length > 0) {
    console.error(`\nFAILED CHECKS:\n- ${checks.join("\n- ")}`);
    process.exitCode = 1;
  }
} finally {
  await database.dispose();
}

/** Tenants, a project and five tasks each, and the runs: set-based, in SQL. */
async function seed() {
  await db.execute(sql`
    insert into "user" (id, name, email)
    select case when g <= ${LEGACY_TENANTS} then (1000 + g)::text else 'tenant-' || g end, 'Tenant ' || g, 'tenant' || g || '@example.com'
    from generate_series(1, ${TENANTS}) g`);
  await db.execute(sql`insert into projects (user_id, name) select id, 'Project' from "user"`);
  await db.execute(sql`
    insert into tasks (project_id, user_id, title, platform)
    select p.id, p.user_id, 'Task ' || t, (array['github', 'linear', 'internal'])[1 + t % 3]
    from projects p, generate_series(1, 5) t`);
  // Each tenant gets ROWS / TENANTS runs of its tasks over ~90 days. Status mix: ~85% succeeded, 8% failed,
  // 4% timed_out, 2% cancelled, a few running and queued. Legacy tenants' rows carry only the integer id.
  await db.execute(sql`
    with owner as (
      select t.user_id, array_agg(t.id order by t.id) as task_ids, row_number() over (order by t.user_id) as n
      from tasks t group by t.user_id
    )
    insert into task_execution_logs (task_id, user_id, user_id_str, status, scheduled_for, started_at, finished_at, duration_ms, attempt, error)
    select o.task_ids[1 + r % 5],
      case when o.user_id ~ '^[0-9]+$' then o.user_id::int end,
      case when o.user_id ~ '^[0-9]+$' then null else o.user_id end,
      s.status,
      now() - make_interval(mins => r * 130 + (o.n::int % 97)),
      now() - make_interval(mins => r * 130 + (o.n::int % 97)) + interval '1 second',
      case when s.status in ('running', 'queued') then null else now() - make_interval(mins => r * 130 + (o.n::int % 97)) + interval '3 seconds' end,
      case when s.status in ('running', 'queued') then null else 200 + (r * 37) % 5000 end,
      case when s.status = 'failed' then 2 else 1 end,
      case s.status when 'failed' then 'HTTP 503 from the webhook' when 'timed_out' then 'lease expired' end
    from owner o
    cross join generate_series(1, ${ROWS / TENANTS}) r
    cross join lateral (select case
      when (r + o.n) % 100 < 85 then 'succeeded' when (r + o.n) % 100 < 93 then 'failed' when (r + o.n) % 100 < 97 then 'timed_out'
      when (r + o.n) % 100 < 99 then 'cancelled' when (r + o.n) % 2 = 0 then 'running' else 'queued' end as status) s`);
  await db.execute(sql`vacuum (analyze) task_execution_logs`);
}

/** EXPLAIN (ANALYZE, BUFFERS) of the two statements listLogs sends; a Seq Scan on the logs table fails the run. */
async function explainBoth(when: string, legacyTenant: string, nativeTenant: string) {
  for (const [kind, tenant] of [["legacy", legacyTenant], ["native", nativeTenant]] as const) {
    const captured: { query: string; params: unknown[] }[] = [];
    const spy = connect(database.url, { driver: "pg", max: 1, onQuery: (query, params) => captured.push({ query, params }) });
    try {
      await listLogs(spy.db, tenant, logListQuery.parse({ status: "failed" }));
    } finally {
      await spy.close();
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const [i, { query, params }] of captured.entries()) {
        const plan = (await client.query(`explain (analyze, buffers, costs off) ${query}`, params)).rows.map((r) => r["QUERY PLAN"] as string);
        console.log(`EXPLAIN ${when}, ${kind} tenant "${tenant}", status=failed — ${i === 0 ? "page" : "total_count"} query:`);
        console.log(plan.map((line) => `    ${line}`).join("\n"));
        if (plan.some((line) => /Seq Scan on task_execution_logs/.test(line))) fail(`Seq Scan on task_execution_logs (${when}, ${kind} tenant)`);
      }
    } finally {
      await client.end();
    }
  }
  console.log("");
}

/** Imports 100,000 legacy lines as CSV, then as JSON, then the CSV again; returns result rows. */
async function benchImport(): Promise<[string, string, string, boolean][]> {
  const header = "legacy_id,user_id,task_id,task_name,status,scheduled_for,started_at,finished_at,duration_ms,attempt,error";
  const line = (i: number) => {
    // Mostly existing legacy users; every 50th line a user with no account (orphaned).
    const userId = i % 50 === 0 ? 900_000 + i : 1001 + (i % LEGACY_TENANTS);
    const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    const failed = i % 13 === 0;
    return { legacy_id: 5_000_000 + i, user_id: userId, task_id: 1 + (i % 8), task_name: `Legacy job ${1 + (i % 8)}`, status: failed ? "failed" : "succeeded", scheduled_for: at, started_at: at, finished_at: at, duration_ms: 1200, attempt: failed ? 2 : 1, error: failed ? "connection reset, retried" : "" };
  };
  const csv = [header, ...Array.from({ length: IMPORT_LINES }, (_, i) => Object.values(line(i)).map((v) => (typeof v === "string" && v.includes(",") ? `"${v}"` : String(v))).join(","))].join("\n");
  const json = JSON.stringify(Array.from({ length: IMPORT_LINES }, (_, i) => ({ ...line(i + IMPORT_LINES), error: null })));

  const run = async (format: ImportFormat, text: string) => {
    const start = performance.now();
    const result = await db.transaction((tx) => importLegacyLogs(tx as unknown as typeof db, { format, chunks: chunked(text) }));
    return { result, ms: performance.now() - start };
  };
  const csvRun = await run("csv", csv);
  const jsonRun = await run("json", json);
  const again = await run("csv", csv);
  for (const [name, r, expected] of [["CSV", csvRun, IMPORT_LINES], ["JSON", jsonRun, IMPORT_LINES], ["CSV again", again, 0]] as const) {
    console.log(`Import ${name}: ${r.result.imported.toLocaleString("en")} imported, ${r.result.skipped.toLocaleString("en")} skipped, ${r.result.orphaned.toLocaleString("en")} orphaned, ${r.result.rejectedCount} rejected in ${(r.ms / 1000).toFixed(2)} s.`);
    if (r.result.imported !== expected || r.result.rejectedCount !== 0) fail(`import ${name} imported ${r.result.imported}, rejected ${r.result.rejectedCount}`);
  }
  const rate = (r: { ms: number }) => Math.round(IMPORT_LINES / (r.ms / 1000));
  return [
    [`legacy import, ${IMPORT_LINES.toLocaleString("en")} CSV lines`, `${rate(csvRun).toLocaleString("en")} rows/s`, "≥ 50,000 rows/s", rate(csvRun) >= 50_000],
    [`legacy import, ${IMPORT_LINES.toLocaleString("en")} JSON lines`, `${rate(jsonRun).toLocaleString("en")} rows/s`, "≥ 50,000 rows/s", rate(jsonRun) >= 50_000],
    ["legacy import, the same CSV again (all skipped)", `${rate(again).toLocaleString("en")} lines/s`, "imports nothing", again.result.imported === 0],
  ];
}

async function* chunked(text: string, size = 64 * 1024) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

function printResults(rows: [string, string, string, boolean][]) {
  const header = ["figure", "measured", "target", "result"];
  const cells = rows.map(([a, b, c, ok]) => [a, b, c, ok ? "pass" : "FAIL"]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of cells) console.log(fmt(r));
}
