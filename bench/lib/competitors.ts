// The two job queues Tickboard's users would switch from, burning down the same workload: `runs` already-due
// no-op jobs, enqueued in bulk before the clock starts, measured until every one is completed in the
// database. Each gets a fresh, empty database and installs its own schema there. Settings follow each
// library's documented high-throughput setup, so the comparison is against them at their best:
// - graphile-worker: its performance page (worker.graphile.org/docs/performance) — concurrentJobs 24,
//   maxPoolSize 25, localQueue size 500, completeJobBatchDelay 0, failJobBatchDelay 0;
// - pg-boss: work() with batch fetching (batchSize 100), burst mode (burstWhenBatchFull: fetch again at once
//   while batches come back full) and its shortest polling interval (0.5 s), one worker; completion is
//   pg-boss's own (the handler resolving completes the batch).
import { readFileSync } from "node:fs";
import path from "node:path";
import { Logger, makeWorkerUtils, run } from "graphile-worker";
import pg from "pg";
import { PgBoss } from "pg-boss";

export interface BurnDown {
  system: string;
  version: string;
  runs: number;
  seconds: number;
  runsPerSecond: number;
  settings: string;
}

// Read from node_modules: neither package exports its package.json.
const versionOf = (name: string) => (JSON.parse(readFileSync(path.join("node_modules", name, "package.json"), "utf8")) as { version: string }).version;
const silent = new Logger(() => () => {});

async function countRows(url: string, query: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(query)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("burn-down did not finish in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function burnDownGraphileWorker(url: string, runs: number): Promise<BurnDown> {
  const utils = await makeWorkerUtils({ connectionString: url, logger: silent });
  await utils.migrate();
  for (let i = 0; i < runs; i += 1_000) {
    await utils.addJobs(Array.from({ length: Math.min(1_000, runs - i) }, (_, j) => ({ identifier: "noop", payload: { i: i + j } })));
  }
  await utils.release();

  let done = 0;
  const started = performance.now();
  const runner = await run({
    connectionString: url,
    concurrency: 24,
    maxPoolSize: 25,
    noHandleSignals: true,
    logger: silent,
    preset: { worker: { localQueue: { size: 500 }, completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    taskList: {
      noop: async () => {
        done += 1;
      },
    },
  });
  // graphile-worker deletes a job when it completes: the burn-down is over when its jobs table is empty.
  await until(async () => done >= runs && (await countRows(url, "select count(*) as n from graphile_worker.jobs")) === 0, 300_000);
  const seconds = (performance.now() - started) / 1000;
  await runner.stop();
  return {
    system: "graphile-worker",
    version: versionOf("graphile-worker"),
    runs,
    seconds,
    runsPerSecond: runs / seconds,
    settings: "concurrency 24, maxPoolSize 25, localQueue 500, batch delays 0 (its documented perf setup)",
  };
}

export async function burnDownPgBoss(url: string, runs: number): Promise<BurnDown> {
  const boss = new PgBoss(url);
  const errors: Error[] = [];
  boss.on("error", (error: Error) => errors.push(error));
  await boss.start();
  await boss.createQueue("bench");
  for (let i = 0; i < runs; i += 1_000) {
    await boss.insert("bench", Array.from({ length: Math.min(1_000, runs - i) }, (_, j) => ({ data: { i: i + j } })));
  }

  let done = 0;
  const started = performance.now();
  await boss.work("bench", { batchSize: 100, burstWhenBatchFull: true, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    done += jobs.length;
  });
  await until(
    async () => done >= runs && (await countRows(url, "select count(*) as n from pgboss.job where name = 'bench' and state <> 'completed'")) === 0,
    300_000,
  );
  const seconds = (performance.now() - started) / 1000;
  await boss.stop({ graceful: true, timeout: 10_000 });
  if (errors.length) throw errors[0];
  return {
    system: "pg-boss",
    version: versionOf("pg-boss"),
    runs,
    seconds,
    runsPerSecond: runs / seconds,
    settings: "work() batchSize 100, burstWhenBatchFull, pollingIntervalSeconds 0.5, 1 worker",
  };
}
