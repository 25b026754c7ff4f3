// EXPLAIN (ANALYZE, BUFFERS) of the first statement a domain function sends, in a transaction rolled back, so
// a bench can print the plan's lines on task_execution_logs and fail on a Seq Scan of that table.
import pg from "pg";
import { connect, type Db } from "@/lib/db/connect";

export async function explainFirstStatement(url: string, run: (db: Db) => Promise<unknown>): Promise<{ lines: string[]; seqScan: boolean }> {
  const captured: { query: string; params: unknown[] }[] = [];
  const spy = connect(url, { driver: "pg", max: 1, onQuery: (query, params) => captured.push({ query, params }) });
  try {
    await run(spy.db);
  } finally {
    await spy.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    const { query, params } = captured[0]!;
    const plan = (await client.query(`explain (analyze, buffers, costs off) ${query}`, params)).rows.map((r) => r["QUERY PLAN"] as string);
    await client.query("rollback");
    return {
      lines: plan.filter((line) => /task_execution_logs|Execution Time/.test(line)).map((line) => line.trim()),
      seqScan: plan.some((line) => /Seq Scan on task_execution_logs/.test(line)),
    };
  } finally {
    await client.end();
  }
}
