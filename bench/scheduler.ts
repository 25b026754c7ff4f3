// npm run bench:scheduler — 10,000 due no-op runs burned down by Tickboard's tick loop, by pg-boss and by
// graphile-worker, on the same PostgreSQL, each in a fresh database.
// - Tickboard: the built app (`next start`, ticker off) on its own migrated database; 10,000 queued runs of
//   1,000 noop tasks are inserted, then the bench calls POST /api/cron/tick (as Vercel Cron would, one call
//   at a time) until none is queued or running. Measured: from the first tick call to the last run finished,
//   the server's peak RSS while it worked, and the duplicate (task, slot, attempt) count.
// - pg-boss and graphile-worker: bench/lib/competitors.ts (their documented high-throughput setups).
// Needs `npm run build` first (it serves .next). BENCH_DATABASE_URL=postgres://… runs on that server instead
// of a throwaway embedded PostgreSQL. Options: --runs N (default 10000).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { createMigratedDatabase, startTestServer, uniqueDatabaseName, adminQuery } from "@/test/harness/postgres-server";
import { freePort } from "@/test/harness/free-port";
import { burnDownGraphileWorker, burnDownPgBoss, type BurnDown } from "./lib/competitors";

const { values } = parseArgs({ options: { runs: { type: "string", default: "10000" } } });
const RUNS = Number(values.runs);
const TASKS = 1_000;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.error(`No build in ${distDir}: run \`npm run build\` first.`);
  process.exit(1);
}
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

const server = await startTestServer();
const created: { url: string; name: string }[] = [];
async function freshDatabase(prefix: string, migrated: boolean) {
  const name = uniqueDatabaseName(prefix);
  const url = migrated ? await createMigratedDatabase(server, name) : server.url(name);
  if (!migrated) await adminQuery(server.url("postgres"), `create database "${name}"`);
  created.push({ url, name });
  return url;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);

async function burnDownTickboard(url: string): Promise<BurnDown & { peakRssMiB: number; idleRssMiB: number; duplicates: number; ticks: number }> {
  await query(url, `insert into "user" (id, name, email) values ('bench', 'Bench', 'bench@example.com')`);
  await query(url, `insert into projects (id, user_id, name) values ('00000000-0000-4000-8000-000000000001', 'bench', 'Bench')`);
  await query(url, `insert into tasks (project_id, user_id, title) select '00000000-0000-4000-8000-000000000001', 'bench', 'Noop ' || i from generate_series(1, ${TASKS}) as i`);
  await query(url, `
    insert into task_execution_logs (task_id, user_id_str, status, scheduled_for, available_at, attempt, trigger)
    select t.id, 'bench', 'queued', now() - make_interval(secs => g), now() - interval '1 minute', 1, 'manual'
    from tasks t, generate_series(1, ${RUNS / TASKS}) as g`);
  await query(url, "vacuum analyze task_execution_logs");

  const port = await freePort();
  const secret = randomBytes(24).toString("base64url");
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: url, DATABASE_DRIVER: "pg", CRON_SECRET: secret, SCHEDULER_TICKER: "off", BETTER_AUTH_SECRET: secret, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error("the app did not start");
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // One warm-up tick with nothing due, so that route compilation and the pool's first connections are not timed.
    await query(url, "update task_execution_logs set available_at = now() + interval '1 hour'");
    await fetch(`${base}/api/cron/tick`, { method: "POST", headers: { authorization: `Bearer ${secret}` } });
    await query(url, "update task_execution_logs set available_at = now() - interval '1 minute'");
    const idleRss = rssKiB(child.pid!);

    let peakRss = idleRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssKiB(child.pid!))), 50);
    const started = performance.now();
    let ticks = 0;
    for (;;) {
      const response = await fetch(`${base}/api/cron/tick`, { method: "POST", headers: { authorization: `Bearer ${secret}` } });
      if (!response.ok) throw new Error(`tick answered ${response.status}: ${await response.text()}`);
      ticks += 1;
      const [left] = await query<{ n: string }>(url, "select count(*) as n from task_execution_logs where status in ('queued', 'running')");
      if (Number(left!.n) === 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const [check] = await query<{ succeeded: string; duplicates: string }>(url, `
      select (select count(*) from task_execution_logs where status = 'succeeded') as succeeded,
             (select count(*) from (select 1 from task_execution_logs group by task_id, scheduled_for, attempt having count(*) > 1) d) as duplicates`);
    if (Number(check!.succeeded) !== RUNS) throw new Error(`expected ${RUNS} succeeded runs, found ${check!.succeeded}`);
    const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
    return {
      system: "Tickboard",
      version,
      runs: RUNS,
      seconds,
      runsPerSecond: RUNS / seconds,
      settings: "POST /api/cron/tick in a loop; 2 claim loops × batches of 500 (SCHEDULER_WORKERS, SCHEDULER_BATCH_SIZE)",
      peakRssMiB: peakRss / 1024,
      idleRssMiB: idleRss / 1024,
      duplicates: Number(check!.duplicates),
      ticks,
    };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
  }
}

try {
  const [versionRow] = await query<{ server_version: string }>(server.url("postgres"), "show server_version");
  const tickboard = await burnDownTickboard(await freshDatabase("bench_tickboard", true));
  const boss = await burnDownPgBoss(await freshDatabase("bench_pgboss", false), RUNS);
  const graphile = await burnDownGraphileWorker(await freshDatabase("bench_graphile", false), RUNS);

  const cpus = os.cpus();
  console.log(`\nMachine: ${cpus[0]?.model ?? "cpu"} × ${cpus.length}, Node ${process.version}, PostgreSQL ${versionRow!.server_version}${process.env.BENCH_DATABASE_URL ? " (BENCH_DATABASE_URL)" : " (embedded)"}`);
  console.log(`Workload: ${RUNS.toLocaleString("en")} already-due no-op runs, measured until every one is completed.\n`);
  console.log("| system | version | seconds | runs/s | Tickboard ÷ it | settings |");
  console.log("|---|---|---:|---:|---:|---|");
  for (const r of [tickboard, boss, graphile]) {
    const ratio = r === tickboard ? "—" : (tickboard.runsPerSecond / r.runsPerSecond).toFixed(2);
    console.log(`| ${r.system} | ${r.version} | ${r.seconds.toFixed(2)} | ${Math.round(r.runsPerSecond).toLocaleString("en")} | ${ratio} | ${r.settings} |`);
  }
  console.log(`\nTickboard server RSS: ${tickboard.idleRssMiB.toFixed(0)} MiB idle, ${tickboard.peakRssMiB.toFixed(0)} MiB peak during the burn-down (${tickboard.ticks} tick calls).`);
  console.log(`Duplicate (task_id, scheduled_for, attempt) runs: ${tickboard.duplicates} (must be 0).`);
  if (tickboard.duplicates !== 0) process.exitCode = 1;
} finally {
  for (const { url, name } of created) await adminQuery(url, `drop database if exists "${name}" with (force)`).catch(() => {});
  await server.stop();
}
