// npm run bench:tasks — task creation on a project that already holds 100,000 tasks.
// Server-side time: the domain functions the routes call, zod validation and SQL round trips included,
// timed in-process against a real PostgreSQL; no HTTP. Prints a table and the external_id lookup's plan.
// Options: --runs N (default 30), BENCH_DATABASE_URL=postgres://… to run on another server.
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { projects, user } from "@/drizzle";
import { bulkCreateSchema, bulkCreateTasks, createTask, findByExternalId, taskCreateSchema } from "@/lib/tasks";
import { machine, openBenchDatabase } from "./lib/bench-database";
import { measure, printTable, type Figure } from "./lib/stats";

const { values } = parseArgs({ options: { runs: { type: "string", default: "30" }, tasks: { type: "string", default: "100000" } } });
const RUNS = Number(values.runs);
const PRELOADED = Number(values.tasks);

const database = await openBenchDatabase();
const { db } = database;
try {
  const userId = "bench-tenant";
  await db.insert(user).values({ id: userId, name: "Bench", email: "bench@example.com" });
  const [project] = await db.insert(projects).values({ userId, name: "Bench" }).returning({ id: projects.id });
  const projectId = project!.id;

  const loadStart = performance.now();
  await db.execute(sql`
    insert into tasks (project_id, user_id, title, external_id, platform, status, priority_score, created_at)
    select ${projectId}, ${userId}, 'Seed task ' || g, 'seed:' || g,
           (array['github', 'linear', 'jira', null])[1 + g % 4],
           (array['open', 'in_progress', 'done', 'archived'])[1 + g % 4],
           g % 100, now() - make_interval(secs => ${PRELOADED} - g)
      from generate_series(1, ${PRELOADED}) g`);
  // Vacuum now, so autovacuum (due after a 100,000-row insert) does not run in the middle of the timings.
  await db.execute(sql`vacuum (analyze) tasks`);
  console.log(`Loaded ${PRELOADED.toLocaleString("en")} tasks into one project in ${Math.round(performance.now() - loadStart)} ms.`);
  console.log(`Machine: ${machine(database.serverVersion)}\n`);

  const batch = (size: number, tag: string, extra: Record<string, unknown> = {}) =>
    bulkCreateSchema.parse({
      duplicate_strategy: "external_id",
      ...extra,
      tasks: Array.from({ length: size }, (_, i) => ({ title: `${tag} #${i}`, external_id: `${tag}:${i}`, platform: "github" })),
    });
  const bulk = (size: number, label: string, target: string) =>
    measure(label, RUNS, (run) => bulkCreateTasks(db, userId, projectId, batch(size, `b${size}-r${run}`)), { target });

  const figures: Figure[] = [];
  figures.push(await bulk(20, "bulk 20 new", "p50 ≤ 10 ms"));
  figures.push(await bulk(100, "bulk 100 new", "p50 ≤ 25 ms"));
  figures.push(await bulk(1000, "bulk 1,000 new", "p50 ≤ 150 ms"));

  const replayed = batch(1000, "replay");
  await bulkCreateTasks(db, userId, projectId, replayed);
  figures.push(
    await measure("bulk 1,000 replayed (all existing)", RUNS, async () => {
      const outcome = await bulkCreateTasks(db, userId, projectId, replayed);
      if (outcome.createdCount !== 0) throw new Error("a replay created tasks");
    }, { target: "p50 ≤ 80 ms" }),
  );
  figures.push(
    await measure("bulk 100 new, duplicate_strategy title", RUNS, (run) =>
      bulkCreateTasks(db, userId, projectId, batch(100, `t100-r${run}`, { duplicate_strategy: "title" })),
    ),
  );
  figures.push(
    await measure("single create (201)", RUNS, (run) => createTask(db, userId, projectId, taskCreateSchema.parse({ title: `Single ${run}`, external_id: `single:${run}` })), {
      target: "p50 ≤ 5 ms",
    }),
  );
  figures.push(
    await measure("single create replay (200)", RUNS, () => createTask(db, userId, projectId, taskCreateSchema.parse({ title: "Seed", external_id: "seed:4242" }))),
  );
  figures.push(
    await measure("external_id lookup (round trip)", Math.max(RUNS, 100), (run) => findByExternalId(db, userId, projectId, `seed:${1 + Math.abs(run * 7919) % PRELOADED}`), {
      target: "index scan, < 1 ms",
    }),
  );

  const [{ n: total }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from tasks where project_id = ${projectId}`)).rows as [{ n: number }];
  console.log(`Runs per figure: ${RUNS} (after 5 warm-up runs); the project held ${total.toLocaleString("en")} tasks at the end.\n`);
  printTable(figures);

  const plan = await db.execute<{ "QUERY PLAN": string }>(
    sql`explain (analyze, buffers) select * from tasks where project_id = ${projectId} and external_id = 'seed:77777'`,
  );
  console.log("\nexternal_id lookup: EXPLAIN (ANALYZE, BUFFERS)");
  for (const row of plan.rows) console.log(`  ${row["QUERY PLAN"]}`);
} finally {
  await database.dispose();
}
