// Each test file gets its own fresh, migrated database, copied from the run's template (CREATE DATABASE …
// TEMPLATE), so files run in parallel and never see each other's rows. The driver follows TEST_DB_DRIVER:
// `npm run test:neon` runs every file through the Neon serverless driver (via the local WebSocket proxy).
import { afterAll, beforeAll, inject } from "vitest";
import { connect, type ConnectOptions, type Database, type Db, type DbDriver } from "@/lib/db/connect";
import { adminQuery, databaseUrl, dropDatabase, uniqueDatabaseName } from "./postgres-server";

export const testDriver: DbDriver = process.env.TEST_DB_DRIVER === "neon" ? "neon" : "pg";

export interface TestDatabase {
  /** The drizzle handle on this file's database, through the driver under test. */
  readonly db: Db;
  readonly url: string;
  /** Opens another pool on the same database (e.g. for concurrent connections, or to count statements). */
  open(max?: number, options?: Pick<ConnectOptions, "onQuery">): Database;
}

export function setupTestDatabase(): TestDatabase {
  const template = inject("templateDatabase");
  const templateUrl = inject("templateUrl");
  const wsProxy = inject("neonWsProxy") ?? undefined;
  const name = uniqueDatabaseName("t");
  const url = databaseUrl(templateUrl, name);
  const opened: Database[] = [];
  let main: Database | undefined;

  const open = (max = 4, options: Pick<ConnectOptions, "onQuery"> = {}) => {
    const database = connect(url, { driver: testDriver, wsProxy, max, ...options });
    opened.push(database);
    return database;
  };

  beforeAll(async () => {
    await adminQuery(templateUrl, `create database "${name}" template "${template}"`);
    main = open();
  });

  afterAll(async () => {
    await Promise.all(opened.map((d) => d.close().catch(() => {})));
    await dropDatabase(templateUrl, name);
  });

  return {
    get db() {
      if (!main) throw new Error("setupTestDatabase(): the database exists only inside tests and hooks");
      return main.db;
    },
    url,
    open,
  };
}
