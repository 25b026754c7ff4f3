// `npm run dev` / `npm start`: with no DATABASE_URL, starts the embedded PostgreSQL (.data/postgres),
// applies pending migrations, seeds demo data into an empty database, then runs `next dev` / `next start`
// with DATABASE_URL set. Ctrl-C / SIGTERM stops Next first, then the embedded server.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { sql } from "drizzle-orm";
import { connect } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { localAuthSecret } from "./lib/auth-secret";
import { DEMO_USERS, demoLoginsText, seedDemoData } from "./lib/demo-data";
import { openLocalDatabase, redactUrl } from "./lib/local-database";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/launch.ts dev|start [next options]");
  process.exit(2);
}

const local = await openLocalDatabase();
let showLogins = false;
if (local.embedded) {
  const database = connect(local.url, { max: 2, onNotice: (message) => console.log(`migration: ${message}`) });
  try {
    await applyMigrations(database);
    const users = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from "user"`);
    if (users.rows[0]?.n === 0) {
      await seedDemoData(database.db);
      console.log("Seeded demo data into the new embedded database.");
    }
    const demo = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from "user" where email in (${sql.join(DEMO_USERS.map((u) => sql`${u.email}`), sql`, `)})`,
    );
    showLogins = (demo.rows[0]?.n ?? 0) > 0;
  } finally {
    await database.close();
  }
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: local.url,
  TICKBOARD_EMBEDDED_DB: local.embedded ? "1" : "0",
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
};
if (local.embedded || mode === "dev") env.BETTER_AUTH_SECRET = localAuthSecret();
else if (!process.env.BETTER_AUTH_SECRET) {
  console.error("BETTER_AUTH_SECRET is not set. It signs session cookies: set it to a long random value (openssl rand -base64 32).");
  process.exit(1);
}

const port = process.env.PORT ?? "3000";
console.log(
  [
    "",
    `  Tickboard (${mode}) → ${process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`}`,
    `  Database: ${redactUrl(local.url)}${local.embedded ? " (embedded PostgreSQL, data in .data/postgres)" : ""}`,
    ...(showLogins ? [demoLoginsText()] : []),
    "",
  ].join("\n"),
);

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, mode, "--port", port, ...process.argv.slice(3)], { env, stdio: "inherit" });

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await local.stop().catch((error: unknown) => console.error("Could not stop the embedded PostgreSQL:", error));
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
    else void shutdown(0);
  });
}
child.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
