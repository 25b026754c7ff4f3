// The app's one database handle. Opened lazily (so `next build` needs no database) and kept on globalThis, so
// that dev-mode hot reloads don't leak pools and every bundle of the process (routes, pages, the scheduler's
// ticker) shares one pool. App code imports it through lib/db/index.ts, which adds the server-only guard; the
// ticker, started from instrumentation.ts outside React's server layer, imports this file directly.
import { connect, type Database } from "./connect";

export type { Db, DbDriver } from "./connect";

const globalForDb = globalThis as typeof globalThis & { __tickboardDb?: Database };

function database(): Database {
  if (!globalForDb.__tickboardDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the app with `npm run dev` / `npm start` (they provide an embedded Postgres) or set DATABASE_URL.",
      );
    }
    globalForDb.__tickboardDb = connect(url);
  }
  return globalForDb.__tickboardDb;
}

export function getDb() {
  return database().db;
}

/** Which driver serves the app, and whether the launcher started an embedded server for it. */
export function dbInfo() {
  return { driver: database().driver, embedded: process.env.TICKBOARD_EMBEDDED_DB === "1" };
}

/** Closes the pool (graceful shutdown; tests that used the app's handle). */
export async function closeDb() {
  const open = globalForDb.__tickboardDb;
  globalForDb.__tickboardDb = undefined;
  await open?.close();
}
