// Opens the one kind of drizzle handle the app uses, over either driver:
// - a Neon URL (host *.neon.tech, or DATABASE_DRIVER=neon) → @neondatabase/serverless Pool (WebSockets);
// - any other postgres:// URL → node-postgres.
// Both yield the same PgDatabase type, so no caller knows which one it got. This module has no `server-only`
// guard because scripts and tests open databases too; app code goes through lib/db/index.ts.
import { Pool as NeonPool, neonConfig } from "@neondatabase/serverless";
import type { PgDatabase } from "drizzle-orm/pg-core";
import type { NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import ws from "ws";
import { logError } from "@/lib/log";
import * as schema from "@/drizzle";

export type Schema = typeof schema;
// Both drivers return pg-shaped results ({ rows, rowCount }); the Neon Pool mirrors node-postgres.
export type Db = PgDatabase<NodePgQueryResultHKT, Schema>;
export type DbDriver = "pg" | "neon";

export interface Database {
  db: Db;
  driver: DbDriver;
  close(): Promise<void>;
}

export interface ConnectOptions {
  driver?: DbDriver;
  /** Pool size; defaults suit the driver (see below). */
  max?: number;
  /**
   * Neon only: a plain-WebSocket proxy host:port in front of an ordinary Postgres (the test suite's
   * local stand-in for Neon's edge). Unset in production, where Neon's own endpoint speaks secure WebSockets.
   */
  wsProxy?: string;
  /** Called with each NOTICE the server sends (migrations say what they did this way: npm run db:migrate prints them). */
  onNotice?: (message: string) => void;
  /** Called with each SQL statement sent and its parameters (tests count statements and EXPLAIN them). */
  onQuery?: (query: string, params: unknown[]) => void;
}

export function driverFor(url: string, explicit = process.env.DATABASE_DRIVER): DbDriver {
  if (explicit === "neon" || explicit === "pg") return explicit;
  const host = safeHost(url);
  return host.endsWith(".neon.tech") ? "neon" : "pg";
}

export function connect(url: string, options: ConnectOptions = {}): Database {
  const driver = options.driver ?? driverFor(url);
  if (driver === "neon") {
    // Node 20 has no global WebSocket the driver can use.
    neonConfig.webSocketConstructor = ws;
    const proxy = options.wsProxy ?? process.env.NEON_WS_PROXY;
    if (proxy) {
      neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
      neonConfig.useSecureWebSocket = false;
      // Pipelined connect assumes Neon's cleartext-password flow; local trust/SCRAM auth breaks it.
      neonConfig.pipelineConnect = false;
    }
    // Serverless: each function instance keeps few connections; Neon's pooler multiplexes them.
    const pool = new NeonPool({ connectionString: url, max: options.max ?? 5, connectionTimeoutMillis: 10_000 });
    pool.on("error", logIdleClientError);
    listenForNotices(pool, options);
    return { db: drizzleNeon({ client: pool, schema, logger: queryLogger(options) }) as unknown as Db, driver, close: () => pool.end() };
  }
  // A long-running server: a modest pool shared by every request and the in-process scheduler.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? Number(process.env.DATABASE_POOL_MAX ?? 10),
    connectionTimeoutMillis: 5_000,
  });
  pool.on("error", logIdleClientError);
  listenForNotices(pool, options);
  return { db: drizzlePg({ client: pool, schema, logger: queryLogger(options) }) as unknown as Db, driver, close: () => pool.end() };
}

interface NoticeSource {
  on(event: "connect", listener: (client: { on(event: "notice", listener: (notice: { message?: string }) => void): unknown }) => void): unknown;
}

function listenForNotices(pool: NoticeSource, { onNotice }: ConnectOptions) {
  if (!onNotice) return;
  pool.on("connect", (client) => client.on("notice", (notice) => onNotice(notice.message ?? String(notice))));
}

function queryLogger({ onQuery }: ConnectOptions) {
  return onQuery ? { logQuery: (query: string, params: unknown[]) => onQuery(query, params) } : false;
}

// An idle pooled connection that the server closes (a restart, a failover, an admin's pg_terminate_backend)
// is emitted on the pool; without a listener it would crash the process. The pool replaces it on next use.
function logIdleClientError(error: Error) {
  logError("idle database connection lost", { component: "db" }, error);
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    throw new Error("DATABASE_URL is not a valid postgres:// URL");
  }
}
