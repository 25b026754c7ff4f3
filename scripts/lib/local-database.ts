// Where scripts get their database: DATABASE_URL when set, otherwise the project's embedded PostgreSQL
// (data in .data/postgres, port EMBEDDED_PG_PORT, default 54329).
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";

export const EMBEDDED_DATA_DIR = path.resolve(".data/postgres");
export const EMBEDDED_DATABASE = "tickboard";

export interface LocalDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openLocalDatabase(): Promise<LocalDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  const server: EmbeddedServer = await startEmbeddedPostgres({
    dataDir: EMBEDDED_DATA_DIR,
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    persistent: true,
    log: process.env.EMBEDDED_PG_VERBOSE ? (line) => console.log(`[postgres] ${line}`) : undefined,
  });
  await ensureDatabase(server, EMBEDDED_DATABASE);
  return { url: server.url(EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}

/** Prints a URL without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}
