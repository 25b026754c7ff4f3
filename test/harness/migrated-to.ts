// Databases migrated only up to a given migration, for tests that apply the rest the way it meets production:
// on top of data in the earlier shape. Each test's databases are dropped after it.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, inject } from "vitest";
import { connect, type ConnectOptions, type Database } from "@/lib/db/connect";
import { applyMigrations, MIGRATIONS_FOLDER } from "@/lib/db/migrations";
import { adminQuery, databaseUrl, dropDatabase, uniqueDatabaseName } from "./postgres-server";
import { testDriver } from "./test-database";

/** A copy of migrations/ whose journal stops at `lastTag`: applying it builds the schema as it was then. */
export async function migrationsUpTo(lastTag: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tickboard-migrations-"));
  await cp(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = path.join(dir, "meta/_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  if (last < 0) throw new Error(`no migration tagged ${lastTag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  await writeFile(journalPath, JSON.stringify(journal));
  return dir;
}

/** Registers the cleanup; the returned function creates a new database migrated up to `lastTag`. */
export function setupMigratedTo() {
  const opened: { database: Database; url: string; name: string }[] = [];
  afterEach(async () => {
    for (const { database, url, name } of opened.splice(0)) {
      await database.close();
      await dropDatabase(url, name);
    }
  });
  return async function databaseMigratedTo(lastTag: string, options: Pick<ConnectOptions, "onNotice"> = {}): Promise<Database> {
    const serverUrl = inject("templateUrl");
    const name = uniqueDatabaseName("mig");
    await adminQuery(serverUrl, `create database "${name}"`);
    const url = databaseUrl(serverUrl, name);
    const database = connect(url, { driver: testDriver, wsProxy: inject("neonWsProxy") ?? undefined, max: 2, ...options });
    opened.push({ database, url, name });
    await applyMigrations(database, await migrationsUpTo(lastTag));
    return database;
  };
}
