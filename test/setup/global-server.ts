// vitest global setup of the HTTP suite: the built app under `next start` on its own database.
import type { TestProject } from "vitest/node";
import { startAppServer } from "../harness/app-server";
import { freePort } from "../harness/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    appBaseUrl: string;
    appDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const app = await startAppServer({ port: await freePort() });
  project.provide("appBaseUrl", app.baseUrl);
  project.provide("appDatabaseUrl", app.databaseUrl);
  return () => app.stop();
}
