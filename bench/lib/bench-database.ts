// The database a bench runs on: BENCH_DATABASE_URL's server when set (a database is created there and
// dropped afterwards), otherwise a throwaway embedded PostgreSQL, exactly as the tests get theirs.
import os from "node:os";
import { sql } from "drizzle-orm";
import { connect, type Database } from "@/lib/db/connect";
import { adminQuery, createMigratedDatabase, startTestServer, uniqueDatabaseName } from "@/test/harness/postgres-server";

export interface BenchDatabase extends Database {
  serverVersion: string;
  /** The bench database's URL, for a second pool or a plain client (EXPLAIN). */
  url: string;
  dispose(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const server = await startTestServer();
  const name = uniqueDatabaseName("bench");
  const url = await createMigratedDatabase(server, name);
  const database = connect(url, { driver: "pg", max: 4 });
  const [{ server_version: serverVersion }] = (await database.db.execute<{ server_version: string }>(sql`show server_version`)).rows as [
    { server_version: string },
  ];
  return {
    ...database,
    serverVersion,
    url,
    async dispose() {
      await database.close();
      await adminQuery(url, `drop database if exists "${name}"`);
      await server.stop();
    },
  };
}

export function machine(serverVersion: string) {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? "cpu"} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${serverVersion}${process.env.BENCH_DATABASE_URL ? " (BENCH_DATABASE_URL)" : " (embedded)"}`;
}
