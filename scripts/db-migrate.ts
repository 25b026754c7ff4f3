// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
// Safe to run twice: the second run applies nothing.
import { connect } from "@/lib/db/connect";
import { applyMigrations, migrationStatus } from "@/lib/db/migrations";
import { openLocalDatabase, redactUrl } from "./lib/local-database";

const local = await openLocalDatabase();
const database = connect(local.url, { max: 1, onNotice: (message) => console.log(`migration: ${message}`) });
try {
  const before = await migrationStatus(database.db);
  await applyMigrations(database);
  const after = await migrationStatus(database.db);
  console.log(`${redactUrl(local.url)}: applied ${after.applied - before.applied} migration(s); ${after.applied} applied in all, ${after.pending} pending.`);
} finally {
  await database.close();
  await local.stop();
}
