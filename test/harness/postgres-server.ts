// The Postgres server a test run uses: TEST_DATABASE_URL's server when set (CI runs the suite against the
// system PostgreSQL 15 that way), otherwise a throwaway embedded PostgreSQL 18 on a free port.
import { chmod, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { connect } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { freePort } from "./free-port";

export interface TestServer {
  /** URL of a database on the server, by name. */
  url(database: string): string;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: (database) => databaseUrl(given, database), stop: async () => {} };
  const parent = await mkdtemp(path.join(os.tmpdir(), "tickboard-test-"));
  // mkdtemp makes it 0700; the server runs as the `postgres` system user when we are root.
  await chmod(parent, 0o755);
  const dataDir = path.join(parent, "pg");
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  return { url: (database) => server.url(database), stop: () => server.stop() };
}

export function databaseUrl(serverUrl: string, database: string) {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE). */
export async function adminQuery(anyUrlOnServer: string, text: string) {
  const client = new pg.Client({ connectionString: databaseUrl(anyUrlOnServer, "postgres") });
  // Failures surface through the awaited calls; without a listener a late socket error would crash the run.
  client.on("error", () => {});
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

export function uniqueDatabaseName(prefix: string) {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
}

/** A new database with every migration applied; returns its URL. */
export async function createMigratedDatabase(server: TestServer, name: string) {
  const url = server.url(name);
  await adminQuery(url, `create database "${name}"`);
  const database = connect(url, { driver: "pg", max: 1 });
  try {
    await applyMigrations(database);
  } finally {
    await database.close();
  }
  return url;
}

export async function dropDatabase(url: string, name: string) {
  await adminQuery(url, `drop database if exists "${name}" with (force)`);
}
