// vitest global setup of the HTTP suite: the built app under `next start` on its own database.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { startAppServer } from "../harness/app-server";
import { freePort } from "../harness/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    appBaseUrl: string;
    appDatabaseUrl: string;
    cronSecret: string;
  }
}

export default async function setup(project: TestProject) {
  const cronSecret = randomBytes(24).toString("base64url");
  // The tests drive the scheduler through /api/cron/tick: no in-process ticker racing them.
  const app = await startAppServer({ port: await freePort(), env: { CRON_SECRET: cronSecret, SCHEDULER_TICKER: "off" } });
  project.provide("appBaseUrl", app.baseUrl);
  project.provide("cronSecret", cronSecret);
  project.provide("appDatabaseUrl", app.databaseUrl);
  return () => app.stop();
}
