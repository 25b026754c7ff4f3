// vitest global setup of the integration suite: one Postgres server for the run, and one database migrated
// once to be the template of every test file's own database (test/harness/test-database.ts).
import type { TestProject } from "vitest/node";
import { freePort } from "../harness/free-port";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "../harness/postgres-server";
import { startWsProxy, type WsProxy } from "../harness/ws-proxy";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    templateUrl: string;
    neonWsProxy: string | null;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const template = uniqueDatabaseName("tickboard_template");
  const templateUrl = await createMigratedDatabase(server, template);
  let proxy: WsProxy | null = null;
  if (process.env.TEST_DB_DRIVER === "neon") proxy = await startWsProxy(await freePort());

  project.provide("templateDatabase", template);
  project.provide("templateUrl", templateUrl);
  project.provide("neonWsProxy", proxy?.address ?? null);

  return async () => {
    await proxy?.close();
    await dropDatabase(templateUrl, template);
    await server.stop();
  };
}
