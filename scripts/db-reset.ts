// `npm run db:reset`: starts the embedded database over (deletes .data/postgres, then migrates and seeds).
// It never touches a DATABASE_URL database: drop that one yourself if you mean to.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { connect } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { demoLoginsText, seedDemoData } from "./lib/demo-data";
import { EMBEDDED_DATA_DIR, openLocalDatabase } from "./lib/local-database";

if (process.env.DATABASE_URL) {
  console.error("db:reset only resets the embedded database. DATABASE_URL is set: drop and recreate that database yourself.");
  process.exit(1);
}
if (existsSync(path.join(EMBEDDED_DATA_DIR, "postmaster.pid"))) {
  console.error("The embedded database is in use (is `npm run dev` running?). Stop it first, then run db:reset again.");
  process.exit(1);
}
await rm(EMBEDDED_DATA_DIR, { recursive: true, force: true });
const local = await openLocalDatabase();
const database = connect(local.url, { max: 2, onNotice: (message) => console.log(`migration: ${message}`) });
try {
  await applyMigrations(database);
  await seedDemoData(database.db);
  console.log("The embedded database was reset: migrated and seeded.");
  console.log(demoLoginsText());
} finally {
  await database.close();
  await local.stop();
}
